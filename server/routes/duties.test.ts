/**
 * Issue 13, defects 13 and 15 on a real server: the duty list is paged, exports are bounded, five XLSX
 * exports at once leave /health answering, and a file name that is a formula stays text in the CSV.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../__fixtures__/start-server.js';

/** A notice with `n` numbered tasks, each assigned to two offices: n duties. */
function bigNotice(n: number): string {
  const lines = ['关于印发安全生产工作方案的通知', '', '一、主要任务', ''];
  for (let i = 1; i <= n; i++) lines.push(`${i}.组织开展第${i}批企业安全生产检查，督促整改隐患。（责任处室：化工处、安全生产处）`, '');
  return lines.join('\n');
}

const HOSTILE_FILE = '=HYPERLINK("http：evil")';
let server: Running;
let total: number;
beforeAll(async () => {
  server = await startServer({ DUTY_EXPORT_MAX_ROWS: '4500' }, { '009_big.txt': bigNotice(4500), [`${HOSTILE_FILE}.txt`]: '关于加强值班的通知\n\n一、工作要求\n\n1.做好节日值班工作。（责任处室：值班室）\n' });
  total = ((await (await fetch(`${server.url}/health`)).json()) as { duties: number }).duties;
});
afterAll(async () => {
  await server.close();
});

interface Page {
  duties: Array<{ id: string }>;
  total: number;
  offset: number;
  limit: number;
}

async function page(query: string): Promise<{ status: number; json: Page & { error?: { code: string; message: string } } }> {
  const res = await fetch(`${server.url}/api/duties?${query}`);
  return { status: res.status, json: (await res.json()) as Page & { error?: { code: string; message: string } } };
}

describe('GET /api/duties', () => {
  it('pages: 500 by default, with the total', async () => {
    const first = await page('');
    expect(first.status).toBe(200);
    expect(total).toBeGreaterThan(4500);
    expect({ ...first.json, duties: first.json.duties.length }).toEqual({ duties: 500, total, offset: 0, limit: 500 });
    const next = await page('offset=500&limit=2');
    expect(next.json.duties.map((d) => d.id)).toEqual((await page('limit=502')).json.duties.slice(500).map((d) => d.id));
    expect((await page(`offset=${total}`)).json.duties).toEqual([]);
  });

  it.each(['limit=5001', 'limit=0', 'offset=-1', 'limit=ten'])('refuses %s with 400', async (query) => {
    const { status, json } = await page(query);
    expect(status).toBe(400);
    expect(json.error?.code).toBe('BAD_REQUEST');
  });

  it('an export over DUTY_EXPORT_MAX_ROWS is refused with 413 EXPORT_TOO_LARGE and what to do', async () => {
    for (const format of ['csv', 'xlsx']) {
      const { status, json } = await page(`format=${format}`);
      expect(status).toBe(413);
      expect(json.error).toEqual({ code: 'EXPORT_TOO_LARGE', message: `${total} duties match and an export holds at most 4500; narrow it with unit=, doc=, target= or task=` });
    }
    const narrowed = await fetch(`${server.url}/api/duties?format=csv&doc=009_big`);
    expect(narrowed.status).toBe(200);
    // Read to the end: an unread body of this size holds the connection, and closing the server waits for it.
    expect((await narrowed.text()).trim().split('\r\n')).toHaveLength(4500 + 1);
  });

  it('five XLSX exports at once leave /health answering within a second', async () => {
    const doc = (await page('doc=009_big&limit=1')).json.total;
    expect(doc).toBe(4500);
    let slowest = 0;
    let running = true;
    const probe = (async () => {
      while (running) {
        const t = performance.now();
        expect((await fetch(`${server.url}/health`)).status).toBe(200);
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const exports = await Promise.all(Array.from({ length: 5 }, () => fetch(`${server.url}/api/duties?format=xlsx&doc=009_big`).then(async (r) => ({ status: r.status, bytes: Buffer.from(await r.arrayBuffer()) }))));
    running = false;
    await probe;
    expect(exports.map((e) => e.status)).toEqual([200, 200, 200, 200, 200]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exports[0]!.bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.getWorksheet('职责分工')!.rowCount).toBe(doc + 1);
    expect(slowest).toBeLessThan(1000);
  });

  it('a file name that is a formula is written as text in the CSV', async () => {
    const csv = await (await fetch(`${server.url}/api/duties?format=csv&unit=${encodeURIComponent('值班室')}`)).text();
    expect(csv.split('\r\n')[1]!.startsWith(`"'${HOSTILE_FILE.replace(/"/gu, '""')}.txt",`)).toBe(true);
  });
});
