/**
 * The two BM25 lists a search fuses: over every clause, and inside the documents the question names. They
 * depend on the analysis, the expansion words and the depth, not on the filters, so they are kept per
 * analysis: an answer searches one analysis again for each document it names (retrieve-answer's
 * perDocument), and at 20k clauses each of those searches walked every posting of every term again.
 */
import { norm } from '../text/normalize.js';
import { BIGRAM_PREFIX } from '../lexicon/tokenizer.js';
import type { Bm25Hit, Bm25Index } from './bm25.js';
import type { QueryAnalysis } from './query-analysis.js';

/**
 * How deep the peer list reaches: at half weight its ranks past 30 never moved a result (the same MRR@10 on all thirteen
 * sets as at 100), and each hit it returns costs the server time under load.
 */
export const PEER_DEPTH = 30;

export interface Bm25Lists {
  /** Over every clause. */
  all: Bm25Hit[];
  /** Over every clause, scored as the peer library scores (see search.ts PEER_LIST_WEIGHT). */
  peer: Bm25Hit[];
  /** Inside the documents the question names (by place, title or number), when it names some but not all. */
  inside?: Bm25Hit[];
  /** Inside the documents of the places enclosing the asker's (its province, the nation), when the caller gives them. */
  chain?: Bm25Hit[];
}

/** `analyzed` is the analysis as the caller passed it (the cache key), `analysis` the same with the expansion words added. */
export type Bm25ListsOf = (analyzed: QueryAnalysis, analysis: QueryAnalysis, depth: number, expand: readonly string[] | undefined, chain?: readonly string[]) => Bm25Lists;

/** The lists for an index whose document `i` belongs to the knowledge-base document `docOf[i]`, of `documents` documents. */
export function bm25ListsOf(bm25: Bm25Index, peer: Bm25Index, docOf: readonly string[], documents: number): Bm25ListsOf {
  // Each index document's knowledge-base document as a number, so a scoped search tests a bit, not a string in a Set.
  const ordinals = new Map<string, number>();
  const ordinalOf = new Int32Array(docOf.length);
  docOf.forEach((d, i) => {
    if (!ordinals.has(d)) ordinals.set(d, ordinals.size);
    ordinalOf[i] = ordinals.get(d)!;
  });
  // Kept while the analysis is (the caller's QueryAnalysis is never changed after it is made).
  const cache = new WeakMap<QueryAnalysis, Map<string, Bm25Lists>>();
  const only = (docIds: Iterable<string>): ((i: number) => boolean) => {
    const wanted = new Uint8Array(ordinals.size);
    for (const d of docIds) if (ordinals.has(d)) wanted[ordinals.get(d)!] = 1;
    return (i) => wanted[ordinalOf[i]!] === 1;
  };
  // (`chain` follows from the analysis, so the cache by analysis holds for it too)
  return (analyzed, analysis, depth, expand, chain = []) => {
    const key = `${depth}\u0000${(expand ?? []).join('\u0000')}`;
    let byKey = cache.get(analyzed);
    if (!byKey) cache.set(analyzed, (byKey = new Map()));
    let lists = byKey.get(key);
    if (!lists) {
      lists = { all: bm25.search(analysis.terms, depth), peer: peer.search(analysis.terms, Math.min(depth, PEER_DEPTH)) };
      // A question that names its document(s) also ranks inside them, with rarity measured there: 产业区
      // runs through the whole 舞钢 plan and should not decide which of its clauses answers. The place's
      // own words (平顶山, 平顶) chose the document, so inside it they are no evidence: rare there, they would lift its preamble.
      const targets = new Set([...analysis.places.flatMap((p) => p.docIds), ...analysis.docHints.map((h) => h.docId)]);
      if (targets.size > 0 && targets.size < documents) {
        const placeWords = analysis.places.map((p) => norm(p.name));
        const inside = analysis.terms.filter((t) => !placeWords.some((w) => w.includes(t.term.replace(BIGRAM_PREFIX, ''))));
        lists.inside = bm25.search(inside, depth, only(targets));
      }
      if (chain.length > 0) lists.chain = bm25.search(analysis.terms, depth, only(chain));
      byKey.set(key, lists);
    }
    return lists;
  };
}
