/**
 * `norm` of the eval contract: NFKC, then drop all whitespace and `*`.
 * Used wherever two Chinese strings are compared for containment.
 */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s*]/gu, '');
}

/** True when the characters of `short` occur in `long` in the same order (住建局 in 住房和城乡建设局). */
export function keepsOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}
