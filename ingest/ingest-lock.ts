/**
 * One writer at a time: the server's uploads, `npm run ingest` and every CLI that opens the knowledge base take
 * this lock in the data directory first. Two ingests at once used to delete each other's temporary folders and
 * die with a raw ENOENT. The lock is proper-lockfile's (an atomic mkdir, its mtime refreshed while held, taken
 * over once stale, so a killed process cannot block the next one for ever); beside it a small file says who holds
 * it, for the error the next writer gets.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../core/errors.js';

/** The lock folder proper-lockfile makes in the data directory. */
export const LOCK_NAME = 'ingest.lock';
/** Who holds the lock: {pid, host, who, since}. */
const OWNER_NAME = 'ingest.lock-owner.json';
/** A lock whose holder stopped refreshing it this long ago is taken over (its process died). */
export const LOCK_STALE_MS = 20_000;
const LOCK_UPDATE_MS = 5_000;
const RETRY_MS = 250;
/** How long a second writer waits by default (INGEST_LOCK_WAIT_MS): longer than LOCK_STALE_MS, so a dead holder's lock is always taken over. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;

/** The directories this async context already holds the lock of: taking it again inside is a no-op. */
const held = new AsyncLocalStorage<ReadonlySet<string>>();

export interface LockOptions {
  /** How long to wait for another writer; 0 fails at once. */
  waitMs?: number;
  /** What this writer is, for the error another one gets: "npm run ingest", "upload 通知.pdf". */
  who?: string;
}

interface Owner {
  pid: number;
  host: string;
  who: string;
  since: string;
}

async function lockedError(dir: string, waitMs: number, cause: unknown): Promise<AppError> {
  const owner = await readFile(join(dir, OWNER_NAME), 'utf8').then((t) => JSON.parse(t) as Owner, () => undefined);
  const holder = owner ? `${owner.who} (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : 'another process';
  return new AppError(
    'INGEST_LOCKED',
    `the knowledge base in ${dir} is being written by ${holder}; waited ${waitMs / 1000} s. Try again when it has finished; a lock left by a process that died is taken over after ${LOCK_STALE_MS / 1000} s`,
    { cause },
  );
}

/**
 * Runs `fn` holding the ingest lock of `dir` (created if missing). Re-entrant within one async call chain: an
 * upload holds it across moving its file and the rebuild, and the rebuild's own `ingest` does not wait for it.
 * Throws INGEST_LOCKED after `waitMs` when another writer holds it.
 */
export async function withIngestLock<T>(dir: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const key = resolve(dir);
  const mine = held.getStore();
  if (mine?.has(key)) return fn();
  const waitMs = opts.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  await mkdir(key, { recursive: true });
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(key, {
      lockfilePath: join(key, LOCK_NAME),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_UPDATE_MS,
      retries: { retries: Math.ceil(waitMs / RETRY_MS), factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
      // The default throws from a timer, which would crash the server; the writer finds out when it finishes.
      onCompromised: (e) => void (compromised = e),
    });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ELOCKED') throw await lockedError(key, waitMs, cause);
    throw cause;
  }
  const owner: Owner = { pid: process.pid, host: hostname(), who: opts.who ?? basename(process.argv[1] ?? 'node'), since: new Date().toISOString() };
  let result: T;
  try {
    await writeFile(join(key, OWNER_NAME), JSON.stringify(owner));
    result = await held.run(new Set([...(mine ?? []), key]), fn);
  } finally {
    await rm(join(key, OWNER_NAME), { force: true });
    await release().catch(() => undefined);
  }
  if (compromised) {
    throw new AppError('INGEST_LOCKED', `the ingest lock in ${key} was lost while writing (${compromised.message}): another writer may have run at the same time; run npm run ingest again`, { cause: compromised });
  }
  return result;
}
