/**
 * Which clauses retrieval indexes. The 款 and 项 of an article are slices of the article's own text,
 * so indexing them too would return the same words twice; the article stands for them.
 */
import type { Clause } from '../schemas.js';

// 第二十一条, 第21条 — an article element of a heading path.
const ARTICLE = /^第[一二三四五六七八九十百千零〇两\d]+条/u;

export function isSearchable(clause: Clause): boolean {
  return !clause.path.slice(0, -1).some((p) => ARTICLE.test(p));
}

export function searchableClauses(clauses: readonly Clause[]): Clause[] {
  return clauses.filter(isSearchable);
}
