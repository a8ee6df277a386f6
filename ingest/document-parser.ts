/**
 * Parses files off the event loop: a child process reads and parses each file (pdf.js, mammoth, cleaning,
 * clause splitting, duties) under a time limit and a memory limit. A hostile file used to freeze the server for
 * minutes (20,000 PDF pages), or take 4.5–7.8 GB until the process died (a zip bomb, a 1 GB compressed PDF
 * stream); now its process is killed, which frees all it held at once, and the caller gets a 4xx AppError.
 * A child process rather than a worker thread: its memory can be measured on its own (a worker's is the
 * server's), and pdf.js's inflated streams live outside the V8 heap a worker's resourceLimits would bound.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/errors.js';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import type { Duty, ParsedDocument } from '../core/schemas.js';
import type { ParseMessage, ParseReady, ParseReply } from './parse-messages.js';
import { DEFAULT_MAX_BYTES } from './readers/read-document.js';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_UNPACKED_BYTES } from './readers/reader.js';

const MIB = 1024 * 1024;

/** What one file may cost. Every field has a default, and MAX_UPLOAD_MB, MAX_PAGES, MAX_UNPACKED_MB, PARSE_TIMEOUT_MS, PARSE_MEMORY_MB set them. */
export interface ParseLimits {
  maxBytes: number;
  maxPages: number;
  maxUnpackedBytes: number;
  /** Wall-clock time for one file, from handing it to the worker to its parsed document. */
  timeoutMs: number;
  /** The parse process's V8 heap and its resident memory, in MiB; past either it is killed. */
  memoryMb: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = {
  maxBytes: DEFAULT_MAX_BYTES,
  maxPages: DEFAULT_MAX_PAGES,
  maxUnpackedBytes: DEFAULT_MAX_UNPACKED_BYTES,
  timeoutMs: 120_000,
  memoryMb: 768,
};

/** One file parsed, with the duties read from it. */
export interface ParsedFile {
  doc: ParsedDocument;
  duties: Duty[];
}

export interface DocumentParser {
  /** Parses one file in the parse process. Throws the reader's AppError, INGEST_TIMEOUT, INGEST_TOO_LARGE_UNPACKED or ABORTED. */
  parse(bytes: Uint8Array, file: string, opts?: { docId?: string; signal?: AbortSignal }): Promise<ParsedFile>;
  /** Ends the parse process; a later `parse` starts a new one. */
  close(): Promise<void>;
}

/** How often the parent samples the parse process's resident memory while a file is parsed. */
const MEMORY_SAMPLE_MS = 50;

/**
 * The share of PARSE_MEMORY_MB given to the V8 heap. V8 lets garbage pile up to near its limit before it collects
 * hard, so a heap limit equal to the resident-memory limit had a legitimate 2,000-page PDF killed at 512 MB;
 * with half, it collects early and the rest is room for code, pdf.js's buffers and inflated streams.
 */
const HEAP_SHARE = 0.5;

/** How long the parse process may take to load its modules (tsx, pdf.js, mammoth) before it counts as broken. */
const START_TIMEOUT_MS = 30_000;

/** The parse process's resident memory from /proc (Linux); undefined elsewhere, where the heap limit and the time limit still hold. */
async function residentBytes(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  // e.g. "VmRSS:\t  183452 kB"
  const kb = status?.match(/^VmRSS:\s+(\d+) kB/mu)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

interface Child {
  proc: ChildProcess;
  ready: Promise<void>;
}

/** Starts the parse process (parse-worker-boot.mjs registers tsx, then runs parse-worker.ts) with the heap limit. */
function startChild(memoryMb: number, lexicon: ParserLexicon): Child {
  const proc = fork(fileURLToPath(new URL('./parse-worker-boot.mjs', import.meta.url)), [], {
    execArgv: [`--max-old-space-size=${Math.floor(memoryMb * HEAP_SHARE)}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Between files nobody listens for the child's errors; without a listener one would crash the server.
  proc.on('error', () => {});
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the parse process did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const onMessage = (m: ParseReady): void => {
      if (m.ready) done();
    };
    const onExit = (code: number | null, signal: string | null): void => done(new Error(`the parse process exited (${signal ?? code}) while starting`));
    const done = (e?: Error): void => {
      clearTimeout(timer);
      proc.off('message', onMessage).off('exit', onExit);
      if (!e) return resolve();
      proc.kill('SIGKILL');
      reject(e);
    };
    proc.on('message', onMessage).on('exit', onExit);
  });
  const { aliases, places } = lexicon;
  const init: ParseMessage = { type: 'init', aliases: { groups: [...aliases.groups], expansions: aliases.expansions }, places: { places: [...places.places] } };
  proc.send(init);
  return { proc, ready };
}

/** What the parse process reads with: the aliases of duties and the gazetteer of places. */
export type ParserLexicon = Pick<Lexicon, 'aliases' | 'places'>;

/** A parser reading duties and places with the lexicon, with the given limits (defaults for the rest); call `close` when done. */
export function createDocumentParser(lexicon: ParserLexicon, limits: Partial<ParseLimits> = {}): DocumentParser {
  const l: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...limits };
  let child: Child | undefined;
  let nextId = 1;
  // One file at a time: a file's limits are its own, so a second one waits instead of sharing the process.
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async (): Promise<void> => {
    const c = child;
    child = undefined;
    if (!c || c.proc.exitCode !== null || c.proc.signalCode !== null) return;
    const exited = new Promise((resolve) => c.proc.once('exit', resolve));
    c.proc.kill('SIGKILL');
    await exited;
  };

  async function parseOne(bytes: Uint8Array, file: string, opts: { docId?: string; signal?: AbortSignal }): Promise<ParsedFile> {
    const c = (child ??= startChild(l.memoryMb, lexicon));
    await c.ready.catch((e: unknown) => {
      if (child === c) child = undefined;
      throw e;
    });
    if (opts.signal?.aborted) throw new AppError('ABORTED', 'the request was cancelled', { cause: opts.signal.reason });
    try {
      return await watch(c.proc, nextId++, bytes, file, opts, l);
    } finally {
      const dead = c.proc.killed || c.proc.exitCode !== null || c.proc.signalCode !== null;
      // A process that kept much of what a big file took is replaced, so the next file has the whole allowance.
      const swollen = !dead && c.proc.pid !== undefined && ((await residentBytes(c.proc.pid)) ?? 0) > (l.memoryMb * MIB) / 2;
      if (child === c && (dead || swollen)) await stop();
    }
  }

  return {
    parse(bytes, file, opts = {}) {
      const run = (): Promise<ParsedFile> => parseOne(bytes, file, opts);
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
    close: stop,
  };
}

/** Sends one file to the parse process and waits for its answer, the time limit, the memory limit or the signal. */
function watch(proc: ChildProcess, id: number, bytes: Uint8Array, file: string, opts: { docId?: string; signal?: AbortSignal }, l: ParseLimits): Promise<ParsedFile> {
  return new Promise<ParsedFile>((resolve, reject) => {
    const timer = setTimeout(() => fail(new AppError('INGEST_TIMEOUT', `${file} took longer than ${l.timeoutMs / 1000} s to read and was stopped; split it into smaller files, or raise PARSE_TIMEOUT_MS`)), l.timeoutMs);
    let sampling = false;
    const sampler = setInterval(() => {
      if (sampling || proc.pid === undefined) return;
      sampling = true;
      void residentBytes(proc.pid).then((rss) => {
        sampling = false;
        if (rss !== undefined && rss > l.memoryMb * MIB) fail(memoryError(file, l));
      });
    }, MEMORY_SAMPLE_MS);
    const onAbort = (): void => fail(new AppError('ABORTED', 'the request was cancelled', { cause: opts.signal?.reason }));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const cleanup = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      clearInterval(sampler);
      opts.signal?.removeEventListener('abort', onAbort);
      proc.off('message', onMessage).off('exit', onExit);
      return true;
    };
    // A file stopped half-way leaves the process in an unknown state (mid-parse, near its heap limit): it is killed.
    const fail = (e: Error): void => {
      if (!cleanup()) return;
      proc.kill('SIGKILL');
      reject(e);
    };
    const onMessage = (reply: ParseReply): void => {
      if (reply.id !== id || !cleanup()) return;
      if (reply.ok) resolve({ doc: reply.doc, duties: reply.duties });
      else if (reply.error.code !== undefined) reject(new AppError(reply.error.code, reply.error.message, { statusCode: reply.error.statusCode }));
      else reject(new Error(`parsing ${file} failed in the parse process: ${reply.error.message}`));
    };
    // V8 aborts the process when the heap limit is reached: that is this file's memory too.
    const onExit = (code: number | null, signal: string | null): void =>
      fail(signal === 'SIGABRT' || code === 134 ? memoryError(file, l) : new AppError('INGEST_CORRUPT', `the reader crashed on ${file} (${signal ?? `exit code ${code}`}); open it and save it again`));
    proc.on('message', onMessage).on('exit', onExit);
    const request: ParseMessage = { type: 'parse', id, bytes, file, ...(opts.docId ? { docId: opts.docId } : {}), read: { maxBytes: l.maxBytes, maxPages: l.maxPages, maxUnpackedBytes: l.maxUnpackedBytes } };
    proc.send(request);
  });
}

function mb(n: number): string {
  return `${Math.round(n / MIB)} MB`;
}

function memoryError(file: string, l: ParseLimits): AppError {
  return new AppError(
    'INGEST_TOO_LARGE_UNPACKED',
    `reading ${file} needed more than ${mb(l.memoryMb * MIB)} of memory (it unpacks to far more than its size, as a compressed bomb does) and was stopped; split it or save it again, or raise PARSE_MEMORY_MB`,
  );
}
