/**
 * Builds the knowledge base from files: parse each (in the parse process, with its limits), extract duties, embed
 * clauses, write everything to a temporary folder and swap it into place, all under the ingest lock. A file whose
 * bytes are unchanged since the previous build is not parsed again: its document, clauses and duties are taken
 * from the previous knowledge base (every upload used to re-parse every earlier upload). A failing file is
 * reported and skipped; if the previous knowledge base held a document from a file of that name, that document
 * is kept, so nothing is lost.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, isAppError, throwIfAborted } from '../core/errors.js';
import { SCHEMA_VERSION, loadKnowledgeBase, readManifest, saveKnowledgeBase, type KnowledgeBase } from '../core/kb/knowledge-base.js';
import type { Clause, DocumentMeta, Duty, ParsedDocument } from '../core/schemas.js';
import { clauseEmbeddingText, type Embedder } from '../core/retrieval/embeddings.js';
import { VectorIndex } from '../core/retrieval/vector-index.js';
import { searchableClauses } from '../core/kb/searchable.js';
import { documentStatuses } from '../core/kb/document-status.js';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { extractFacts } from '../core/facts/extract-facts.js';
import { findOverrides, reassignmentOverrides } from '../core/kb/overrides.js';
import { extractDuties } from '../core/duties/extract-duties.js';
import { createDocumentParser, type DocumentParser, type ParsedFile, type ParseLimits } from './document-parser.js';
import { withIngestLock } from './ingest-lock.js';
import { docIdFor } from './parse-raw.js';
import { groupBy } from '../core/group-by.js';

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
  /** Same as `limits.maxBytes`. */
  maxBytes?: number;
  /** What one file may cost (pages, unpacked size, time, memory); defaults as in DEFAULT_PARSE_LIMITS. */
  limits?: Partial<ParseLimits>;
  /** A parser to use (the caller closes it); by default one is started for this ingest and closed after. */
  parser?: DocumentParser;
  /** Files the caller has parsed already, by sha256: an upload is parsed to validate it, and not again here. */
  parsed?: ReadonlyMap<string, ParsedFile>;
  /** How long to wait for another writer's ingest lock (INGEST_LOCK_WAIT_MS). */
  lockWaitMs?: number;
  /** Who this writer is, for the INGEST_LOCKED error another writer gets. */
  who?: string;
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
  /** Files read this time, and files whose unchanged document was taken from the previous knowledge base. */
  parsedFiles: number;
  reusedFiles: number;
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

interface Parsed extends ParsedFile {
  source: string;
}

/** The previous knowledge base, if one loads: the source of unchanged documents and of kept ones. */
async function previous(kbDir: string): Promise<KnowledgeBase | undefined> {
  return loadKnowledgeBase(kbDir).catch(() => undefined);
}

/**
 * What the previous build parsed, by source path and sha256. Duties come along only when they were read with
 * the same lexicon; otherwise they are read again (on this thread: a lexicon change is rare and explicit).
 */
function reusable(prev: KnowledgeBase | undefined, lexiconId: string): Map<string, Parsed & { dutiesCurrent: boolean }> {
  const out = new Map<string, Parsed & { dutiesCurrent: boolean }>();
  if (!prev) return out;
  const sameLexicon = prev.manifest.lexiconId === lexiconId;
  const documents = new Map(prev.documents.map((d) => [d.id, d]));
  const clauses = groupBy(prev.clauses, (c) => c.docId);
  const duties = groupBy(prev.duties, (d) => d.docId);
  for (const f of prev.manifest.files) {
    const document = documents.get(f.docId);
    // The manifest records the hash of the bytes a document was read from (a kept document: its old file's).
    if (!document || document.sha256 !== f.sha256) continue;
    const doc = { document, text: prev.texts[document.id] ?? '', clauses: clauses.get(document.id) ?? [] };
    out.set(`${f.source}\0${f.sha256}`, { doc, duties: sameLexicon ? (duties.get(document.id) ?? []) : [], source: f.source, dutiesCurrent: sameLexicon });
  }
  return out;
}

async function parseAll(files: InputFile[], opts: IngestOptions, failures: IngestFailure[], prev: KnowledgeBase | undefined): Promise<{ parsed: Parsed[]; reused: number; read: number }> {
  const parsed: Parsed[] = [];
  const ids = new Set<string>();
  const before = reusable(prev, opts.lexicon.id);
  let own: DocumentParser | undefined;
  let reused = 0;
  let read = 0;
  try {
    for (const [i, f] of files.entries()) {
      throwIfAborted(opts.signal);
      opts.onProgress?.(i, files.length, basename(f.path));
      let docId = docIdFor(f.path);
      for (let n = 2; ids.has(docId); n++) docId = `${docIdFor(f.path)}-${n}`;
      // Unchanged since the last build, or parsed by the caller already: nothing to read again.
      const old = before.get(`${f.path}\0${f.sha256}`);
      const given = opts.parsed?.get(f.sha256);
      if (old && old.doc.document.id === docId) {
        const duties = old.dutiesCurrent ? old.duties : extractDuties(old.doc, opts.lexicon.aliases);
        parsed.push({ doc: old.doc, duties, source: f.path });
        ids.add(docId);
        reused++;
        continue;
      }
      if (given && given.doc.document.id === docId && given.doc.document.file === basename(f.path)) {
        parsed.push({ ...given, source: f.path });
        ids.add(docId);
        read++;
        continue;
      }
      try {
        const parser = opts.parser ?? (own ??= createDocumentParser(opts.lexicon, { ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}), ...opts.limits }));
        const file = await parser.parse(f.bytes, basename(f.path), { docId, ...(opts.signal ? { signal: opts.signal } : {}) });
        ids.add(docId);
        read++;
        parsed.push({ ...file, source: f.path });
      } catch (e) {
        if (!isAppError(e) || e.code === 'ABORTED') throw e;
        failures.push({ file: f.path, code: e.code, message: e.message });
      }
    }
  } finally {
    await own?.close();
  }
  opts.onProgress?.(files.length, files.length, '');
  return { parsed, reused, read };
}

/** Documents of the previous knowledge base whose file failed this time: kept as they were. */
function carryOver(prev: KnowledgeBase | undefined, failures: IngestFailure[], parsed: Parsed[]): Parsed[] {
  if (failures.length === 0 || !prev) return [];
  const failed = new Set(failures.map((f) => basename(f.file)));
  const taken = new Set(parsed.map((p) => p.doc.document.id));
  return prev.documents
    .filter((d) => failed.has(d.file) && !taken.has(d.id))
    .map((document) => ({
      doc: { document, text: prev.texts[document.id] ?? '', clauses: prev.clauses.filter((c) => c.docId === document.id) },
      duties: prev.duties.filter((d) => d.docId === document.id),
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
 * set-aside old one is put back; unfinished temporary folders are removed. Call it holding the ingest lock:
 * another writer's temporary folder looks the same. Returns what it did, for the log.
 */
export async function recoverKnowledgeBase(kbDir: string): Promise<string[]> {
  const done: string[] = [];
  const parent = dirname(kbDir);
  const name = basename(kbDir);
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const hasKb = siblings.includes(name);
  const olds = siblings.filter((s) => s.startsWith(`${name}.old-`)).sort();
  if (!hasKb && olds.length > 0) {
    const newest = olds.pop()!;
    await rename(join(parent, newest), kbDir);
    done.push(`restored ${name} from ${newest}`);
  }
  for (const s of siblings.filter((x) => x.startsWith(`${name}.tmp-`) || (hasKb && x.startsWith(`${name}.old-`)) || olds.includes(x))) {
    await rm(join(parent, s), { recursive: true, force: true });
    done.push(`removed ${s}`);
  }
  return done;
}

/**
 * Ingests the files under `paths` into `opts.kbDir`; unchanged input leaves the knowledge base as it is. Holds the
 * ingest lock of the folder `kbDir` is in (INGEST_LOCKED when another writer keeps it past `lockWaitMs`).
 */
export async function ingest(paths: string[], opts: IngestOptions): Promise<IngestResult> {
  return withIngestLock(dirname(opts.kbDir), () => ingestLocked(paths, opts), { ...(opts.lockWaitMs !== undefined ? { waitMs: opts.lockWaitMs } : {}), ...(opts.who ? { who: opts.who } : {}) });
}

async function ingestLocked(paths: string[], opts: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  await recoverKnowledgeBase(opts.kbDir);
  const files: InputFile[] = [];
  for (const path of await collectFiles(paths)) {
    const bytes = new Uint8Array(await readFile(path));
    files.push({ path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const hash = corpusHash(files, opts.embedder.id, opts.lexicon.id);
  const prev = await readManifest(opts.kbDir);
  const done = (r: Omit<IngestResult, 'kbDir' | 'ms'>): IngestResult => ({ ...r, kbDir: opts.kbDir, ms: Math.round(performance.now() - started) });
  if (prev && prev.corpusHash === hash && prev.files.length === files.length) {
    return done({ changed: false, documents: prev.counts.documents, clauses: prev.counts.clauses, duties: prev.counts.duties, failures: [], kept: [], parsedFiles: 0, reusedFiles: files.length });
  }
  const failures: IngestFailure[] = [];
  const before = prev ? await previous(opts.kbDir) : undefined;
  const { parsed, reused, read } = await parseAll(files, opts, failures, before);
  const kept = carryOver(before, failures, parsed);
  const all = [...parsed, ...kept];
  if (all.length === 0) {
    throw new AppError('INGEST_NO_TEXT', `no document could be ingested from ${paths.join(', ')}; fix the errors above and run npm run ingest again`);
  }
  const kb = await buildKnowledgeBase(all, hash, opts);
  await swapInto(opts.kbDir, kb);
  const keptFiles = kept.map((k) => k.doc.document.file);
  return done({ changed: true, documents: kb.documents.length, clauses: kb.clauses.length, duties: kb.duties.length, failures, kept: keptFiles, parsedFiles: read, reusedFiles: reused });
}

/** Clauses embedded between two turns of the event loop (the offline embedder is synchronous work). */
const EMBED_SLICE = 1000;

async function embedAll(clauses: readonly Clause[], opts: IngestOptions): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let i = 0; i < clauses.length; i += EMBED_SLICE) {
    if (i > 0) await nextTurn();
    throwIfAborted(opts.signal);
    const slice = clauses.slice(i, i + EMBED_SLICE).map(clauseEmbeddingText);
    vectors.push(
      ...(await opts.embedder.embeddings.embedDocuments(slice).catch((cause: unknown) => {
        throw new AppError('UPSTREAM_MODEL', `the embedding model ${opts.embedder.id} failed: ${(cause as Error).message}; check OPENAI_BASE_URL and EMBEDDING_MODEL, or unset EMBEDDING_MODEL to use the offline embedder`, { cause });
      })),
    );
  }
  return vectors;
}

async function buildKnowledgeBase(all: Parsed[], hash: string, opts: IngestOptions): Promise<KnowledgeBase> {
  const clauses: Clause[] = all.flatMap((p) => p.doc.clauses);
  const texts = Object.fromEntries(all.map((p) => [p.doc.document.id, p.doc.text]));
  const documents: DocumentMeta[] = documentStatuses(all.map((p) => p.doc.document), new Date().toISOString().slice(0, 10), texts);
  const duties = all.flatMap((p) => p.duties);
  // Facts are cheap to read again from each document's clauses, reused or not.
  const facts = all.flatMap((p) => extractFacts(p.doc));
  const overrides = [...findOverrides(documents, clauses), ...reassignmentOverrides(documents, clauses, opts.lexicon.reassigned)];
  throwIfAborted(opts.signal);
  const indexed = searchableClauses(clauses);
  const vectors = await embedAll(indexed, opts);
  const dims = vectors[0]?.length ?? opts.embedder.dims ?? 0;
  const index = await VectorIndex.build(indexed.map((c, i) => ({ id: c.id, vector: vectors[i]! })), { id: opts.embedder.id, dims }, opts.signal);
  return {
    manifest: {
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
      embedder: { id: opts.embedder.id, dims },
      lexiconId: opts.lexicon.id,
      corpusHash: hash,
      // The hash of the bytes each document was read from: for a document kept because its new file failed, the old file's.
      files: all.map((p) => ({ file: p.doc.document.file, source: p.source, sha256: p.doc.document.sha256, docId: p.doc.document.id })),
      counts: { documents: documents.length, clauses: clauses.length, duties: duties.length, facts: facts.length },
    },
    documents,
    clauses,
    texts,
    duties,
    facts,
    overrides,
    vectors: index,
  };
}
