/**
 * Embedders. The offline default, HashingEmbeddings, needs no model download (no hub is
 * reachable here): it hashes jieba words, character n-grams and alias-canonical keys into a
 * fixed number of signed buckets. It knows no semantics beyond the alias table, but it is
 * deterministic and gives the vector list something a bag of exact terms cannot: partial
 * overlap through character n-grams (判定 ↔ 判定标准) and synonyms folded to one key.
 */
import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import type { Clause } from '../schemas.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalizeForSearch } from '../lexicon/tokenizer.js';

type OpenAIConfig = NonNullable<Config['openai']>;

/** An embedder and the id recorded in the index manifest, so a mismatch on load can be named. */
export interface Embedder {
  id: string;
  embeddings: Embeddings;
  /** Known up front for the hashing embedder; a remote model reveals it on the first call. */
  dims?: number;
}

// Matches a run of CJK ideographs, e.g. 民爆生产 in “民爆生产、销售”.
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Words that occur in nearly every clause of a safety notice; damped so they do not dominate cosine. */
const GENERIC = new Set(['安全', '生产', '安全生产', '企业', '工作', '管理', '加强', '行业', '开展', '推进', '落实']);

const FEATURE_WEIGHT = { word: 1, canon: 1.5, bigram: 0.5, trigram: 0.35 } as const;

/** FNV-1a over UTF-16 code units; `seed` picks an independent hash for the sign. */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function addNgrams(text: string, n: number, add: (f: string, w: number) => void, w: number): void {
  for (const m of normalizeForSearch(text).matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + n <= run.length; i++) add(`${n}:${run.slice(i, i + n)}`, w);
  }
}

/** Weighted features of a text: words, alias keys, CJK bigrams and trigrams (namespaced so they do not collide). */
export function hashingFeatures(text: string, lexicon: Lexicon): Map<string, number> {
  const tf = new Map<string, { count: number; weight: number }>();
  const add = (f: string, w: number): void => {
    const cur = tf.get(f);
    if (cur) cur.count += 1;
    else tf.set(f, { count: 1, weight: w });
  };
  for (const word of lexicon.tokenizer.tokenizeWords(text)) {
    add(`w:${word}`, GENERIC.has(word) ? 0.3 : FEATURE_WEIGHT.word);
    for (const g of lexicon.aliases.groupsOf(word)) add(`c:${g.key}`, FEATURE_WEIGHT.canon);
  }
  addNgrams(text, 2, add, FEATURE_WEIGHT.bigram);
  addNgrams(text, 3, add, FEATURE_WEIGHT.trigram);
  const out = new Map<string, number>();
  for (const [f, { count, weight }] of tf) out.set(f, weight * (1 + Math.log(count)));
  return out;
}

/** Feature hashing into `dims` signed buckets, sublinear tf, L2-normalised. Deterministic across runs and machines. */
export class HashingEmbeddings extends Embeddings {
  readonly dims: number;
  /** `hashing-v1-512`; a deployment's own lexicon changes the features, so its id is part of this one. */
  readonly id: string;
  readonly #lexicon: Lexicon;

  constructor(lexicon: Lexicon, dims = 512) {
    super({});
    if (!Number.isInteger(dims) || dims < 16) throw new RangeError(`dims must be an integer ≥ 16, got ${dims}`);
    this.dims = dims;
    this.#lexicon = lexicon;
    this.id = `hashing-v1-${dims}${lexicon.id === 'builtin' ? '' : `-${lexicon.id}`}`;
  }

  /** Synchronous core of embedQuery / embedDocuments. An empty text maps to the first basis vector, never to NaN. */
  embed(text: string): number[] {
    const v = new Array<number>(this.dims).fill(0);
    for (const [feature, value] of hashingFeatures(text, this.#lexicon)) {
      const slot = fnv1a(feature, 0x811c9dc5) % this.dims;
      const sign = fnv1a(feature, 0x01234567) & 1 ? 1 : -1;
      v[slot] = v[slot]! + sign * value;
    }
    const norm = Math.hypot(...v);
    if (norm === 0) {
      v[0] = 1;
      return v;
    }
    return v.map((x) => x / norm);
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embed(d));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }
}

/**
 * The embedder for a configuration: OpenAI-compatible when an embedding model is configured
 * (id `openai:<model>`), otherwise HashingEmbeddings(512) over the lexicon (id `hashing-v1-512`).
 */
export function createEmbeddings(lexicon: Lexicon, openai?: Pick<OpenAIConfig, 'baseURL' | 'apiKey' | 'embeddingModel'>): Embedder {
  if (openai?.embeddingModel) {
    const embeddings = new OpenAIEmbeddings({
      model: openai.embeddingModel,
      apiKey: openai.apiKey,
      configuration: { baseURL: openai.baseURL },
      // Plain floats: some OpenAI-compatible servers do not implement the base64 default.
      encodingFormat: 'float',
    });
    return { id: `openai:${openai.embeddingModel}`, embeddings };
  }
  const hashing = new HashingEmbeddings(lexicon, 512);
  return { id: hashing.id, embeddings: hashing, dims: hashing.dims };
}

/** The text a clause is embedded from: its heading path, then its own text. Ingest and search must agree on it. */
export function clauseEmbeddingText(clause: Pick<Clause, 'path' | 'text'>): string {
  return [...clause.path, clause.text].join('\n');
}
