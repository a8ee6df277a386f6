import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../core/schemas.js';
import { startServer, type Running } from '../__fixtures__/start-server.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(server.url + path, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, json: (await res.json()) as T };
}

describe('PUT /api/checklists/:id', () => {
  it('keeps and reorders items (never adds), renumbers them, and the exports follow', async () => {
    const { json: drafted } = await call<Checklist>('POST', '/api/checklists', { request: '给文登的民爆企业出一份检查清单' });
    expect(drafted.items.length).toBeGreaterThan(2);
    const [a, b, c] = drafted.items;
    const { status, json: edited } = await call<Checklist>('PUT', `/api/checklists/${drafted.id}`, { keep: [c!.n, a!.n] });
    expect(status).toBe(200);
    expect(edited.items.map((i) => [i.n, i.content])).toEqual([[1, c!.content], [2, a!.content]]);
    const md = await (await fetch(`${server.url}/api/checklists/${drafted.id}.md`)).text();
    expect(md).toContain(c!.content);
    expect(md).not.toContain(b!.content);
  });

  it('refuses an item the checklist does not have', async () => {
    const { json: drafted } = await call<Checklist>('POST', '/api/checklists', { request: '给文登的民爆企业出一份检查清单' });
    const { status, json } = await call<{ error: { code: string; message: string } }>('PUT', `/api/checklists/${drafted.id}`, { keep: [1, 999] });
    expect(status).toBe(400);
    expect(json.error).toEqual({ code: 'BAD_REQUEST', message: `items 999 are not in checklist ${drafted.id} (or are listed twice); send the n of items it has, each once` });
  });
});
