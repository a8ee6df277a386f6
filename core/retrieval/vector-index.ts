/**
 * Approximate nearest neighbours over clause vectors with hnswlib-node (cosine space).
 * The caller gives the folder; this module writes two files into it and never looks elsewhere.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError, throwIfAborted } from '../errors.js';
import type { Clause } from '../schemas.js';
import { clauseEmbeddingText, type Embedder } from './embeddings.js';

// The named ESM import fails for this CommonJS addon (STACK-NOTES).
const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export const VECTOR_FILE = 'vectors.hnsw';
export const VECTOR_META_FILE = 'vectors.json';

/**
 * Search breadth. hnswlib's default ef is 10 (LangChain's HNSWLib never raises it); STACK-NOTES
 * measured recall@10 of 0.83 at ef=200 and 0.97 at ef=500 on 10k random 256-d vectors. Our
 * knowledge bases hold hundreds to a few thousand clauses, where ef=500 costs well under a
 * millisecond and, when ef ≥ the number of points, the search is in effect exhaustive.
 */
export const EF_SEARCH = 500;
const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 100;
/** Points added between two turns of the event loop while building (about 100 ms of work on this machine). */
const ADD_SLICE = 500;

const VectorMetaSchema = Type.Object({
  embedderId: Type.String(),
  dims: Type.Integer({ minimum: 1 }),
  space: Type.Literal('cosine'),
  ids: Type.Array(Type.String()),
});
type VectorMeta = Static<typeof VectorMetaSchema>;

export interface VectorHit {
  id: string;
  /** Cosine similarity (1 = same direction). */
  score: number;
}

/** Clause vectors in an HNSW graph; ids are clause ids, labels are positions in `ids`. */
export class VectorIndex {
  readonly embedderId: string;
  readonly dims: number;
  /** Clause ids in label order. */
  readonly ids: readonly string[];
  private readonly hnsw: Hnsw;

  private constructor(meta: VectorMeta, hnsw: Hnsw) {
    this.embedderId = meta.embedderId;
    this.dims = meta.dims;
    this.ids = meta.ids;
    this.hnsw = hnsw;
    hnsw.setEf(EF_SEARCH);
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Builds the graph from vectors that all have `dims` entries. Adding a point is synchronous native work: the
   * build gives the event loop a turn every ADD_SLICE points, so a server rebuilding after an upload still answers.
   */
  static async build(items: ReadonlyArray<{ id: string; vector: number[] }>, embedder: { id: string; dims: number }, signal?: AbortSignal): Promise<VectorIndex> {
    const hnsw = new HierarchicalNSW('cosine', embedder.dims);
    hnsw.initIndex({ maxElements: Math.max(1, items.length), m: M, efConstruction: EF_CONSTRUCTION, randomSeed: SEED });
    for (const [label, item] of items.entries()) {
      if (item.vector.length !== embedder.dims) {
        throw new AppError('INDEX_DIM_MISMATCH', `vector for ${item.id} has ${item.vector.length} dims, expected ${embedder.dims} from ${embedder.id}; embed all clauses with one embedder`);
      }
      hnsw.addPoint(item.vector, label);
      if (label % ADD_SLICE === ADD_SLICE - 1) {
        await nextTurn();
        throwIfAborted(signal);
      }
    }
    return new VectorIndex({ embedderId: embedder.id, dims: embedder.dims, space: 'cosine', ids: items.map((i) => i.id) }, hnsw);
  }

  /** The `k` nearest clauses by cosine similarity, best first. */
  search(vector: readonly number[], k: number): VectorHit[] {
    if (this.ids.length === 0) return [];
    if (vector.length !== this.dims) {
      throw new AppError('INDEX_DIM_MISMATCH', `query has ${vector.length} dims, the index was built with ${this.dims}; run npm run ingest again`);
    }
    const n = Math.min(k, this.hnsw.getCurrentCount());
    if (n <= 0) return [];
    const { neighbors, distances } = this.hnsw.searchKnn([...vector], n);
    return neighbors.map((label, i) => ({ id: this.ids[label]!, score: 1 - distances[i]! }));
  }

  /** Writes vectors.hnsw and vectors.json into `dir` (created if needed); each file is written under a temporary name and renamed into place. */
  async save(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const tmp = `.tmp-${process.pid}-${Date.now()}`;
    const graph = join(dir, VECTOR_FILE);
    await this.hnsw.writeIndex(graph + tmp);
    const meta: VectorMeta = { embedderId: this.embedderId, dims: this.dims, space: 'cosine', ids: [...this.ids] };
    await writeFile(join(dir, VECTOR_META_FILE) + tmp, JSON.stringify(meta));
    await rename(graph + tmp, graph);
    await rename(join(dir, VECTOR_META_FILE) + tmp, join(dir, VECTOR_META_FILE));
  }

  /**
   * Reads an index saved by `save`. When `expected` is given, a different embedder id throws
   * INDEX_EMBEDDER_MISMATCH and different dims throw INDEX_DIM_MISMATCH, before any query runs.
   */
  static async load(dir: string, expected?: { id?: string; dims?: number }): Promise<VectorIndex> {
    const meta = await readMeta(dir);
    if (expected?.dims !== undefined && expected.dims !== meta.dims) {
      throw new AppError('INDEX_DIM_MISMATCH', `the embedder gives ${expected.dims} dims, the index in ${dir} was built with ${meta.dims} (${meta.embedderId}); run npm run ingest again`);
    }
    if (expected?.id !== undefined && expected.id !== meta.embedderId) {
      throw new AppError('INDEX_EMBEDDER_MISMATCH', `the index in ${dir} was built with embedder ${meta.embedderId}, the configured embedder is ${expected.id}; run npm run ingest again`);
    }
    const hnsw = new HierarchicalNSW('cosine', meta.dims);
    try {
      await hnsw.readIndex(join(dir, VECTOR_FILE));
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `cannot read ${join(dir, VECTOR_FILE)}; run npm run ingest again`, { cause });
    }
    if (hnsw.getCurrentCount() !== meta.ids.length) {
      throw new AppError('INDEX_CORRUPT', `${join(dir, VECTOR_FILE)} holds ${hnsw.getCurrentCount()} vectors but ${VECTOR_META_FILE} lists ${meta.ids.length} ids; run npm run ingest again`);
    }
    return new VectorIndex(meta, hnsw);
  }
}

async function readMeta(dir: string): Promise<VectorMeta> {
  const file = join(dir, VECTOR_META_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new AppError('INDEX_MISSING', `no vector index in ${dir} (${VECTOR_META_FILE} not found); run npm run ingest`, { cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new AppError('INDEX_CORRUPT', `${file} is not valid JSON; run npm run ingest again`, { cause });
  }
  if (!Value.Check(VectorMetaSchema, raw)) throw new AppError('INDEX_CORRUPT', `${file} does not describe a vector index; run npm run ingest again`);
  return raw;
}

/** Embeds every clause (heading path + text) in batches and builds the index. */
export async function buildVectorIndex(
  clauses: readonly Clause[],
  embedder: Embedder,
  options: { batchSize?: number; signal?: AbortSignal } = {},
): Promise<VectorIndex> {
  const batch = options.batchSize ?? 64;
  const items: Array<{ id: string; vector: number[] }> = [];
  for (let i = 0; i < clauses.length; i += batch) {
    throwIfAborted(options.signal);
    const slice = clauses.slice(i, i + batch);
    const vectors = await embedder.embeddings.embedDocuments(slice.map(clauseEmbeddingText));
    slice.forEach((c, j) => items.push({ id: c.id, vector: vectors[j]! }));
  }
  const dims = embedder.dims ?? items[0]?.vector.length ?? 1;
  return VectorIndex.build(items, { id: embedder.id, dims }, options.signal);
}
