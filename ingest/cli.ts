/**
 * npm run ingest -- [PATH…]   (default: corpus/)
 * Builds the knowledge base in $ANZHI_DATA_DIR/kb. Exit code 0: all files ingested (or nothing changed);
 * 2: some files failed (the rest were ingested); 1: nothing could be built.
 */
import { join } from 'node:path';
import { lexiconDir, loadConfig } from '../core/config.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { isAppError } from '../core/errors.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { ingest } from './pipeline.js';
import { progressBar } from './progress.js';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const paths = args.length > 0 ? args : [config.corpusDir];
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const result = await ingest(paths, {
    kbDir: join(config.dataDir, 'kb'),
    embedder: createEmbeddings(lexicon, config.openai),
    lexicon,
    maxBytes: config.maxUploadBytes,
    onProgress: progressBar('ingest'),
  });
  for (const f of result.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
  for (const k of result.kept) console.error(`kept the previous version of ${k}`);
  const what = result.changed ? 'built' : 'unchanged, nothing to do';
  console.log(`knowledge base ${what}: ${result.documents} documents, ${result.clauses} clauses, ${result.duties} duties in ${result.kbDir} (${result.ms} ms)`);
  return result.failures.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(isAppError(e) ? `${e.code}  ${e.message}` : e);
    process.exit(1);
  },
);
