import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { loadFixtureCorpus } from './__fixtures__/corpus.js';
import { createEmbeddings } from './embeddings.js';
import { buildVectorIndex, VectorIndex } from './vector-index.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();

describe('VectorIndex', () => {
  const embedder = createEmbeddings(lexicon);
  const clauses = loadFixtureCorpus().clauses.filter((c) => c.docId === '002');
  let dir = '';
  let index: VectorIndex;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'anzhi-vectors-'));
    index = await buildVectorIndex(clauses, embedder);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds a clause from its own vector first', async () => {
    const target = clauses.find((c) => c.text.includes('疏散逃生演练'))!;
    const [v] = await embedder.embeddings.embedDocuments([[...target.path, target.text].join('\n')]);
    const [hit] = index.search(v!, 3);
    expect(hit!.id).toBe(target.id);
    expect(hit!.score).toBeCloseTo(1, 5);
  });

  it('round-trips through save and load in a folder the caller gives', async () => {
    const q = await embedder.embeddings.embedQuery('民爆企业每月检查');
    await index.save(join(dir, 'index'));
    const loaded = await VectorIndex.load(join(dir, 'index'), { id: 'hashing-v1-512', dims: 512 });
    expect(loaded.size).toBe(clauses.length);
    expect(loaded.embedderId).toBe('hashing-v1-512');
    expect(loaded.search(q, 5)).toEqual(index.search(q, 5));
  });

  it('throws INDEX_DIM_MISMATCH with the fix when a query has other dims', () => {
    const err = (() => {
      try {
        index.search(new Array<number>(768).fill(0.1), 5);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INDEX_DIM_MISMATCH');
    expect((err as AppError).message).toBe('query has 768 dims, the index was built with 512; run npm run ingest again');
  });

  it('refuses to load for an embedder with other dims or another id', async () => {
    await index.save(join(dir, 'index'));
    await expect(VectorIndex.load(join(dir, 'index'), { dims: 768 })).rejects.toMatchObject({
      code: 'INDEX_DIM_MISMATCH',
      message: `the embedder gives 768 dims, the index in ${join(dir, 'index')} was built with 512 (hashing-v1-512); run npm run ingest again`,
    });
    await expect(VectorIndex.load(join(dir, 'index'), { id: 'openai:bge-m3' })).rejects.toMatchObject({ code: 'INDEX_EMBEDDER_MISMATCH' });
  });

  it('says INDEX_MISSING for a folder without an index', async () => {
    await expect(VectorIndex.load(join(dir, 'nothing-here'))).rejects.toMatchObject({
      code: 'INDEX_MISSING',
      message: `no vector index in ${join(dir, 'nothing-here')} (vectors.json not found); run npm run ingest`,
    });
  });

  it('returns no more hits than it holds', () => {
    expect(index.search(new Array<number>(512).fill(0.1), 10_000)).toHaveLength(clauses.length);
  });
});
