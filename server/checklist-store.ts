/**
 * Drafted checklists, one JSON file each under <ANZHI_DATA_DIR>/checklists/<id>.json, so export links keep
 * working after a restart and no client's drafts push out another's. The store is bounded by age: files
 * older than CHECKLIST_MAX_AGE_DAYS are deleted when the server starts (with the rate limit on drafting,
 * that bounds the disk it takes).
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { Value } from 'typebox/value';
import { AppError } from '../core/errors.js';
import { ChecklistSchema, type Checklist } from '../core/schemas.js';

// a1b2c3d4e5: the 10 hex digits draftChecklist gives every checklist; nothing else reaches the file system.
const ID = /^[0-9a-f]{10}$/u;

export interface ChecklistStore {
  /** The checklist, or undefined when the id is unknown, expired or not an id at all. */
  get(id: string): Promise<Checklist | undefined>;
  /** Keeps it (replacing an earlier version); readable at once, on disk shortly after. */
  put(checklist: Checklist): void;
  /** Resolves when every put so far is on disk. */
  flushed(): Promise<void>;
}

async function prune(dir: string, maxAgeDays: number, log: FastifyBaseLogger): Promise<void> {
  const oldest = Date.now() - maxAgeDays * 24 * 3600 * 1000;
  let dropped = 0;
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    // .<id>.json.<n>.tmp: a write a crash interrupted
    const leftover = name.startsWith('.') && name.endsWith('.tmp');
    const expired = !leftover && (await stat(file).then((s) => s.mtimeMs < oldest, () => false));
    if (leftover || expired) {
      await unlink(file).catch(() => undefined);
      dropped++;
    }
  }
  if (dropped > 0) log.info({ dropped, maxAgeDays }, 'old checklist drafts removed');
}

/** Opens (creates) the folder and removes expired drafts and interrupted writes. */
export async function openChecklistStore(dir: string, maxAgeDays: number, log: FastifyBaseLogger): Promise<ChecklistStore> {
  await mkdir(dir, { recursive: true });
  await prune(dir, maxAgeDays, log);
  // Written but maybe not yet renamed into place; and one write chain per id, so versions land in order.
  const pending = new Map<string, Checklist>();
  const writes = new Map<string, Promise<void>>();
  let seq = 0;
  const fileOf = (id: string): string => join(dir, `${id}.json`);

  async function write(checklist: Checklist): Promise<void> {
    const temp = join(dir, `.${checklist.id}.json.${process.pid}-${seq++}.tmp`);
    try {
      await writeFile(temp, JSON.stringify(checklist));
      await rename(temp, fileOf(checklist.id));
    } catch (err) {
      log.error({ err, id: checklist.id }, 'checklist not saved');
      await unlink(temp).catch(() => undefined);
    } finally {
      if (pending.get(checklist.id) === checklist) pending.delete(checklist.id);
    }
  }

  return {
    async get(id) {
      if (!ID.test(id)) return undefined;
      const waiting = pending.get(id);
      if (waiting) return waiting;
      const text = await readFile(fileOf(id), 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!Value.Check(ChecklistSchema, parsed)) {
        log.warn({ id }, 'checklist file is not a checklist; ignored');
        return undefined;
      }
      return parsed;
    },
    put(checklist) {
      if (!ID.test(checklist.id)) throw new AppError('INTERNAL', `checklist id ${JSON.stringify(checklist.id)} is not 10 hex digits`);
      pending.set(checklist.id, checklist);
      const before = writes.get(checklist.id) ?? Promise.resolve();
      const next = before.then(() => write(checklist));
      writes.set(checklist.id, next);
      void next.then(() => {
        if (writes.get(checklist.id) === next) writes.delete(checklist.id);
      });
    },
    async flushed() {
      await Promise.all(writes.values());
    },
  };
}
