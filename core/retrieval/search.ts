/**
 * Hybrid clause search: a BM25F list and a vector list fused, then reshaped by what the question
 * says (a place, an industry, an article number, a duty question).
 *
 * The BM25 list enters by its score relative to its top hit, the vector list by reciprocal rank.
 * Reciprocal rank alone flattens BM25's margins (rank 1 and rank 5 differ by 6%), so any boost
 * below overturned them; measured on three eval sets (evals/cases/dev, 白河, laws), score fusion
 * raised MRR@10 on all three. Boosts are multiplicative on the fused score, so they reorder
 * candidates the lists found but never invent one; article lookups are the exception and are placed first.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { AppError, throwIfAborted } from '../errors.js';
import { PREAMBLE_NAME, type ChatTurn, type Clause, type DocumentMeta, type Fact, type SearchFilters } from '../schemas.js';
import { norm } from '../text/normalize.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { DUTY_ROW, shortPlaceNames } from '../text/zh/index.js';
import { Bm25Index, type Bm25Hit } from './bm25.js';
import { HashingEmbeddings } from './embeddings.js';
import { buildVectorIndex, type VectorIndex } from './vector-index.js';
import { buildPlaceIndex, type PlaceIndex } from './places.js';
import { analyzeQuery, type QueryAnalysis } from './query-analysis.js';
import { bm25ListsOf, type Bm25ListsOf } from './bm25-lists.js';

/** Reciprocal-rank constant (Cormack et al. 2009); 60 keeps the head of each list from dominating. */
export const RRF_K = 60;
/**
 * Weight of each list in the fusion; a list of weight 0 is not searched. The hashing embedder
 * knows no meaning beyond shared characters and aliases, which BM25's words and bigrams already
 * see: on every eval set its list added nothing or cost MRR, so it is off; a real embedding model counts fully.
 */
export function defaultListWeights(embeddings: Embeddings): { bm25: number; vector: number } {
  return { bm25: 1, vector: embeddings instanceof HashingEmbeddings ? 0 : 1 };
}
/** BM25+ lower bound per matched term (see bm25.ts); MiniSearch's default. Without it long articles lost to short items. */
export const BM25_DELTA = 0.5;
/** BM25F field weights: a word in the heading path says more about the clause than one in its body; the title is shared by every clause of a document, so it only nudges. */
export const FIELD_WEIGHTS = { text: 1, path: 1.5, title: 0.3 } as const;
/**
 * Weight of a second lexical list scored as MiniSearch scores (fields apart, equal weights, b 0.7, times the
 * number of query terms matched), the peer that beat ours on three eval sets with our tokenizer. Fused at half
 * weight it raised MRR@10 on eleven of thirteen sets and lost 0.003 on one (the baselines table of each evals/REPORT*.md).
 */
export const PEER_LIST_WEIGHT = 0.5;
/** Score factor for front matter (主送, the signature): a list of addressees matches place and unit words of any question, and answers only a question about the document itself. */
export const FRONT_MATTER_FACTOR = 0.5;
const FRONT_MATTER = new Set<string>([PREAMBLE_NAME.addressee, PREAMBLE_NAME.signature]);
/** Score factor for clauses outside a document the question points to (by place, title or number). Soft: a named place prefers, it does not filter. */
export const OFF_TARGET_FACTOR = 0.3;
/** Score factor for a document of a place that encloses the one named (its province, the nation): it binds the asker too, below the place's own. */
export const CHAIN_FACTOR = 0.7;
export const INDUSTRY_PATH_BOOST = 1.5;
export const INDUSTRY_TEXT_BOOST = 1.2;
/** Score factor for a clause headed by another industry than the one asked about. */
export const OTHER_INDUSTRY_FACTOR = 0.6;
export const DUTY_ROW_BOOST = 1.3;
/** Score factor for a clause stating hazard criteria when the question asks whether something is a major hazard: the criteria item, not the check-list row that names the same device. */
export const CRITERION_BOOST = 1.3;


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
  /** Why it ranked: bm25, vector, region:文登, industry:民用爆炸物品, article:第二十一条, duty-row, doc:…, history. */
  signals: string[];
  /** For a clause that removed the clause retrieved (删去第十四条), the removed clause's text: what it is about. */
  standsFor?: string;
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
  /** Clauses that state hazard criteria (criterion facts at ingest). */
  criteria?: ReadonlySet<string>;
  signal?: AbortSignal;
}

/** The clauses whose facts include hazard criteria: SearcherInput.criteria. */
export function criterionClauses(facts: readonly Pick<Fact, 'type' | 'clauseId'>[]): Set<string> {
  return new Set(facts.filter((f) => f.type === 'criterion').map((f) => f.clauseId));
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
  /** Per clause id, filled as boosts read them: industry keys of the heading path, and `norm` of the text. */
  pathIndustries: Map<string, string[]>;
  normText: Map<string, string>;
  bm25Lists: Bm25ListsOf;
  criteria: ReadonlySet<string>;
}

/** Builds BM25F over the clauses (and the vector index if none is given) and returns the searcher. */
export async function createSearcher(input: SearcherInput): Promise<Searcher> {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const fielded = input.clauses.map((c) => ({ id: c.id, fields: { text: c.text, path: ancestorPath(c).join(' '), title: docs.get(c.docId)?.title ?? '' } }));
  // Both indexes read the same fields: each text is cut once (a title, once per document).
  const cut = new Map<string, string[]>();
  const tokenizer = (text: string): string[] => cut.get(text) ?? cut.set(text, input.lexicon.tokenizer.tokenize(text)).get(text)!;
  const bm25 = Bm25Index.build(fielded, {
    tokenizer,
    fields: { text: { weight: FIELD_WEIGHTS.text }, path: { weight: FIELD_WEIGHTS.path }, title: { weight: FIELD_WEIGHTS.title, b: 0 } },
    delta: BM25_DELTA,
  });
  const peer = Bm25Index.build(fielded, { tokenizer, fields: { text: { weight: 1 }, path: { weight: 1 }, title: { weight: 1 } }, delta: BM25_DELTA, b: 0.7, perField: true, coordination: true });
  const dims = input.embeddings instanceof HashingEmbeddings ? input.embeddings.dims : undefined;
  const vectors = input.vectorIndex ?? (await buildVectorIndex(input.clauses, { id: 'in-memory', embeddings: input.embeddings, dims }, { signal: input.signal }));
  checkCoverage(vectors, input.clauses);
  const corpus: Corpus = {
    lexicon: input.lexicon,
    docs,
    clauses: new Map(input.clauses.map((c) => [c.id, c])),
    places: buildPlaceIndex(input.documents, input.lexicon.places),
    bm25,
    vectors,
    embeddings: input.embeddings,
    weights: input.weights ?? defaultListWeights(input.embeddings),
    docOf: input.clauses.map((c) => c.docId),
    pathIndustries: new Map(),
    normText: new Map(),
    bm25Lists: bm25ListsOf(bm25, peer, input.clauses.map((c) => c.docId), docs.size),
    criteria: input.criteria ?? new Set(),
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
  // `share` is the list's contribution before its weight: 1/(RRF_K + rank), or for BM25 its score
  // relative to the top hit scaled to the rank-1 value, so both lists weigh alike at their heads.
  const add = (id: string, rank: number, signal: 'bm25' | 'vector' | 'bm25-doc', share: number): void => {
    const clause = corpus.clauses.get(id);
    if (!clause) return;
    const c = candidates.get(id) ?? { clause, score: 0, signals: new Set<string>() };
    c.score += corpus.weights[signal === 'bm25-doc' ? 'bm25' : signal] * share;
    if (rank <= head) c.signals.add(signal);
    candidates.set(id, c);
  };
  const addBm25 = (hits: Bm25Hit[], signal: 'bm25' | 'bm25-doc', weight = 1): void => {
    const top = hits[0]?.score ?? 1;
    hits.forEach((h, i) => add(h.id, i + 1, signal, (weight * h.score) / top / (RRF_K + 1)));
  };
  if (corpus.weights.bm25 > 0) {
    const lists = corpus.bm25Lists(analyzed, analysis, depth, options.expand, enclosingDocs(corpus, analysis));
    addBm25(lists.all, 'bm25');
    addBm25(lists.peer, 'bm25', PEER_LIST_WEIGHT);
    if (lists.inside) addBm25(lists.inside, 'bm25-doc');
    if (lists.chain) addBm25(lists.chain, 'bm25-doc');
  }
  throwIfAborted(options.signal);
  if (corpus.weights.vector > 0) {
    // A remote embedder that is down costs the vector list, not the answer: lexical retrieval goes on.
    const vector = await corpus.embeddings.embedQuery(analysis.vectorText).catch(() => undefined);
    throwIfAborted(options.signal);
    if (vector) corpus.vectors.search(vector, depth).forEach((h, i) => add(h.id, i + 1, 'vector', 1 / (RRF_K + i + 1)));
  }
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
      // (5.2 heads 5.2 and 5.2.1, not 5.21)
      const at = clause.path.findIndex((p) => norm(p).startsWith(ref.label) && !/\d/u.test(norm(p).charAt(ref.label.length)));
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
    if (!names.has(wanted) && !names.has(shortPlaceNames(wanted)[0] ?? wanted)) return false;
  }
  if (filters.industry) {
    const key = corpus.lexicon.aliases.groupsOf(filters.industry).find((g) => g.kind === 'industry')?.key;
    if (key && industryOfPath(corpus, clause).some((other) => other !== key)) return false;
  }
  return true;
}

/** Industry keys named in a clause's heading path, e.g. [民用爆炸物品] for a path ending in 民爆行业. */
function industryOfPath(corpus: Corpus, clause: Clause): string[] {
  let keys = corpus.pathIndustries.get(clause.id);
  if (!keys) {
    keys = corpus.lexicon.aliases.industriesIn(norm(clause.path.join(' ')));
    corpus.pathIndustries.set(clause.id, keys);
  }
  return keys;
}

function industryInText(corpus: Corpus, clause: Clause, key: string): boolean {
  const g = corpus.lexicon.aliases.groupsOfKind('industry').find((x) => x.key === key);
  let text = corpus.normText.get(clause.id);
  if (text === undefined) corpus.normText.set(clause.id, (text = norm(clause.text)));
  return g !== undefined && g.terms.some((t) => text.includes(t));
}

/**
 * An asker that speaks of itself at a place (我们是苎岩县的尾矿库) is bound by its province's and the nation's rules
 * as much as by its county's, so those documents rank among themselves as the place's own do (bm25-lists
 * `inside`): otherwise the county's notices, ranked twice, buried the provincial standard it asked about. Not
 * for a duty question (砚湖市…谁负责), whose place names the document that assigns the duty.
 */
function enclosingDocs(corpus: Corpus, a: QueryAnalysis): string[] {
  if (a.places.length === 0 || !a.speaksOfItself || a.asksDuty) return [];
  const own = new Set(a.places.flatMap((p) => p.docIds));
  return [...corpus.docs.keys()].filter((d) => !own.has(d) && inChainOf(corpus, a, d));
}

/** Whether the document's place encloses a place the question names (砚湖市 → 璞岭省, 全国). */
function inChainOf(corpus: Corpus, a: QueryAnalysis, docId: string): boolean {
  const place = corpus.docs.get(docId)?.place;
  return place !== undefined && a.places.some((p) => corpus.lexicon.places.chain(p.name).slice(1).includes(place));
}

function applyBoosts(corpus: Corpus, a: QueryAnalysis, c: Candidate): void {
  const targets = [
    ...a.places.map((p) => ({ docIds: p.docIds, signal: `region:${p.name}` })),
    ...a.docHints.map((h) => ({ docIds: [h.docId], signal: `doc:${h.label}` })),
  ];
  if (targets.length > 0) {
    const hit = targets.filter((t) => t.docIds.includes(c.clause.docId));
    if (hit.length === 0) c.score *= inChainOf(corpus, a, c.clause.docId) ? CHAIN_FACTOR : OFF_TARGET_FACTOR;
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
  if (a.asksHazard && corpus.criteria.has(c.clause.id)) {
    c.score *= CRITERION_BOOST;
    c.signals.add('criterion');
  }
  if (!a.asksFrontMatter && FRONT_MATTER.has(c.clause.path[0] ?? '')) c.score *= FRONT_MATTER_FACTOR;
  if (a.followUp) c.signals.add('history');
}

/**
 * The heading path without the clause's own heading when the text begins with it, e.g. an item
 * headed （1）氨制冷机房是否设置氨气浓度… whose text is that sentence: counting those words again in
 * the path field scored short items twice for the same words. 第八条 is dropped too: the text starts with it.
 */
export function ancestorPath(clause: Pick<Clause, 'path' | 'text'>): string[] {
  const own = clause.path.at(-1);
  if (own === undefined) return [...clause.path];
  // NFKC turns the ellipsis of a truncated heading into ..., e.g. （1）氨制冷机房是否设置氨气浓度… → (1)氨制冷机房是否设置氨气浓度...
  const head = norm(own).replace(/\.\.\.$/u, '');
  return head !== '' && norm(clause.text).startsWith(head) ? clause.path.slice(0, -1) : [...clause.path];
}
