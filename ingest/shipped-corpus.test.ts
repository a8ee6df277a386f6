import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { createAssistant, type Assistant } from '../core/assistant.js';
import { openKnowledgeBase, type OpenedKnowledgeBase } from './open-knowledge-base.js';

// The knowledge base a fresh install builds from corpus/: the five notices and the twelve national laws.
let dir: string;
let opened: OpenedKnowledgeBase;
let assistant: Assistant;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-shipped-'));
  opened = await openKnowledgeBase(loadConfig({ ANZHI_DATA_DIR: dir, ANZHI_CORPUS_DIR: join(import.meta.dirname, '..', 'corpus') }));
  assistant = await createAssistant({ kb: opened.kb, lexicon: opened.lexicon, embedder: opened.embedder });
}, 120_000);
afterAll(async () => {
  await opened.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the shipped corpus', () => {
  it('holds the five notices and the twelve national laws and regulations', () => {
    expect(opened.failures).toEqual([]);
    const titles = opened.kb.documents.map((d) => d.title);
    expect(titles).toHaveLength(17);
    expect(titles).toEqual(expect.arrayContaining(['中华人民共和国安全生产法', '中华人民共和国消防法', '危险化学品安全管理条例', '煤矿安全生产条例']));
  });

  it('answers a national question out of the box, citing the article', async () => {
    const a = await assistant.ask({ question: '安全生产法第二十一条规定了生产经营单位主要负责人哪些职责？' });
    expect(a.supported).toBe(true);
    expect(a.citations[0]).toMatchObject({ title: '中华人民共和国安全生产法' });
    expect(a.citations[0]!.path.at(-1)).toBe('第二十一条');
  });
});
