/**
 * BM25F over clauses, written here rather than taken from LangChain: `BM25Retriever` splits the
 * query on whitespace and measures length with ASCII `\w+`, so every Chinese score is 0, and it
 * has one flat text field. We need several weighted fields (clause text, heading path, document
 * title), a pluggable tokenizer (jieba + bigrams) and weighted query terms (synonyms < 1).
 *
 * Scoring (BM25F, Robertson & Zaragoza 2009): per document and term,
 *   tf~ = Σ_field w_f · tf_f / (1 − b + b · len_f / avglen_f)
 *   score = Σ_term q_t · idf_t · (tf~ · (k1 + 1) / (k1 + tf~) + δ),  idf = ln(1 + (N − n + 0.5) / (n + 0.5))
 * δ > 0 is BM25+ (Lv & Zhai 2011): a matched term is worth at least δ·idf however long the clause,
 * so a long article is not outranked by a short item that merely repeats a word.
 * tf~ is computed at build time, so a search only walks the postings of the query terms.
 *
 * `perField` scores as MiniSearch does instead (the peer that ranked best in the eval's baselines):
 * each field on its own, with its own idf and saturation, summed by weight. `coordination` multiplies a
 * document's score by how many distinct query terms it holds (MiniSearch's "quality"), so a clause that
 * holds more of the question outranks one that repeats a rare word.
 * Not serialised: rebuilding is cheap (90–130 ms for 495 clauses / 56k characters on a 2-core
 * machine, after a one-off ~110 ms jieba dictionary load), and a rebuild can never disagree with
 * the tokenizer the query uses.
 */
import type { WeightedTerm } from '../lexicon/aliases.js';
import { topK } from './top-k.js';

/** One field of a document: its text and how much a match in it counts. */
export interface Bm25FieldSpec {
  weight: number;
  /** Length normalisation for this field (0 = none, 1 = full); defaults to the index's b. */
  b?: number;
}

export interface Bm25Options<F extends string> {
  fields: Record<F, Bm25FieldSpec>;
  tokenizer: (text: string) => string[];
  k1?: number;
  b?: number;
  /** BM25+ lower bound per matched term (0 = plain BM25, the default). */
  delta?: number;
  /** Score each field on its own (idf and saturation per field) instead of BM25F's pooled term frequency. */
  perField?: boolean;
  /** Multiply each score by the number of distinct query terms matched. */
  coordination?: boolean;
}

export interface Bm25Doc<F extends string> {
  id: string;
  fields: Record<F, string>;
}

export interface Bm25Hit {
  id: string;
  score: number;
  /** Query terms found in the document, highest contribution first. */
  matched: string[];
}

/** Joins a field's name to a term in a per-field posting key (a character no tokenizer emits). */
const FIELD_MARK = '\u0001';

/** The documents holding one term, ascending, as parallel typed arrays (a search walks tens of thousands of them). */
interface Postings {
  docs: Int32Array;
  /** Per document, tf~ · (k1 + 1) / (k1 + tf~) + δ: the term's score there before its query weight and idf. */
  gains: Float64Array;
}

/** A query term that matched, with its weight times idf. */
interface Used {
  term: string;
  list: Postings;
  factor: number;
}

/** A BM25F index; build with `Bm25Index.build`, then `search` with weighted terms. */
export class Bm25Index {
  readonly size: number;
  private readonly ids: string[];
  /** Per term, or per field and term (`field` + FIELD_MARK + term) when scored per field. */
  private readonly postings: Map<string, Postings>;
  /** The posting-key prefixes one query term is looked up under: [''] for BM25F, one per field otherwise. */
  private readonly prefixes: string[];
  private readonly coordination: boolean;

  private constructor(ids: string[], postings: Map<string, Postings>, prefixes: string[], coordination: boolean) {
    this.ids = ids;
    this.size = ids.length;
    this.postings = postings;
    this.prefixes = prefixes;
    this.coordination = coordination;
  }

  /** Tokenises every field of every document and precomputes the postings. */
  static build<F extends string>(docs: readonly Bm25Doc<F>[], options: Bm25Options<F>): Bm25Index {
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    const names = Object.keys(options.fields) as F[];
    const tokens = docs.map((d) => names.map((f) => options.tokenizer(d.fields[f])));
    const avg = names.map((_, i) => tokens.reduce((s, t) => s + t[i]!.length, 0) / Math.max(1, docs.length) || 1);
    const delta = options.delta ?? 0;
    const postings = new Map<string, { docs: number[]; gains: number[] }>();
    const post = (key: string, doc: number, gain: number): void => {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = { docs: [], gains: [] }));
      list.docs.push(doc);
      list.gains.push(gain);
    };
    const saturate = (value: number): number => (value * (k1 + 1)) / (k1 + value) + delta;
    tokens.forEach((fieldTokens, doc) => {
      const pooled = new Map<string, number>();
      names.forEach((name, i) => {
        const spec = options.fields[name];
        const fb = spec.b ?? b;
        const norm = 1 - fb + (fb * fieldTokens[i]!.length) / avg[i]!;
        if (!options.perField) {
          for (const t of fieldTokens[i]!) pooled.set(t, (pooled.get(t) ?? 0) + spec.weight / norm);
          return;
        }
        const tf = new Map<string, number>();
        for (const t of fieldTokens[i]!) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const [term, n] of tf) post(name + FIELD_MARK + term, doc, spec.weight * saturate(n / norm));
      });
      for (const [term, value] of pooled) post(term, doc, saturate(value));
    });
    const packed = new Map([...postings].map(([term, l]) => [term, { docs: Int32Array.from(l.docs), gains: Float64Array.from(l.gains) }]));
    return new Bm25Index(
      docs.map((d) => d.id),
      packed,
      options.perField ? names.map((n) => n + FIELD_MARK) : [''],
      options.coordination ?? false,
    );
  }

  /** Inverse document frequency of a term; 0 when no document has it. */
  idf(term: string): number {
    const n = this.postings.get(term)?.docs.length ?? 0;
    if (n === 0) return 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /**
   * The top `k` documents for the weighted terms, best first; documents with score 0 are left out.
   * With `within`, only those documents are scored and rarity (idf) is measured among them.
   * Scores accumulate in a typed array (no per-document objects: at 13k clauses, allocation and GC
   * dominated); which terms matched is worked out only for the k returned, and only when read.
   */
  search(terms: readonly WeightedTerm[], k: number, within?: (doc: number) => boolean): Bm25Hit[] {
    // The per-document arrays are the index's own, cleared where this search wrote: under load, allocating them for
    // every search (several per question, two indexes) made the collector the server's main work.
    const { scores, reached, held, last } = this.scratch();
    // Documents some term reached (their scores are > 0: weights, idf and gains are positive).
    const used: Used[] = [];
    // `within` asked once per document, not once per posting of every term.
    let inside: Uint8Array | undefined;
    let size = this.size;
    if (within) {
      inside = new Uint8Array(this.size);
      size = 0;
      for (let doc = 0; doc < this.size; doc++) {
        if (!within(doc)) continue;
        inside[doc] = 1;
        size++;
      }
    }
    // Distinct query terms each document holds, for coordination; `last` is the last term counted there.
    terms.forEach(({ term, weight }, t) => {
      if (weight <= 0) return;
      for (const prefix of this.prefixes) {
        const list = this.postings.get(prefix + term);
        if (!list) continue;
        const { docs, gains } = list;
        let n = docs.length;
        if (inside) {
          n = 0;
          for (let j = 0; j < docs.length; j++) n += inside[docs[j]!]!;
        }
        if (n === 0) continue;
        const factor = weight * Math.log(1 + (size - n + 0.5) / (n + 0.5));
        used.push({ term, list, factor });
        for (let j = 0; j < docs.length; j++) {
          const doc = docs[j]!;
          if (inside && inside[doc] === 0) continue;
          reached[doc] = 1;
          scores[doc]! += factor * gains[j]!;
          if (held && last![doc] !== t) {
            last![doc] = t;
            held[doc]!++;
          }
        }
      }
    });
    const touched: number[] = [];
    for (let doc = 0; doc < this.size; doc++) {
      if (reached[doc] !== 1) continue;
      if (held) scores[doc]! *= held[doc]!;
      touched.push(doc);
    }
    const top = topK(touched, k, (a, b) => scores[b]! - scores[a]! || a - b);
    // `matched` is worked out when read: the searcher reads only ids and scores, of up to 100 hits per search.
    const hits = top.map((doc) => ({
      id: this.ids[doc]!,
      score: scores[doc]!,
      get matched() {
        return matchedTerms(used, doc);
      },
    }));
    for (const doc of touched) {
      scores[doc] = 0;
      reached[doc] = 0;
      if (held) held[doc] = 0;
      if (last) last[doc] = -1;
    }
    return hits;
  }

  #scratch?: { scores: Float64Array; reached: Uint8Array; held?: Uint16Array; last?: Int32Array };

  /** Arrays of one entry per document, all zero (`last` all −1) between searches. */
  private scratch(): { scores: Float64Array; reached: Uint8Array; held?: Uint16Array; last?: Int32Array } {
    this.#scratch ??= {
      scores: new Float64Array(this.size),
      reached: new Uint8Array(this.size),
      ...(this.coordination ? { held: new Uint16Array(this.size), last: new Int32Array(this.size).fill(-1) } : {}),
    };
    return this.#scratch;
  }
}

/** Terms of the query that occur in `doc`, by their contribution; postings are in document order, so a binary search finds it. */
function matchedTerms(used: readonly Used[], doc: number): string[] {
  // (a term scored per field is used once per field: its parts add up)
  const parts = new Map<string, number>();
  for (const { term, list, factor } of used) {
    let lo = 0;
    let hi = list.docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = list.docs[mid]!;
      if (d === doc) {
        parts.set(term, (parts.get(term) ?? 0) + factor * list.gains[mid]!);
        break;
      }
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return [...parts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}
