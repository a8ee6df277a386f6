/**
 * `norm` of the eval contract: NFKC, then drop all whitespace and `*`.
 * Used wherever two Chinese strings are compared for containment.
 */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s*]/gu, '');
}
