/**
 * Issue 13, defect 16: drafted checklists are files in the data directory. Other clients' drafts never
 * evict one, they survive a restart, and only drafts older than CHECKLIST_MAX_AGE_DAYS are dropped, at start.
 */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../core/schemas.js';
import { startServer, type Running } from '../__fixtures__/start-server.js';

const REQUEST = '给文登的民爆企业出一份检查清单';
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'anzhi-checklists-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function draft(server: Running): Promise<Checklist> {
  const res = await fetch(`${server.url}/api/checklists`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: REQUEST }) });
  expect(res.status).toBe(200);
  return (await res.json()) as Checklist;
}

describe('checklists on disk', () => {
  it('201 drafts by others leave the first one exportable, and it survives a restart', async () => {
    const env = { ANZHI_DATA_DIR: dataDir, RATE_LIMIT_CHECKLIST: '1000' };
    const first = await startServer(env);
    const mine = await draft(first);
    for (let i = 0; i < 201; i++) await draft(first);
    const md = await fetch(`${first.url}/api/checklists/${mine.id}.md`);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain(mine.items[0]!.content);
    const edited = await fetch(`${first.url}/api/checklists/${mine.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ keep: [2, 1] }) });
    expect(edited.status).toBe(200);
    await first.close();
    expect((await readdir(join(dataDir, 'checklists'))).filter((f) => f.endsWith('.json'))).toHaveLength(202);

    const second = await startServer(env);
    const csv = await fetch(`${second.url}/api/checklists/${mine.id}.csv`);
    expect(csv.status).toBe(200);
    // the edit was kept too: item 2 is now first
    expect((await csv.text()).split('\r\n')[1]!.startsWith(`1,${mine.items[1]!.group},`)).toBe(true);
    await second.close();
  });

  it('drops drafts older than CHECKLIST_MAX_AGE_DAYS and leftover temporary files when the server starts', async () => {
    const dir = join(dataDir, 'checklists');
    await mkdir(dir, { recursive: true });
    const old = join(dir, 'a0a0a0a0a0.json');
    await writeFile(old, '{}');
    const past = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    await utimes(old, past, past);
    await writeFile(join(dir, '.b1b1b1b1b1.json.123.tmp'), '{');
    const server = await startServer({ ANZHI_DATA_DIR: dataDir, CHECKLIST_MAX_AGE_DAYS: '7' });
    const left = await readdir(dir);
    await server.close();
    expect(left).not.toContain('a0a0a0a0a0.json');
    expect(left.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(left.length).toBe(202);
  });

  it('an unknown id is 404 with what to do', async () => {
    const server = await startServer({ ANZHI_DATA_DIR: dataDir });
    const res = await fetch(`${server.url}/api/checklists/ffffffffff.docx`);
    await server.close();
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'checklist ffffffffff is not known to this server (drafts are kept for 30 days); draft it again with POST /api/checklists {"request": "…"}' } });
  });
});
