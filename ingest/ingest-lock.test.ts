import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { withIngestLock } from './ingest-lock.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'corpus', 'notices');
let root: string;
let docs: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'anzhi-lock-'));
  docs = join(root, 'docs');
  dataDir = join(root, 'data');
  await mkdir(docs);
  for (const f of ['000_520195096db562b3.txt', '002_c1536b6ac6ba3ddc.txt', '004_030a31d8aad843b8.txt']) await copyFile(join(CORPUS, f), join(docs, f));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function ingestCli(env: Record<string, string> = {}): Promise<Ran> {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'ingest', 'cli.ts'), docs], { cwd: ROOT, env: { ...process.env, ANZHI_DATA_DIR: dataDir, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('the ingest lock', () => {
  it('two ingests at once: the second waits for the first, neither loses its temporary folder', async () => {
    const [a, b] = await Promise.all([ingestCli(), ingestCli()]);
    expect(a.stderr + b.stderr).not.toMatch(/ENOENT|Error/u);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.stdout, b.stdout].filter((s) => s.includes('knowledge base built: 3 documents'))).toHaveLength(1);
    expect([a.stdout, b.stdout].filter((s) => s.includes('knowledge base unchanged'))).toHaveLength(1);
    expect((await loadKnowledgeBase(join(dataDir, 'kb'))).documents).toHaveLength(3);
    expect(await readdir(dataDir)).toEqual(['kb']);
  });

  it('a writer that cannot wait fails with INGEST_LOCKED, saying who holds the lock', async () => {
    const ran = await withIngestLock(dataDir, () => ingestCli({ INGEST_LOCK_WAIT_MS: '0' }), { who: 'the test holding it' });
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim()).toMatch(
      new RegExp(`^INGEST_LOCKED {2}the knowledge base in ${dataDir} is being written by the test holding it \\(pid ${process.pid} on ${hostname()}, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\); waited 0 s\\. Try again when it has finished; a lock left by a process that died is taken over after 20 s$`, 'u'),
    );
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('is re-entrant within one call chain and released after', async () => {
    const inner = await withIngestLock(dataDir, () => withIngestLock(dataDir, async () => readdir(dataDir), { waitMs: 0 }), { waitMs: 0 });
    expect(inner.sort()).toEqual(['ingest.lock', 'ingest.lock-owner.json']);
    expect(await readdir(dataDir)).toEqual([]);
  });
});
