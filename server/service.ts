/**
 * What the server serves: the current assistant, swapped atomically when the knowledge base is rebuilt
 * (after an upload). A failed rebuild leaves the running assistant in place.
 */
import { join } from 'node:path';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import { lexiconDir, type Config } from '../core/config.js';
import { loadLexicon, type Lexicon } from '../core/lexicon/lexicon.js';
import { createAssistant, type Assistant } from '../core/assistant.js';
import { chatModelFor, type ChatModel } from '../core/answer/llm-answer.js';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings, type Embedder } from '../core/retrieval/embeddings.js';
import { AppError } from '../core/errors.js';
import type { Checklist } from '../core/schemas.js';
import { ingest, type IngestResult } from '../ingest/pipeline.js';
import { parseDocument } from '../ingest/parse-document.js';
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

function kbDir(config: Config): string {
  return join(config.dataDir, 'kb');
}

function uploadsDir(config: Config): string {
  return join(config.dataDir, 'uploads');
}

async function build(config: Config, lexicon: Lexicon, embedder: Embedder, chat: ChatModel | undefined, log: FastifyBaseLogger): Promise<{ assistant: Assistant; result: IngestResult }> {
  await mkdir(uploadsDir(config), { recursive: true });
  const result = await ingest([config.corpusDir, uploadsDir(config)], { kbDir: kbDir(config), embedder, lexicon, maxBytes: config.maxUploadBytes });
  for (const f of result.failures) log.warn({ file: f.file, code: f.code }, f.message);
  const kb = await loadKnowledgeBase(kbDir(config), embedder);
  const assistant = await createAssistant({ kb, lexicon, embedder, ...(chat ? { chat } : {}) });
  return { assistant, result };
}

// 安全生产法.pdf, 通知（2024）.docx — a plain file name, no folders.
const SAFE_NAME = /^[^/\\\0]{1,200}$/u;

/** Ingests corpus/ and uploads/ if needed, loads the knowledge base and returns the service. */
export async function createService(config: Config, log: FastifyBaseLogger): Promise<Service> {
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const embedder = createEmbeddings(lexicon, config.openai);
  const chat = chatModelFor(config.openai);
  let { assistant, result } = await build(config, lexicon, embedder, chat, log);
  log.info({ documents: result.documents, clauses: result.clauses, duties: result.duties, rebuilt: result.changed, ms: result.ms }, 'knowledge base ready');
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
      const run = async (): Promise<IngestResult> => {
        if (!SAFE_NAME.test(name) || name.startsWith('.')) throw new AppError('BAD_REQUEST', `file name ${JSON.stringify(name)} is not allowed; use a plain name such as 通知.pdf`);
        // Parse first: a file we cannot read is refused before it touches the uploads folder.
        await parseDocument(bytes, name, { maxBytes: config.maxUploadBytes });
        const target = join(uploadsDir(config), name);
        // Hidden names: the ingest walk skips dotfiles, so neither is read as a document.
        const backup = join(uploadsDir(config), `.${name}.bak`);
        const part = join(uploadsDir(config), `.${name}.part`);
        const replaced = await rename(target, backup).then(() => true, () => false);
        await writeFile(part, bytes);
        await rename(part, target);
        try {
          const next = await build(config, lexicon, embedder, chat, log);
          assistant = next.assistant;
          await rm(backup, { force: true });
          return next.result;
        } catch (e) {
          // Put back what was there: the uploads folder and the knowledge base stay as they were.
          if (replaced) await rename(backup, target);
          else await rm(target, { force: true });
          throw e;
        }
      };
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
  };
  return service;
}
