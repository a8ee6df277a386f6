/**
 * Which clauses retrieval indexes. The 款 and 项 of an article are slices of the article's own text,
 * so indexing them too would return the same words twice; the article stands for them.
 */
import type { Clause } from '../schemas.js';
import { ARTICLE_PATH_ELEMENT } from '../text/zh/index.js';

export function isSearchable(clause: Clause): boolean {
  return !clause.path.slice(0, -1).some((p) => ARTICLE_PATH_ELEMENT.test(p));
}

const cache = new WeakMap<readonly Clause[], readonly Clause[]>();

/** The searchable clauses of a list, in order; worked out once per list (a checklist asks for them on every draft). */
export function searchableClauses(clauses: readonly Clause[]): readonly Clause[] {
  let got = cache.get(clauses);
  if (!got) cache.set(clauses, (got = clauses.filter(isSearchable)));
  return got;
}
