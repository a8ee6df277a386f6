/**
 * Hybrid clause search: BM25F and vector lists fused by reciprocal rank, then reshaped by what
 * the question says (a place, an industry, an article number, a duty question).
 *
 * Boosts are multiplicative on the fused score, so they reorder candidates the two lists found
 * but never invent one; article lookups are the exception and are placed first.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { AppError, throwIfAborted } from '../errors.js';
import type { ChatTurn, Clause, DocumentMeta, SearchFilters } from '../schemas.js';
import { norm } from '../text/normalize.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { DUTY_ROW } from '../text/zh/index.js';
import { Bm25Index } from './bm25.js';
import { HashingEmbeddings } from './embeddings.js';
import { buildVectorIndex, type VectorIndex } from './vector-index.js';
import { buildPlaceIndex, shortPlaceName, type PlaceIndex } from './places.js';
import { analyzeQuery, type QueryAnalysis } from './query-analysis.js';

/** Reciprocal-rank constant (Cormack et al. 2009); 60 keeps the head of each list from dominating. */
export const RRF_K = 60;
/**
 * Weight of each list in the fusion. The hashing embedder knows no meaning beyond shared
 * characters and aliases, so its list counts half; a real embedding model counts fully.
 */
export function defaultListWeights(embeddings: Embeddings): { bm25: number; vector: number } {
  return { bm25: 1, vector: embeddings instanceof HashingEmbeddings ? 0.5 : 1 };
}
/** BM25F field weights: a word in the heading path says more about the clause than one in its body; the title is shared by every clause of a document, so it only nudges. */
export const FIELD_WEIGHTS = { text: 1, path: 1.5, title: 0.3 } as const;
/** Score factor for clauses outside a document the question points to (by place, title or number). Soft: a named place prefers, it does not filter. */
export const OFF_TARGET_FACTOR = 0.3;
export const INDUSTRY_PATH_BOOST = 1.5;
export const INDUSTRY_TEXT_BOOST = 1.2;
/** Score factor for a clause headed by another industry than the one asked about. */
export const OTHER_INDUSTRY_FACTOR = 0.6;
export const DUTY_ROW_BOOST = 1.3;
/** Up to this much extra when every informative query word also appears in the heading path. */
export const PATH_BOOST = 0.4;


export interface SearchOptions {
  /** How many clauses to return (default 8). */
  k?: number;
  /** Hard filters, applied only because the user chose them. */
  filters?: SearchFilters;
  history?: readonly ChatTurn[];
  /** Words the caller knows the answer tends to contain (时间安排 for a when-question), searched at a low weight. */
  expand?: readonly string[];
  signal?: AbortSignal;
}

export interface SearchHit {
  clause: Clause;
  document: DocumentMeta;
  score: number;
  /** Why it ranked: bm25, vector, path, region:文登, industry:民用爆炸物品, article:第二十一条, duty-row, doc:…, history. */
  signals: string[];
}

export interface Searcher {
  /** Analyses the query (with `options.history`) and searches. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Searches with an analysis already made (the assistant analyses each question once); `options.history` is not read. */
  searchAnalyzed(analysis: QueryAnalysis, options?: SearchOptions): Promise<SearchHit[]>;
  /** The analysis search would use. */
  analyze(query: string, history?: readonly ChatTurn[]): QueryAnalysis;
}

export interface SearcherInput {
  lexicon: Lexicon;
  documents: readonly DocumentMeta[];
  clauses: readonly Clause[];
  embeddings: Embeddings;
  /** A saved index for these clauses; built in memory from `embeddings` when absent. */
  vectorIndex?: VectorIndex;
  /** Fusion weights of the BM25 and vector lists; see defaultListWeights. */
  weights?: { bm25: number; vector: number };
  signal?: AbortSignal;
}

interface Candidate {
  clause: Clause;
  score: number;
  signals: Set<string>;
}

interface Corpus {
  lexicon: Lexicon;
  docs: Map<string, DocumentMeta>;
  clauses: Map<string, Clause>;
  places: PlaceIndex;
  bm25: Bm25Index;
  vectors: VectorIndex;
  embeddings: Embeddings;
  weights: { bm25: number; vector: number };
  /** Document id of each BM25 document (clause) by its index. */
  docOf: string[];
}

/** Builds BM25F over the clauses (and the vector index if none is given) and returns the searcher. */
export async function createSearcher(input: SearcherInput): Promise<Searcher> {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const bm25 = Bm25Index.build(
    input.clauses.map((c) => ({ id: c.id, fields: { text: c.text, path: c.path.join(' '), title: docs.get(c.docId)?.title ?? '' } })),
    { tokenizer: (text) => input.lexicon.tokenizer.tokenize(text), fields: { text: { weight: FIELD_WEIGHTS.text }, path: { weight: FIELD_WEIGHTS.path }, title: { weight: FIELD_WEIGHTS.title, b: 0 } } },
  );
  const dims = input.embeddings instanceof HashingEmbeddings ? input.embeddings.dims : undefined;
  const vectors = input.vectorIndex ?? (await buildVectorIndex(input.clauses, { id: 'in-memory', embeddings: input.embeddings, dims }, { signal: input.signal }));
  checkCoverage(vectors, input.clauses);
  const corpus: Corpus = {
    lexicon: input.lexicon,
    docs,
    clauses: new Map(input.clauses.map((c) => [c.id, c])),
    places: buildPlaceIndex(input.documents, input.lexicon.aliases),
    bm25,
    vectors,
    embeddings: input.embeddings,
    weights: input.weights ?? defaultListWeights(input.embeddings),
    docOf: input.clauses.map((c) => c.docId),
  };
  return {
    analyze: (query, history) => analyzeQuery(query, corpus.lexicon, corpus.places, input.documents, history),
    search: (query, options) => runSearch(corpus, analyzeQuery(query, corpus.lexicon, corpus.places, input.documents, options?.history), options ?? {}),
    searchAnalyzed: (analysis, options) => runSearch(corpus, analysis, options ?? {}),
  };
}

/** A saved vector index must hold exactly the clauses searched; a stale one would silently drop hits. */
function checkCoverage(vectors: VectorIndex, clauses: readonly Clause[]): void {
  const ids = new Set(vectors.ids);
  const missing = clauses.filter((c) => !ids.has(c.id));
  if (ids.size !== clauses.length || missing.length > 0) {
    const example = missing[0] ? ` (e.g. clause ${missing[0].id} has no vector)` : '';
    throw new AppError('INDEX_CORRUPT', `the vector index holds ${ids.size} vectors for ${clauses.length} clauses${example}; run npm run ingest again`);
  }
}

/** Weight of the caller's expansion words: a hint, well below the question's own words. */
export const EXPAND_WEIGHT = 0.3;

function withExpansion(analysis: QueryAnalysis, expand: readonly string[] | undefined): QueryAnalysis {
  if (!expand || expand.length === 0) return analysis;
  const known = new Set(analysis.terms.map((t) => t.term));
  const extra = expand.filter((w) => !known.has(w)).map((term) => ({ term, weight: EXPAND_WEIGHT }));
  return { ...analysis, terms: [...analysis.terms, ...extra] };
}

async function runSearch(corpus: Corpus, analyzed: QueryAnalysis, options: SearchOptions): Promise<SearchHit[]> {
  const k = options.k ?? 8;
  const analysis = withExpansion(analyzed, options.expand);
  const depth = Math.max(100, k * 10);
  // Both lists reach deep to feed the fusion; a list is named as a signal only where it ranked the clause near its head.
  const head = Math.max(20, 2 * k);
  const candidates = new Map<string, Candidate>();
  const add = (id: string, rank: number, signal: 'bm25' | 'vector' | 'bm25-doc'): void => {
    const clause = corpus.clauses.get(id);
    if (!clause) return;
    const c = candidates.get(id) ?? { clause, score: 0, signals: new Set<string>() };
    c.score += corpus.weights[signal === 'bm25-doc' ? 'bm25' : signal] / (RRF_K + rank);
    if (rank <= head) c.signals.add(signal);
    candidates.set(id, c);
  };
  corpus.bm25.search(analysis.terms, depth).forEach((h, i) => add(h.id, i + 1, 'bm25'));
  // A question that names its document(s) also ranks inside them, with rarity measured there: 产业区
  // runs through the whole 舞钢 plan and should not decide which of its clauses answers.
  const targets = new Set([...analysis.places.flatMap((p) => p.docIds), ...analysis.docHints.map((h) => h.docId)]);
  if (targets.size > 0 && targets.size < corpus.docs.size) {
    corpus.bm25.search(analysis.terms, depth, (i) => targets.has(corpus.docOf[i]!)).forEach((h, i) => add(h.id, i + 1, 'bm25-doc'));
  }
  throwIfAborted(options.signal);
  // A remote embedder that is down costs the vector list, not the answer: lexical retrieval goes on.
  const vector = await corpus.embeddings.embedQuery(analysis.vectorText).catch(() => undefined);
  throwIfAborted(options.signal);
  if (vector) corpus.vectors.search(vector, depth).forEach((h, i) => add(h.id, i + 1, 'vector'));
  addArticles(corpus, analysis, candidates);
  const kept = [...candidates.values()].filter((c) => passesFilters(corpus, c.clause, options.filters));
  for (const c of kept) applyBoosts(corpus, analysis, c);
  return kept
    .sort((a, b) => b.score - a.score || a.clause.id.localeCompare(b.clause.id))
    .slice(0, k)
    .map((c) => ({ clause: c.clause, document: corpus.docs.get(c.clause.docId)!, score: c.score, signals: [...c.signals] }));
}

/** Clauses under 第N条 in a document whose title contains the named law (any document when none is named). */
function addArticles(corpus: Corpus, analysis: QueryAnalysis, candidates: Map<string, Candidate>): void {
  for (const ref of analysis.articles) {
    const docIds = ref.law ? docsForLaw(corpus, ref.law) : [...corpus.docs.keys()];
    for (const clause of corpus.clauses.values()) {
      if (!docIds.includes(clause.docId)) continue;
      const at = clause.path.findIndex((p) => norm(p).startsWith(ref.label));
      if (at < 0) continue;
      const c = candidates.get(clause.id) ?? { clause, score: 0, signals: new Set<string>() };
      // The article itself first, then its paragraphs and items (deeper path, lower bonus).
      c.score += 10 - (clause.path.length - 1 - at) * 0.1;
      c.signals.add(`article:${ref.label}`);
      candidates.set(clause.id, c);
    }
  }
}

/** Documents whose title contains the longest tail of the law name: “请问安全生产法” still finds 中华人民共和国安全生产法. */
function docsForLaw(corpus: Corpus, law: string): string[] {
  for (let start = 0; start <= law.length - 3; start++) {
    const tail = law.slice(start);
    const hits = [...corpus.docs.values()].filter((d) => norm(d.title).includes(tail)).map((d) => d.id);
    if (hits.length > 0) return hits;
  }
  return [];
}

function passesFilters(corpus: Corpus, clause: Clause, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.docIds && filters.docIds.length > 0 && !filters.docIds.includes(clause.docId)) return false;
  if (filters.region) {
    const names = corpus.places.byDoc.get(clause.docId) ?? new Set<string>();
    const wanted = norm(filters.region);
    if (!names.has(wanted) && !names.has(shortPlaceName(wanted) ?? wanted)) return false;
  }
  if (filters.industry) {
    const key = corpus.lexicon.aliases.groupsOf(filters.industry).find((g) => g.kind === 'industry')?.key;
    if (key && industryOfPath(corpus, clause).some((other) => other !== key)) return false;
  }
  return true;
}

/** Industry keys named in a clause's heading path, e.g. [民用爆炸物品] for a path ending in 民爆行业. */
function industryOfPath(corpus: Corpus, clause: Clause): string[] {
  const path = norm(clause.path.join(' '));
  return corpus.lexicon.aliases
    .groupsOfKind('industry')
    .filter((g) => g.terms.some((t) => path.includes(t)))
    .map((g) => g.key);
}

function industryInText(corpus: Corpus, clause: Clause, key: string): boolean {
  const g = corpus.lexicon.aliases.groupsOfKind('industry').find((x) => x.key === key);
  const text = norm(clause.text);
  return g !== undefined && g.terms.some((t) => text.includes(t));
}

function applyBoosts(corpus: Corpus, a: QueryAnalysis, c: Candidate): void {
  const targets = [
    ...a.places.map((p) => ({ docIds: p.docIds, signal: `region:${p.name}` })),
    ...a.docHints.map((h) => ({ docIds: [h.docId], signal: `doc:${h.label}` })),
  ];
  if (targets.length > 0) {
    const hit = targets.filter((t) => t.docIds.includes(c.clause.docId));
    if (hit.length === 0) c.score *= OFF_TARGET_FACTOR;
    for (const t of hit) c.signals.add(t.signal);
  }
  if (a.industries.length > 0) {
    const pathIndustries = industryOfPath(corpus, c.clause);
    const asked = a.industries.filter((key) => pathIndustries.includes(key));
    if (asked.length > 0) c.score *= INDUSTRY_PATH_BOOST;
    else if (pathIndustries.length > 0) c.score *= OTHER_INDUSTRY_FACTOR;
    else if (a.industries.some((key) => industryInText(corpus, c.clause, key))) c.score *= INDUSTRY_TEXT_BOOST;
    for (const key of a.industries) if (pathIndustries.includes(key) || industryInText(corpus, c.clause, key)) c.signals.add(`industry:${key}`);
  }
  if (a.asksDuty && DUTY_ROW.test(c.clause.text)) {
    c.score *= DUTY_ROW_BOOST;
    c.signals.add('duty-row');
  }
  const path = pathMatch(corpus, a, c.clause);
  if (path > 0) {
    c.score *= 1 + PATH_BOOST * path;
    c.signals.add('path');
  }
  if (a.followUp) c.signals.add('history');
}

/** Share (by IDF) of the question's own words whose concept appears in the clause's heading path, synonyms counted at their weight; 0..1. */
function pathMatch(corpus: Corpus, a: QueryAnalysis, clause: Clause): number {
  if (clause.path.length === 0) return 0;
  const path = norm(clause.path.join(' ')).toLowerCase();
  let total = 0;
  let found = 0;
  for (const { term, weight } of a.terms) {
    if (term.startsWith('~') || term.length < 2 || weight < 0.5) continue;
    const idf = corpus.bm25.idf(term);
    if (weight >= 1) total += idf;
    if (path.includes(term)) found += weight * idf;
  }
  return total > 0 ? Math.min(1, found / total) : 0;
}
