/**
 * A frequency is stated only from a sentence about the asked subject: over the national laws and a held-out
 * pack's gas documents (p5), a restaurant in a province no document governs asks how often its gas alarm is
 * tested; 消防法's 每年至少一次 is about 建筑消防设施, not gas alarms. Over the laws and another pack's documents
 * (p2), a small factory asks how often the street's 网格员 come: 特种设备安全监察条例's 每月 meeting of a 索道's
 * manager shares 检查 and 一次 with it, and 每月 itself, which only says what shape the answer takes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../assistant.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { ingest } from '../../ingest/pipeline.js';

const root = join(import.meta.dirname, '../..');
let dir: string;
let assistant: Assistant;
let grid: Assistant;

async function over(name: string, pack: string): Promise<Assistant> {
  const lexicon = loadLexicon();
  const embedder = createEmbeddings(lexicon);
  const kbDir = join(dir, name);
  await ingest([join(root, 'corpus/laws'), join(root, pack)], { kbDir, embedder, lexicon });
  return createAssistant({ kb: await loadKnowledgeBase(kbDir, embedder), lexicon, embedder });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-floor-'));
  assistant = await over('p5', 'evals/p5/docs');
  grid = await over('p2', 'evals/p2/docs');
}, 90_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a frequency about another subject', () => {
  it('is not given for a gas alarm in a province no document governs', async () => {
    const a = await assistant.ask({ question: '我们是溆屏省雪桥区的餐馆，燃气报警器按规定多久检测一次？' });
    expect(a.supported).toBe(false);
    expect(a.answer).not.toContain('频次：每年至少一次');
  });

  it('is given where the documents state it for the subject', async () => {
    const a = await assistant.ask({ question: '消防安全重点单位的建筑消防设施多久要全面检测一次？' });
    expect(a.answer.split('\n')[0]).toContain('每年至少一次');
  });
});

describe('the words that only shape the answer (多久 → 每月)', () => {
  it('do not make a 索道 meeting’s 每月一次 the frequency of a 网格员’s visits', async () => {
    const a = await grid.ask({ question: '我们在枫渡市柳汀区，是个三十人的小厂，街道网格员多久来检查一次？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).not.toContain('每月');
  });
});
