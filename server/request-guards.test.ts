/**
 * Issue 13, defects 6 and 10: the Host header is checked on every request (DNS rebinding), the chat
 * socket's Origin is checked, and the upload token is a strict Bearer token checked before the body is read.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../core/schemas.js';
import { startServer, type Running } from './__fixtures__/start-server.js';
import { exchange, openSocket, raw } from './__fixtures__/raw-http.js';
import { bearerMatches, hostAllowed } from './request-guards.js';

const TOKEN = 'guards-admin-token';
let server: Running;
let port: string;
let closed: Running;
beforeAll(async () => {
  [server, closed] = await Promise.all([startServer({ ADMIN_TOKEN: TOKEN, ALLOWED_ORIGINS: 'https://portal.example.gov', ALLOWED_HOSTS: 'anzhi.example.gov' }), startServer()]);
  port = new URL(server.url).port;
});
afterAll(async () => {
  await Promise.all([server.close(), closed.close()]);
});

describe('Host', () => {
  it.each([
    ['127.0.0.1 with our port', () => `127.0.0.1:${port}`, 200],
    ['localhost with our port', () => `localhost:${port}`, 200],
    ['a name from ALLOWED_HOSTS, no port (behind a proxy)', () => 'anzhi.example.gov', 200],
    ['a rebinding attacker’s name', () => `evil.example:${port}`, 403],
    ['localhost with another port', () => 'localhost:1', 403],
    ['an empty Host', () => '', 403],
  ])('%s', async (_what, host, status) => {
    const res = await raw(server.url, { path: '/health', headers: { host: host() } });
    expect(res.status).toBe(status);
    if (status === 403) expect((res.json as { error: { code: string } }).error.code).toBe('HOST_NOT_ALLOWED');
  });

  it('says what to do', async () => {
    const res = await raw(server.url, { path: '/api/documents', headers: { host: `evil.example:${port}` } });
    expect(res.json).toEqual({ error: { code: 'HOST_NOT_ALLOWED', message: `Host "evil.example:${port}" is not a name of this server; use 127.0.0.1 or ask the administrator to add it to ALLOWED_HOSTS` } });
  });

  it('a socket through a rebound name is refused before the upgrade', async () => {
    const up = await openSocket(server.url, { host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
    expect(up).toMatchObject({ open: false, status: 403, json: { error: { code: 'HOST_NOT_ALLOWED' } } });
  });

  it.each([
    ['[::1]:3000', 3000, true],
    ['LOCALHOST:3000', 3000, true],
    ['localhost', 3000, true],
    ['localhost:3001', 3000, false],
    ['localhost.evil.example:3000', 3000, false],
    ['127.0.0.1:3000@evil', 3000, false],
  ])('hostAllowed(%j) on port %d is %s', (host, localPort, ok) => {
    expect(hostAllowed(host, localPort, ['127.0.0.1', 'localhost', '[::1]'])).toBe(ok);
  });
});

describe('Origin of the chat socket', () => {
  it('a page on another site is refused with 403 ORIGIN_NOT_ALLOWED', async () => {
    const up = await openSocket(server.url, { origin: 'http://evil.example' });
    expect(up).toEqual({
      open: false,
      status: 403,
      json: { error: { code: 'ORIGIN_NOT_ALLOWED', message: 'a page on "http://evil.example" may not open the chat socket; open the page from this server, or ask the administrator to add that origin to ALLOWED_ORIGINS' } },
    });
    expect(await openSocket(server.url, { origin: 'null' })).toMatchObject({ open: false, status: 403 });
  });

  it.each([
    ['the page’s own origin', () => server.url],
    ['an origin in ALLOWED_ORIGINS', () => 'https://portal.example.gov'],
    ['no Origin (not a browser)', () => undefined],
  ])('%s may open it and ask', async (_what, origin) => {
    const o = origin();
    const up = await openSocket(server.url, o ? { origin: o } : {});
    if (!up.open) throw new Error(`refused with ${up.status}`);
    const frames = await exchange<ServerFrame>(up.socket, [{ type: 'ask', id: '1', question: '民爆企业判重大事故隐患，依据的是哪个标准？' }], (got) => got.some((f) => f.type === 'answer-end'));
    up.socket.close();
    expect(frames[0]).toMatchObject({ type: 'answer-start', id: '1' });
  });
});

describe('the upload token', () => {
  const upload = (authorization?: string) =>
    fetch(`${server.url}/api/documents?name=a.txt`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...(authorization ? { authorization } : {}) }, body: 'x' });

  it.each([
    ['the token without Bearer', TOKEN],
    ['Basic', `Basic ${TOKEN}`],
    ['Bearer with two spaces', `Bearer  ${TOKEN}`],
    ['Bearer and a longer token', `Bearer ${TOKEN}x`],
    ['Bearer and a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['Bearer alone', 'Bearer'],
  ])('refuses %s with 401 UNAUTHORIZED', async (_what, header) => {
    const res = await upload(header);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'uploading needs the administrator token: send Authorization: Bearer <ADMIN_TOKEN>' } });
  });

  it('takes Bearer in any case, as RFC 9110 has the scheme', () => {
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN} `, TOKEN)).toBe(false);
  });

  /** Sends the headers of a 19 MB upload and 1 KB of its body, never the rest; resolves with the response if one comes. */
  function partialUpload(base: string, authorization?: string): Promise<{ status: number; json: unknown }> {
    const { hostname, port: p } = new URL(base);
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', 'content-length': 19 * 1024 * 1024 };
      if (authorization) headers.authorization = authorization;
      const req = request({ host: hostname, port: p, method: 'POST', path: '/api/documents?name=big.txt', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        });
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024, 0x41));
      setTimeout(() => reject(new Error('no answer within 5 s: the server waits for the body before checking the token')), 5000).unref();
    });
  }

  it('answers 401 before reading a 19 MB body', async () => {
    expect(await partialUpload(server.url)).toMatchObject({ status: 401, json: { error: { code: 'UNAUTHORIZED' } } });
    expect(await partialUpload(server.url, TOKEN)).toMatchObject({ status: 401, json: { error: { code: 'UNAUTHORIZED' } } });
  });

  it('answers 404 before reading the body when uploads are off', async () => {
    expect(await partialUpload(closed.url, `Bearer ${TOKEN}`)).toMatchObject({ status: 404, json: { error: { code: 'NOT_FOUND' } } });
  });
});
