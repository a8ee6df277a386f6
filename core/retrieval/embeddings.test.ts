import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenAIEmbeddings } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseEmbeddingText, createEmbeddings, HashingEmbeddings } from './embeddings.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();

const cosine = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('HashingEmbeddings', () => {
  const e = new HashingEmbeddings(lexicon, 512);
  const duty = '民爆生产、销售企业要坚持24小时安全生产调度值班制度，及时掌握安全生产动态，保证信息畅通。';

  it('is deterministic, 512-d and unit length', async () => {
    const a = await e.embedQuery(duty);
    const b = await new HashingEmbeddings(lexicon, 512).embedDocuments([duty]);
    expect(b[0]).toEqual(a);
    expect(a).toHaveLength(512);
    expect(Math.hypot(...a)).toBeCloseTo(1, 12);
    expect(e.id).toBe('hashing-v1-512');
  });

  it('scores a paraphrase above an unrelated clause', async () => {
    const [q, same, other] = await e.embedDocuments([
      '民爆企业值班有什么要求？',
      duty,
      '废弃资源综合利用业，要重点围绕企业生产作业过程中机械、电气、火灾、高坠、爆炸、灼烫以及车辆 7 个方面进行检查。',
    ]);
    expect(cosine(q!, same!)).toBeGreaterThan(cosine(q!, other!));
  });

  it('folds synonyms together through the alias table', async () => {
    const [a, b, c] = await e.embedDocuments(['工信局', '工业和信息化局', '应急管理局']);
    expect(cosine(a!, b!)).toBeGreaterThan(0.35);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!));
  });

  it('maps an empty or punctuation-only text to a unit vector instead of NaN', async () => {
    const v = await e.embedQuery('，。');
    expect(v[0]).toBe(1);
    expect(v.slice(1).every((x) => x === 0)).toBe(true);
  });

  it('embeds a clause from its heading path and text', () => {
    expect(clauseEmbeddingText({ path: ['三、主要任务', '民爆行业'], text: '区工信局每月组织开展检查' })).toBe('三、主要任务\n民爆行业\n区工信局每月组织开展检查');
  });
});

describe('createEmbeddings', () => {
  let server: Server;
  let baseURL = '';
  const requests: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { input: string | string[] };
        const inputs = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
        requests.push({ url: req.url, ...parsed });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ object: 'list', model: 'bge-m3', data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: [0.6, 0.8, 0] })), usage: { prompt_tokens: 1, total_tokens: 1 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('defaults to the offline hashing embedder', () => {
    const e = createEmbeddings(lexicon);
    expect(e.id).toBe('hashing-v1-512');
    expect(e.dims).toBe(512);
    expect(e.embeddings).toBeInstanceOf(HashingEmbeddings);
    expect(createEmbeddings(lexicon, { baseURL: 'http://127.0.0.1:1/v1', apiKey: 'k' }).id).toBe('hashing-v1-512');
  });

  it('uses an OpenAI-compatible server when an embedding model is configured, asking for floats', async () => {
    const e = createEmbeddings(lexicon, { baseURL, apiKey: 'test-key', embeddingModel: 'bge-m3' });
    expect(e.id).toBe('openai:bge-m3');
    expect(e.embeddings).toBeInstanceOf(OpenAIEmbeddings);
    expect(await e.embeddings.embedQuery('民爆企业值班')).toEqual([0.6, 0.8, 0]);
    expect(requests.at(-1)).toMatchObject({ url: '/v1/embeddings', model: 'bge-m3', encoding_format: 'float', input: '民爆企业值班' });
  });
});
