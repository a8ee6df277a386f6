/**
 * Numbers the sources of an answer: the first time a clause is cited it gets the next [n]; later
 * citations of the same clause reuse it. Every quote is checked to be an exact substring of its clause.
 */
import type { Citation, Clause, DocumentMeta } from '../schemas.js';

export class Citer {
  readonly citations: Citation[] = [];
  private readonly byClause = new Map<string, number>();

  constructor(private readonly documents: ReadonlyMap<string, DocumentMeta>) {}

  /** The [n] for this clause, citing `quote` (which must occur in the clause text). */
  cite(clause: Clause, quote: string): number {
    if (!clause.text.includes(quote)) throw new Error(`quote is not in clause ${clause.id}: ${quote}`);
    const known = this.byClause.get(clause.id);
    if (known !== undefined) {
      const c = this.citations[known - 1]!;
      // Keep the longest quote so one citation can show everything the answer took from the clause.
      if (!c.quote.includes(quote)) c.quote = mergeQuotes(clause.text, c.quote, quote);
      return known;
    }
    const doc = this.documents.get(clause.docId);
    const n = this.citations.length + 1;
    const citation: Citation = { n, docId: clause.docId, file: doc?.file ?? clause.docId, title: doc?.title ?? clause.docId, clauseId: clause.id, path: clause.path, quote };
    if (clause.page) citation.page = clause.page;
    this.citations.push(citation);
    this.byClause.set(clause.id, n);
    return n;
  }
}

/** The smallest span of the clause text that holds both quotes. */
function mergeQuotes(text: string, a: string, b: string): string {
  const ia = text.indexOf(a);
  const ib = text.indexOf(b);
  const start = Math.min(ia, ib);
  const end = Math.max(ia + a.length, ib + b.length);
  return text.slice(start, end);
}
