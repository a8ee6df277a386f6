/**
 * Builds the knowledge base from files: parse each, extract duties, embed clauses, write everything to a
 * temporary folder and swap it into place. A failing file is reported and skipped; if the previous
 * knowledge base held a document from a file of that name, that document is kept, so nothing is lost.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, isAppError, throwIfAborted } from '../core/errors.js';
import { SCHEMA_VERSION, loadKnowledgeBase, readManifest, saveKnowledgeBase, type KnowledgeBase } from '../core/kb/knowledge-base.js';
import type { Clause, DocumentMeta, Duty, Fact, ParsedDocument } from '../core/schemas.js';
import { clauseEmbeddingText, type Embedder } from '../core/retrieval/embeddings.js';
import { VectorIndex } from '../core/retrieval/vector-index.js';
import { searchableClauses } from '../core/kb/searchable.js';
import { documentStatuses } from '../core/kb/document-status.js';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { extractFacts } from '../core/facts/extract-facts.js';
import { extractDuties } from '../core/duties/extract-duties.js';
import { parseDocument } from './parse-document.js';
import { docIdFor } from './parse-raw.js';

export interface IngestFailure {
  file: string;
  code: string;
  message: string;
}

export interface IngestOptions {
  /** The knowledge-base folder to (re)build. */
  kbDir: string;
  embedder: Embedder;
  /** Aliases and the tokenizer: duties are read with them, so a change rebuilds the knowledge base. */
  lexicon: Lexicon;
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface IngestResult {
  kbDir: string;
  changed: boolean;
  documents: number;
  clauses: number;
  duties: number;
  failures: IngestFailure[];
  /** Documents kept from the previous knowledge base because their new file failed. */
  kept: string[];
  ms: number;
}

interface InputFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Every regular, non-hidden file under the given files and folders, sorted, de-duplicated. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const out = new Set<string>();
  async function walk(p: string): Promise<void> {
    let info;
    try {
      info = await stat(p);
    } catch (cause) {
      throw new AppError('INGEST_NOT_FOUND', `${p} does not exist; pass files or folders that exist`, { cause });
    }
    if (info.isFile()) out.add(resolve(p));
    else if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await walk(join(p, e));
    }
  }
  for (const p of paths) await walk(p);
  return [...out].sort();
}

function corpusHash(files: InputFile[], embedderId: string, lexiconId: string): string {
  const h = createHash('sha256').update(`v${SCHEMA_VERSION}\n${embedderId}\n${lexiconId}\n`);
  for (const f of files) h.update(`${basename(f.path)}\t${f.sha256}\n`);
  return h.digest('hex');
}

interface Parsed {
  doc: ParsedDocument;
  duties: Duty[];
  facts: Fact[];
  source: string;
}

async function parseAll(files: InputFile[], opts: IngestOptions, failures: IngestFailure[]): Promise<Parsed[]> {
  const parsed: Parsed[] = [];
  const ids = new Set<string>();
  for (const [i, f] of files.entries()) {
    throwIfAborted(opts.signal);
    opts.onProgress?.(i, files.length, basename(f.path));
    let docId = docIdFor(f.path);
    for (let n = 2; ids.has(docId); n++) docId = `${docIdFor(f.path)}-${n}`;
    try {
      const doc = await parseDocument(f.bytes, basename(f.path), { maxBytes: opts.maxBytes, signal: opts.signal, docId, places: opts.lexicon.places });
      ids.add(docId);
      parsed.push({ doc, duties: extractDuties(doc, opts.lexicon.aliases), facts: extractFacts(doc), source: f.path });
    } catch (e) {
      if (!isAppError(e) || e.code === 'ABORTED') throw e;
      failures.push({ file: f.path, code: e.code, message: e.message });
    }
  }
  opts.onProgress?.(files.length, files.length, '');
  return parsed;
}

/** Documents of the previous knowledge base whose file failed this time: kept as they were. */
async function carryOver(kbDir: string, failures: IngestFailure[], parsed: Parsed[]): Promise<Parsed[]> {
  if (failures.length === 0) return [];
  let prev: KnowledgeBase;
  try {
    prev = await loadKnowledgeBase(kbDir);
  } catch {
    return [];
  }
  const failed = new Set(failures.map((f) => basename(f.file)));
  const taken = new Set(parsed.map((p) => p.doc.document.id));
  return prev.documents
    .filter((d) => failed.has(d.file) && !taken.has(d.id))
    .map((document) => ({
      doc: { document, text: prev.texts[document.id] ?? '', clauses: prev.clauses.filter((c) => c.docId === document.id) },
      duties: prev.duties.filter((d) => d.docId === document.id),
      facts: prev.facts.filter((f) => f.docId === document.id),
      source: prev.manifest.files.find((f) => f.docId === document.id)?.source ?? document.file,
    }));
}

async function swapInto(kbDir: string, kb: KnowledgeBase): Promise<void> {
  const tmp = `${kbDir}.tmp-${process.pid}-${Date.now()}`;
  const old = `${kbDir}.old-${process.pid}-${Date.now()}`;
  try {
    await saveKnowledgeBase(tmp, kb);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = await stat(kbDir).then(() => true, () => false);
  if (hadOld) await rename(kbDir, old);
  await rename(tmp, kbDir);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Undoes what a crash in the middle of a swap left behind: with no knowledge base in place, the newest
 * set-aside old one is put back; unfinished temporary folders are removed.
 */
async function recover(kbDir: string): Promise<void> {
  const parent = dirname(kbDir);
  const name = basename(kbDir);
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const hasKb = siblings.includes(name);
  const olds = siblings.filter((s) => s.startsWith(`${name}.old-`)).sort();
  if (!hasKb && olds.length > 0) await rename(join(parent, olds.pop()!), kbDir);
  for (const s of siblings.filter((x) => x.startsWith(`${name}.tmp-`) || (hasKb && x.startsWith(`${name}.old-`)) || olds.includes(x))) {
    await rm(join(parent, s), { recursive: true, force: true });
  }
}

/** Ingests the files under `paths` into `opts.kbDir`; unchanged input leaves the knowledge base as it is. */
export async function ingest(paths: string[], opts: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  await recover(opts.kbDir);
  const files: InputFile[] = [];
  for (const path of await collectFiles(paths)) {
    const bytes = new Uint8Array(await readFile(path));
    files.push({ path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const hash = corpusHash(files, opts.embedder.id, opts.lexicon.id);
  const prev = await readManifest(opts.kbDir);
  const done = (r: Omit<IngestResult, 'kbDir' | 'ms'>): IngestResult => ({ ...r, kbDir: opts.kbDir, ms: Math.round(performance.now() - started) });
  if (prev && prev.corpusHash === hash && prev.files.length === files.length) {
    return done({ changed: false, documents: prev.counts.documents, clauses: prev.counts.clauses, duties: prev.counts.duties, failures: [], kept: [] });
  }
  const failures: IngestFailure[] = [];
  const parsed = await parseAll(files, opts, failures);
  const kept = await carryOver(opts.kbDir, failures, parsed);
  const all = [...parsed, ...kept];
  if (all.length === 0) {
    throw new AppError('INGEST_NO_TEXT', `no document could be ingested from ${paths.join(', ')}; fix the errors above and run npm run ingest again`);
  }
  const kb = await buildKnowledgeBase(all, files, hash, opts);
  await swapInto(opts.kbDir, kb);
  const keptFiles = kept.map((k) => k.doc.document.file);
  return done({ changed: true, documents: kb.documents.length, clauses: kb.clauses.length, duties: kb.duties.length, failures, kept: keptFiles });
}

async function buildKnowledgeBase(all: Parsed[], files: InputFile[], hash: string, opts: IngestOptions): Promise<KnowledgeBase> {
  const clauses: Clause[] = all.flatMap((p) => p.doc.clauses);
  const texts = Object.fromEntries(all.map((p) => [p.doc.document.id, p.doc.text]));
  const documents: DocumentMeta[] = documentStatuses(all.map((p) => p.doc.document), new Date().toISOString().slice(0, 10), texts);
  const duties = all.flatMap((p) => p.duties);
  const facts = all.flatMap((p) => p.facts);
  throwIfAborted(opts.signal);
  const indexed = searchableClauses(clauses);
  const vectors = await opts.embedder.embeddings.embedDocuments(indexed.map(clauseEmbeddingText)).catch((cause: unknown) => {
    throw new AppError('UPSTREAM_MODEL', `the embedding model ${opts.embedder.id} failed: ${(cause as Error).message}; check OPENAI_BASE_URL and EMBEDDING_MODEL, or unset EMBEDDING_MODEL to use the offline embedder`, { cause });
  });
  const dims = vectors[0]?.length ?? opts.embedder.dims ?? 0;
  const index = VectorIndex.build(indexed.map((c, i) => ({ id: c.id, vector: vectors[i]! })), { id: opts.embedder.id, dims });
  const sha = new Map(files.map((f) => [f.path, f.sha256]));
  return {
    manifest: {
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
      embedder: { id: opts.embedder.id, dims },
      corpusHash: hash,
      files: all.map((p) => ({ file: p.doc.document.file, source: p.source, sha256: sha.get(p.source) ?? p.doc.document.sha256, docId: p.doc.document.id })),
      counts: { documents: documents.length, clauses: clauses.length, duties: duties.length, facts: facts.length },
    },
    documents,
    clauses,
    texts,
    duties,
    facts,
    vectors: index,
  };
}
