/**
 * Issue 13, defect 12: every response, Fastify's own errors included, is {error: {code, message}};
 * and the rate limits on asks, checklists and uploads answer in the same shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../core/schemas.js';
import { startServer, type Running } from './__fixtures__/start-server.js';
import { exchange, openSocket, raw } from './__fixtures__/raw-http.js';

let server: Running;
let limited: Running;
const TOKEN = 'rate-limit-token';
beforeAll(async () => {
  [server, limited] = await Promise.all([startServer(), startServer({ RATE_LIMIT_ASK: '3', RATE_LIMIT_CHECKLIST: '2', RATE_LIMIT_UPLOAD: '2', ADMIN_TOKEN: TOKEN })]);
});
afterAll(async () => {
  await Promise.all([server.close(), limited.close()]);
});

describe('one error shape', () => {
  it.each([
    ['an unknown route', { path: '/nope' }, 404, { code: 'NOT_FOUND', message: 'no route GET /nope; the API is listed in the README (GET /health, POST /api/ask, …)' }],
    ['an unknown API route', { method: 'POST', path: '/api/nope' }, 404, { code: 'NOT_FOUND', message: 'no route POST /api/nope; the API is listed in the README (GET /health, POST /api/ask, …)' }],
    ['a known path with another method', { method: 'DELETE', path: '/api/ask' }, 405, { code: 'METHOD_NOT_ALLOWED', message: 'DELETE is not allowed on /api/ask; use POST' }],
    ['OPTIONS (there is no CORS)', { method: 'OPTIONS', path: '/api/ask', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } }, 405, { code: 'METHOD_NOT_ALLOWED', message: 'OPTIONS is not allowed on /api/ask; use POST' }],
    ['%ZZ in the path', { path: '/api/clauses/%ZZ' }, 400, { code: 'BAD_REQUEST', message: 'the path is not valid percent-encoding; encode a literal % as %25' }],
    ['a 10 KB id', { path: `/api/clauses/${'a'.repeat(10_000)}` }, 414, { code: 'URI_TOO_LONG', message: 'a path segment is longer than 500 characters; no id is that long — list them with GET /api/documents' }],
    ['a body that is not JSON', { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: '{"question":' }, 400, { code: 'BAD_REQUEST' }],
    ['an empty JSON body', { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: '' }, 400, { code: 'BAD_REQUEST' }],
    ['a content type no route reads', { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/xml' }, body: '<q/>' }, 415, { code: 'UNSUPPORTED_MEDIA_TYPE' }],
    ['a plain GET on the socket route', { path: '/ws/chat' }, 426, { code: 'BAD_REQUEST', message: 'this is the chat socket: open it with a WebSocket client (new WebSocket("ws://…/ws/chat"))' }],
  ])('%s', async (_what, req, status, error) => {
    const res = await raw(server.url, req);
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ error });
    expect(Object.keys(res.json as object)).toEqual(['error']);
    expect(Object.keys((res.json as { error: object }).error)).toEqual(['code', 'message']);
  });

  it('405 lists the methods the path has', async () => {
    const res = await raw(server.url, { method: 'PATCH', path: '/api/checklists/0123456789' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, PUT');
  });

  it('a method Node cannot parse is answered in the shape too', async () => {
    const res = await raw(server.url, { method: 'BREW', path: '/' }).catch((e: Error) => ({ status: -1, json: e.message }));
    expect(res).toMatchObject({ status: 400, json: { error: { code: 'BAD_REQUEST', message: 'the request is not valid HTTP/1.1 (unknown method or malformed headers)' } } });
  });
});

describe('rate limits', () => {
  async function ask(): Promise<{ status: number; retryAfter: string | null; json: { error?: { code: string; message: string } } }> {
    const res = await fetch(`${limited.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '民爆企业多久检查一次？' }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), json: (await res.json()) as { error?: { code: string; message: string } } };
  }

  it('asks: the 4th within a minute gets 429 RATE_LIMITED saying when to retry', async () => {
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.json.error?.code).toBe('RATE_LIMITED');
    expect(refused.json.error?.message).toMatch(/^too many requests to \/api\/ask from this address \(at most 3 a minute\); retry in \d+ s$/u);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // The socket shares the budget's size: each of its questions counts.
    const up = await openSocket(limited.url);
    if (!up.open) throw new Error(`upgrade refused with ${up.status}`);
    const frames = await exchange<ServerFrame>(up.socket, [1, 2, 3, 4].map((n) => ({ type: 'ask', id: `q${n}`, question: '民爆企业多久检查一次？' })), (got) => got.filter((f) => f.type === 'answer-end' || f.type === 'error').length === 4);
    up.socket.close();
    const refusedFrame = frames.find((f) => f.type === 'error');
    expect(refusedFrame).toMatchObject({ type: 'error', id: 'q4', code: 'RATE_LIMITED' });
    expect(frames.filter((f) => f.type === 'answer-end')).toHaveLength(3);
  });

  it('checklists: the 3rd draft within a minute is refused', async () => {
    const draft = () => fetch(`${limited.url}/api/checklists`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: '给文登的民爆企业出一份检查清单' }) });
    expect((await draft()).status).toBe(200);
    expect((await draft()).status).toBe(200);
    const third = await draft();
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });

  it('uploads: counted before the token is checked, so guessing tokens is slow too', async () => {
    const up = (token: string) => fetch(`${limited.url}/api/documents?name=a.txt`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` }, body: '一、测试' });
    expect((await up('wrong-token-1')).status).toBe(401);
    expect((await up('wrong-token-2')).status).toBe(401);
    const third = await up(TOKEN);
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });
});
