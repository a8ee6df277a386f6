import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makePdf } from '../ingest/__fixtures__/make-fixtures.js';
import { startServer, type Running } from './__fixtures__/start-server.js';

const TOKEN = 'test-admin-token-123';
let server: Running;

beforeAll(async () => {
  server = await startServer({ ADMIN_TOKEN: TOKEN, MAX_UPLOAD_MB: '1' });
});
afterAll(async () => {
  await server.close();
});

function upload(name: string, body: Uint8Array | string, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${server.url}/api/documents?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body });
}

async function documents(): Promise<number> {
  return ((await (await fetch(`${server.url}/health`)).json()) as { documents: number }).documents;
}

describe('uploads', () => {
  it('refuses without the token and says what to do', async () => {
    const res = await upload('a.txt', '一、测试');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'uploading needs the administrator token: send Authorization: Bearer <ADMIN_TOKEN>' } });
  });

  it('a corrupt PDF is refused with its code and the knowledge base is untouched', async () => {
    const before = await documents();
    const res = await upload('坏文件.pdf', '%PDF-1.7 this is not a pdf', TOKEN);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INGEST_CORRUPT');
    expect(body.error.message).toContain('坏文件.pdf');
    expect(await documents()).toBe(before);
    expect(await readdir(join(server.dataDir, 'uploads'))).toEqual([]);
  });

  it('a file over the limit is refused before it is read', async () => {
    const res = await upload('big.txt', '安'.repeat(400_000), TOKEN);
    expect(res.status).toBe(413);
  });

  it('a new PDF becomes searchable right after the upload', async () => {
    const before = await documents();
    const pdf = await makePdf([['文登区储能电站安全管理通知', '一、储能电站运营单位每周至少开展1次消防设施检查。']]);
    const res = await upload('储能通知.pdf', pdf, TOKEN);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ documents: before + 1, failures: [] });
    const ask = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '储能电站多久检查一次消防设施？' }) });
    const answer = (await ask.json()) as { supported: boolean; answer: string; citations: Array<{ file: string }> };
    expect(answer.supported).toBe(true);
    expect(answer.answer).toContain('每周至少开展1次消防设施检查');
    expect(answer.citations[0]!.file).toBe('储能通知.pdf');
  });
});
