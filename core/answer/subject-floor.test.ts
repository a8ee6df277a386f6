/**
 * A frequency is stated only from a sentence about the asked subject: over the national laws and a held-out
 * pack's gas documents (p5), a restaurant in a province no document governs asks how often its gas alarm is
 * tested; 消防法's 每年至少一次 is about 建筑消防设施, not gas alarms.
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

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-floor-'));
  const lexicon = loadLexicon();
  const embedder = createEmbeddings(lexicon);
  await ingest([join(root, 'corpus/laws'), join(root, 'evals/p5/docs')], { kbDir: join(dir, 'kb'), embedder, lexicon });
  assistant = await createAssistant({ kb: await loadKnowledgeBase(join(dir, 'kb'), embedder), lexicon, embedder });
}, 60_000);

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
