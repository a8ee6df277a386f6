import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../__fixtures__/start-server.js';

const EVAL_DOCS = join(import.meta.dirname, '..', '..', 'evals', 'docs');
const FILES = ['../../corpus/laws/消防法(2021-04-29).md', 'regs-versions/河南省消防条例(2010-09-29).md', 'regs-versions/河南省消防条例(2014-04-15).md', 'regs-fire/南阳市居民住宅区消防安全管理条例(2021-11-09).md', 'regs-fire/山东省消防条例(2015-07-24).md'];

interface Listed {
  id: string;
  legalLevel?: string;
  place?: string;
  effective?: string;
  status?: string;
  currentVersion?: string;
}

let server: Running;
beforeAll(async () => {
  server = await startServer({}, Object.fromEntries(FILES.map((f) => [f.replace(/^.*\//u, ''), readFileSync(join(EVAL_DOCS, f), 'utf8')])));
});
afterAll(async () => {
  await server?.close();
});

const list = async (query = ''): Promise<{ status: number; json: { documents: Listed[]; error?: { code: string } } }> => {
  const res = await fetch(`${server.url}/api/documents${query}`);
  return { status: res.status, json: (await res.json()) as { documents: Listed[] } };
};
const pick = ({ id, legalLevel, place, effective, status, currentVersion }: Listed) => ({ id, legalLevel, place, effective, status, currentVersion });

describe('GET /api/documents', () => {
  it('gives each document its level, place, 施行日期 and status', async () => {
    const { json } = await list();
    const byId = new Map(json.documents.map((d) => [d.id, pick(d)]));
    expect(byId.get('消防法-2021-04-29')).toEqual({ id: '消防法-2021-04-29', legalLevel: '法律', place: '全国', effective: '2009-05-01', status: 'current', currentVersion: undefined });
    expect(byId.get('河南省消防条例-2010-09-29')).toEqual({ id: '河南省消防条例-2010-09-29', legalLevel: '地方性法规', place: '河南省', effective: undefined, status: 'earlier-version', currentVersion: '河南省消防条例-2014-04-15' });
    expect(byId.get('002_c1536b6ac6ba3ddc')).toMatchObject({ legalLevel: '工作文件', place: '威海市文登区' });
  });

  const HENAN = ['003_f7d37758b1e40b09', '南阳市居民住宅区消防安全管理条例-2021-11-09', '河南省消防条例-2010-09-29', '河南省消防条例-2014-04-15'];
  it.each<[Record<string, string>, string[] | null]>([
    // 舞钢市 (corpus 003) lies in 平顶山市, 河南省
    [{ place: '河南省' }, HENAN],
    [{ place: '河南' }, HENAN],
    [{ place: '南阳市' }, ['南阳市居民住宅区消防安全管理条例-2021-11-09']],
    // 全国 contains every place: the whole list
    [{ place: '全国' }, null],
    [{ level: '法律' }, ['消防法-2021-04-29']],
    [{ status: 'earlier-version' }, ['河南省消防条例-2010-09-29']],
    [{ level: '地方性法规', place: '山东省' }, ['山东省消防条例-2015-07-24']],
    [{ place: '没有的地方' }, []],
  ])('%j lists %j', async (filter, ids) => {
    const { status, json } = await list(`?${new URLSearchParams(filter)}`);
    expect(status).toBe(200);
    const all = (await list()).json.documents.map((d) => d.id);
    expect(json.documents.map((d) => d.id).sort()).toEqual((ids ?? all).slice().sort());
  });

  it.each<Record<string, string>>([{ level: '草案' }, { status: 'old' }, { place: '' }])('%j is a bad request', async (filter) => {
    const { status, json } = await list(`?${new URLSearchParams(filter)}`);
    expect(status).toBe(400);
    expect(json.error?.code).toBe('BAD_REQUEST');
  });
});
