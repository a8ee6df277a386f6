/**
 * The uploads folder in the data directory: how an uploaded file is stored so that a failed rebuild, or a
 * crash half-way, puts back what was there. Every temporary name is hidden (the ingest walk skips dotfiles)
 * and built from a hash of the user's name, never from the name itself: a 250-byte Chinese name plus
 * `.bak` used to exceed the file system's 255-byte limit and fail with a 500.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';

/** Longest file name most file systems (ext4, APFS, NTFS in UTF-16 aside) accept, in bytes. */
export const MAX_NAME_BYTES = 255;

// 安全生产法.pdf, 通知（2024）.docx — a plain file name, no folders, no NUL.
const PLAIN_NAME = /^[^/\\\0]+$/u;

/** Throws BAD_REQUEST, stating the rule, for a name that cannot be stored as given. */
export function checkUploadName(name: string): void {
  if (!PLAIN_NAME.test(name) || name.startsWith('.') || name === '..') {
    throw new AppError('BAD_REQUEST', `file name ${JSON.stringify(name)} is not allowed; use a plain name such as 通知.pdf (no folders, not starting with a dot)`);
  }
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    throw new AppError('BAD_REQUEST', `file name is ${bytes} bytes in UTF-8, over the ${MAX_NAME_BYTES}-byte limit of the file system (about 85 Chinese characters); shorten it and upload again`);
  }
}

/** The hidden names an upload of `name` uses while it is in flight; their length does not depend on the name's. */
function inFlight(dir: string, name: string): { part: string; backup: string; journal: string } {
  const id = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return { part: join(dir, `.upload-${id}.part`), backup: join(dir, `.upload-${id}.bak`), journal: join(dir, `.upload-${id}.json`) };
}

interface Journal {
  name: string;
  /** Whether a file of that name was there before (and is now the backup). */
  replaced: boolean;
}

const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);

export interface StoredUpload {
  /** The upload stays: the backup of what it replaced is dropped. */
  commit(): Promise<void>;
  /** The upload goes: what was there before is put back. */
  rollback(): Promise<void>;
}

/**
 * Writes `bytes` as `dir/name`, keeping what it replaces until `commit` or `rollback`. A journal written first
 * says what to undo; `recoverUploads` reads it after a crash.
 */
export async function storeUpload(dir: string, name: string, bytes: Uint8Array): Promise<StoredUpload> {
  checkUploadName(name);
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  const f = inFlight(dir, name);
  const journal: Journal = { name, replaced: await exists(target) };
  await writeFile(f.journal, JSON.stringify(journal));
  await writeFile(f.part, bytes);
  if (journal.replaced) await rename(target, f.backup);
  await rename(f.part, target);
  return {
    async commit() {
      // The journal goes first: once it is gone, the upload counts as done even if removing the backup fails.
      await rm(f.journal, { force: true });
      await rm(f.backup, { force: true });
    },
    async rollback() {
      await undo(dir, journal);
    },
  };
}

async function undo(dir: string, journal: Journal): Promise<void> {
  const target = join(dir, journal.name);
  const f = inFlight(dir, journal.name);
  if (await exists(f.backup)) await rename(f.backup, target);
  else if (!journal.replaced) await rm(target, { force: true });
  await rm(f.part, { force: true });
  await rm(f.journal, { force: true });
}

// The old hidden names, from before the hashed ones: `.通知.pdf.bak` and `.通知.pdf.part`.
const LEGACY = /^\.(.+)\.(bak|part)$/u;

/**
 * Puts the uploads folder back as it was before any upload a crash interrupted: every journal is undone (the
 * replaced file restored, a new one removed), and stray `.part` and `.bak` files are removed, or, for a
 * `.NAME.bak` left by the old code with no NAME beside it, renamed back. Returns what it did, for the log.
 */
export async function recoverUploads(dir: string): Promise<string[]> {
  const done: string[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names.filter((x) => /^\.upload-[0-9a-f]{16}\.json$/u.test(x))) {
    const journal = await readFile(join(dir, n), 'utf8').then((t) => JSON.parse(t) as Journal, () => undefined);
    if (journal && typeof journal.name === 'string' && PLAIN_NAME.test(journal.name)) {
      await undo(dir, journal);
      done.push(`undid the interrupted upload of ${journal.name}`);
    }
    await rm(join(dir, n), { force: true });
  }
  for (const n of await readdir(dir).catch(() => [] as string[])) {
    if (/^\.upload-[0-9a-f]{16}\.(part|bak)$/u.test(n)) {
      await rm(join(dir, n), { force: true });
      done.push(`removed ${n}`);
      continue;
    }
    const legacy = LEGACY.exec(n);
    if (!legacy) continue;
    const [, name, kind] = legacy;
    // The old code renamed the previous file to .NAME.bak before writing the new one: an upload that never
    // finished, so the previous file is what the knowledge base should hold.
    if (kind === 'bak') {
      await rename(join(dir, n), join(dir, name!));
      done.push(`restored ${name} from ${n}`);
    } else {
      await rm(join(dir, n), { force: true });
      done.push(`removed ${n}`);
    }
  }
  return done;
}
