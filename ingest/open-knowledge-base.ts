/**
 * For the CLIs: build (if needed) and load a knowledge base — the default one from corpus/, or a
 * temporary one from other folders — with the embedder the configuration asks for.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexiconDir, type Config } from '../core/config.js';
import { loadLexicon, type Lexicon } from '../core/lexicon/lexicon.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings, type Embedder } from '../core/retrieval/embeddings.js';
import { ingest, type IngestFailure } from './pipeline.js';

export interface OpenedKnowledgeBase {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  embedder: Embedder;
  failures: IngestFailure[];
  /** Removes a temporary knowledge base; nothing to do for the default one. */
  close(): Promise<void>;
}

/** With `docs`, a fresh temporary knowledge base from those folders; otherwise data/kb from corpus/. */
export async function openKnowledgeBase(config: Config, docs?: string[]): Promise<OpenedKnowledgeBase> {
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const embedder = createEmbeddings(lexicon, config.openai);
  const temp = docs && docs.length > 0 ? await mkdtemp(join(tmpdir(), 'anzhi-kb-')) : undefined;
  const kbDir = temp ? join(temp, 'kb') : join(config.dataDir, 'kb');
  const close = async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  };
  try {
    const built = await ingest(temp ? docs! : [config.corpusDir], { kbDir, embedder, lexicon, maxBytes: config.maxUploadBytes });
    const kb = await loadKnowledgeBase(kbDir, embedder);
    return { kb, lexicon, embedder, failures: built.failures, close };
  } catch (e) {
    await close();
    throw e;
  }
}
