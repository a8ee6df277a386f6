/**
 * After the duty lines, the quotes come from the documents that assign the duty: over a held-out pack (p9), the
 * 判定标准's 检查表 row that names 使用登记证明 said nothing of who registers a crane, yet was quoted beside the 条例.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../assistant.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { ingest } from '../../ingest/pipeline.js';

let dir: string;
let assistant: Assistant;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-duty-quotes-'));
  const lexicon = loadLexicon();
  const embedder = createEmbeddings(lexicon);
  await ingest([join(import.meta.dirname, '..', '..', 'evals', 'p9', 'docs')], { kbDir: join(dir, 'kb'), embedder, lexicon });
  assistant = await createAssistant({ kb: await loadKnowledgeBase(join(dir, 'kb'), embedder), lexicon, embedder });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it('quotes the 条例 that assigns 使用登记, not the 检查表 row that names it', async () => {
  const a = await assistant.ask({ question: '琇嵘省这边塔吊装完验收合格了，使用登记该谁去办？有没有时间要求？' });
  expect(a.answer).toContain('负责（牵头）：使用单位');
  expect(a.citations.map((c) => c.file)).toEqual(['琇嵘省建设工程施工安全条例(2025年第二次修正).pdf']);
});
