/**
 * What the server serves: the current assistant, swapped atomically when the knowledge base is rebuilt
 * (after an upload). A failed rebuild leaves the running assistant in place. Every write to the data directory
 * (the start-up build, an upload and its rebuild) holds the ingest lock, which `npm run ingest` and the CLIs
 * respect too; an upload's file is parsed in the parse process, once, and earlier files are not parsed again.
 */
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { lexiconDir, type Config } from '../core/config.js';
import { loadLexicon, type Lexicon } from '../core/lexicon/lexicon.js';
import { createAssistant, type Assistant } from '../core/assistant.js';
import { chatModelFor, type ChatModel } from '../core/agent/chat-model.js';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings, type Embedder } from '../core/retrieval/embeddings.js';
import type { Checklist } from '../core/schemas.js';
import { defaultSources, kbDirOf, parseLimitsOf, recoverDataDir, uploadsDirOf } from '../ingest/data-dir.js';
import { createDocumentParser, type DocumentParser, type ParsedFile } from '../ingest/document-parser.js';
import { withIngestLock } from '../ingest/ingest-lock.js';
import { ingest, type IngestResult } from '../ingest/pipeline.js';
import { checkUploadName, storeUpload } from '../ingest/uploads.js';
import { openChecklistStore, type ChecklistStore } from './checklist-store.js';

export interface Service {
  readonly config: Config;
  readonly embedder: Embedder;
  readonly chat?: ChatModel;
  assistant(): Assistant;
  /** Drafted checklists, by id, for the export routes: files in the data directory (checklist-store.ts). */
  readonly checklists: ChecklistStore;
  /** Keeps a checklist for its export links; no other client's drafts push it out. */
  keepChecklist(checklist: Checklist): void;
  /** Validates an uploaded file, stores it and rebuilds; the old knowledge base serves until the new one is ready. */
  upload(name: string, bytes: Uint8Array): Promise<IngestResult>;
}

interface Build {
  config: Config;
  lexicon: Lexicon;
  embedder: Embedder;
  chat: ChatModel | undefined;
  log: FastifyBaseLogger;
}

/** Rebuilds from corpus/ and the uploads (call it holding the ingest lock) and loads the result. */
async function build(b: Build, extra: { parser?: DocumentParser; parsed?: ReadonlyMap<string, ParsedFile>; who: string }): Promise<{ assistant: Assistant; result: IngestResult }> {
  const { config, lexicon, embedder, chat, log } = b;
  const result = await ingest(await defaultSources(config), { kbDir: kbDirOf(config), embedder, lexicon, limits: parseLimitsOf(config), ...extra });
  for (const f of result.failures) log.warn({ file: f.file, code: f.code }, f.message);
  const kb = await loadKnowledgeBase(kbDirOf(config), embedder);
  const assistant = await createAssistant({ kb, lexicon, embedder, ...(chat ? { chat } : {}) });
  return { assistant, result };
}

/** Ingests corpus/ and uploads/ if needed, loads the knowledge base and returns the service. */
export async function createService(config: Config, log: FastifyBaseLogger): Promise<Service> {
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const embedder = createEmbeddings(lexicon, config.openai);
  const chat = chatModelFor(config);
  const b: Build = { config, lexicon, embedder, chat, log };
  const locked = <T>(who: string, fn: () => Promise<T>): Promise<T> => withIngestLock(config.dataDir, fn, { waitMs: config.ingest.lockWaitMs, who });
  let { assistant, result } = await locked('the server starting', async () => {
    // A crash during an upload left its files behind: put back what was there before it.
    for (const line of await recoverDataDir(config)) log.warn(line);
    return build(b, { who: 'the server starting' });
  });
  log.info({ documents: result.documents, clauses: result.clauses, duties: result.duties, rebuilt: result.changed, read: result.parsedFiles, reused: result.reusedFiles, ms: result.ms }, 'knowledge base ready');
  let queue: Promise<unknown> = Promise.resolve();
  const checklists = await openChecklistStore(join(config.dataDir, 'checklists'), config.checklistMaxAgeDays, log);
  const service: Service = {
    config,
    embedder,
    ...(chat ? { chat } : {}),
    assistant: () => assistant,
    checklists,
    keepChecklist(checklist) {
      checklists.put(checklist);
    },
    upload(name, bytes) {
      const who = `an upload of ${name}`;
      const run = (): Promise<IngestResult> =>
        locked(who, async () => {
          checkUploadName(name);
          const parser = createDocumentParser(lexicon, parseLimitsOf(config));
          try {
            // Parse first: a file we cannot read is refused before it touches the uploads folder.
            const parsed = await parser.parse(bytes, name);
            const stored = await storeUpload(uploadsDirOf(config), name, bytes);
            try {
              const next = await build(b, { parser, parsed: new Map([[parsed.doc.document.sha256, parsed]]), who });
              assistant = next.assistant;
              await stored.commit();
              return next.result;
            } catch (e) {
              // Put back what was there: the uploads folder and the knowledge base stay as they were.
              await stored.rollback().catch((undoError: unknown) => log.error({ err: undoError }, `could not undo the upload of ${name}; the next start will`));
              throw e;
            }
          } finally {
            await parser.close();
          }
        });
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
  };
  return service;
}
