/**
 * npm run ingest -- [PATH…]   (default: corpus/ and $ANZHI_DATA_DIR/uploads)
 * Builds the knowledge base in $ANZHI_DATA_DIR/kb, holding the ingest lock (a server's upload or another ingest
 * waits, then fails with INGEST_LOCKED), after undoing what a crash left there. Exit code 0: all files ingested
 * (or nothing changed); 2: some files failed (the rest were ingested); 1: nothing could be built.
 */
import { lexiconDir, loadConfig } from '../core/config.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { isAppError } from '../core/errors.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { defaultSources, kbDirOf, parseLimitsOf, recoverDataDir } from './data-dir.js';
import { withIngestLock } from './ingest-lock.js';
import { ingest, type IngestResult } from './pipeline.js';
import { progressBar } from './progress.js';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const who = 'npm run ingest';
  const result = await withIngestLock(
    config.dataDir,
    async (): Promise<IngestResult> => {
      for (const line of await recoverDataDir(config)) console.error(line);
      const paths = args.length > 0 ? args : await defaultSources(config);
      const embedder = createEmbeddings(lexicon, config.openai);
      return ingest(paths, { kbDir: kbDirOf(config), embedder, lexicon, limits: parseLimitsOf(config), who, onProgress: progressBar('ingest') });
    },
    { waitMs: config.ingest.lockWaitMs, who },
  );
  for (const f of result.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
  for (const k of result.kept) console.error(`kept the previous version of ${k}`);
  const what = result.changed ? 'built' : 'unchanged, nothing to do';
  console.log(`knowledge base ${what}: ${result.documents} documents, ${result.clauses} clauses, ${result.duties} duties in ${result.kbDir} (${result.parsedFiles} files read, ${result.reusedFiles} unchanged; ${result.ms} ms)`);
  return result.failures.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(isAppError(e) ? `${e.code}  ${e.message}` : e);
    process.exit(1);
  },
);
