/**
 * An assistant over documents a test writes: they are ingested into a temporary knowledge base through the
 * real pipeline (readers, cleaning, structure, duties, facts, overrides, vectors), then loaded.
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAssistant, type Assistant } from '../assistant.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import { ingest } from '../../ingest/pipeline.js';

export interface TestAssistant {
  assistant: Assistant;
  close(): Promise<void>;
}

/** `docs`: file name → text. `now`: the assistant's clock. */
export async function assistantOver(docs: Record<string, string>, now?: Date): Promise<TestAssistant> {
  const dir = await mkdtemp(join(tmpdir(), 'anzhi-test-kb-'));
  await mkdir(join(dir, 'docs'));
  for (const [name, text] of Object.entries(docs)) await writeFile(join(dir, 'docs', name), text);
  const lexicon = loadLexicon();
  const embedder = createEmbeddings(lexicon);
  await ingest([join(dir, 'docs')], { kbDir: join(dir, 'kb'), embedder, lexicon });
  const kb = await loadKnowledgeBase(join(dir, 'kb'), embedder);
  const assistant = await createAssistant({ kb, lexicon, embedder, ...(now ? { now: () => now } : {}) });
  return { assistant, close: () => rm(dir, { recursive: true, force: true }) };
}

/** An assistant over `docs` for the tests of one describe block: built before them, closed after; call it inside a test. */
export function assistantFor(docs: Record<string, string>, now?: Date): () => Assistant {
  let built: TestAssistant;
  beforeAll(async () => {
    built = await assistantOver(docs, now);
  });
  afterAll(() => built.close());
  return () => built.assistant;
}
