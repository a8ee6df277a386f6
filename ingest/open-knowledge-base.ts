/**
 * For the CLIs other than `npm run ingest`: open the knowledge base in $ANZHI_DATA_DIR/kb as it is, or a temporary
 * one built from other folders, with the embedder the configuration asks for. They never rewrite the default
 * knowledge base (`npm run ask` used to rebuild it from corpus/ alone and drop every upload); only when there is
 * none yet do they build it, from corpus/ and the uploads, as `npm run ingest` would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexiconDir, type Config } from '../core/config.js';
import { loadLexicon, type Lexicon } from '../core/lexicon/lexicon.js';
import { loadKnowledgeBase, readManifest, type KnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings, type Embedder } from '../core/retrieval/embeddings.js';
import { defaultSources, kbDirOf, parseLimitsOf, recoverDataDir } from './data-dir.js';
import { withIngestLock } from './ingest-lock.js';
import { ingest, type IngestFailure } from './pipeline.js';

export interface OpenedKnowledgeBase {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  embedder: Embedder;
  /** Files that failed when the knowledge base had to be built now; empty when an existing one was opened. */
  failures: IngestFailure[];
  /** Removes a temporary knowledge base; nothing to do for the default one. */
  close(): Promise<void>;
}

/**
 * With `docs`, a fresh temporary knowledge base from those folders; otherwise data/kb as it is (built from
 * corpus/ and the uploads only when missing). Waits for the ingest lock like every writer, so it never reads a
 * knowledge base half-swapped; INGEST_LOCKED when a writer holds it past INGEST_LOCK_WAIT_MS.
 */
export async function openKnowledgeBase(config: Config, docs?: string[], who = 'a CLI'): Promise<OpenedKnowledgeBase> {
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const embedder = createEmbeddings(lexicon, config.openai);
  const limits = parseLimitsOf(config);
  if (docs && docs.length > 0) {
    const temp = await mkdtemp(join(tmpdir(), 'anzhi-kb-'));
    const close = () => rm(temp, { recursive: true, force: true });
    try {
      const built = await ingest(docs, { kbDir: join(temp, 'kb'), embedder, lexicon, limits });
      return { kb: await loadKnowledgeBase(join(temp, 'kb'), embedder), lexicon, embedder, failures: built.failures, close };
    } catch (e) {
      await close();
      throw e;
    }
  }
  const kbDir = kbDirOf(config);
  return withIngestLock(
    config.dataDir,
    async () => {
      await recoverDataDir(config);
      const failures = (await readManifest(kbDir)) ? [] : (await ingest(await defaultSources(config), { kbDir, embedder, lexicon, limits, who })).failures;
      return { kb: await loadKnowledgeBase(kbDir, embedder), lexicon, embedder, failures, close: async () => {} };
    },
    { waitMs: config.ingest.lockWaitMs, who },
  );
}
