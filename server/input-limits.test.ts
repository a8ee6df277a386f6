/**
 * Issue 13, defects 2, 3 and 11: bodies, fields and socket frames are bounded, types are never coerced,
 * and a blank question is refused with its own code, over HTTP and over the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../core/schemas.js';
import { startServer, type Running } from './__fixtures__/start-server.js';
import { exchange, openSocket } from './__fixtures__/raw-http.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

interface ErrorBody {
  error: { code: string; message: string };
}

async function post(path: string, body: string, type = 'application/json'): Promise<{ status: number; json: ErrorBody }> {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': type }, body });
  return { status: res.status, json: (await res.json()) as ErrorBody };
}

const Q = '民爆企业判重大事故隐患，依据的是哪个标准？';
const BLANK_MESSAGE = 'the question is blank (only spaces, line breaks or control characters); type a question, e.g. {"question": "民爆企业多久检查一次？"}';

describe('HTTP bodies and fields', () => {
  it('a JSON body over 64 KB is refused before it is parsed, whatever its content type', async () => {
    const big = JSON.stringify({ question: Q, filters: { industry: 'x'.repeat(70 * 1024) } });
    expect(await post('/api/ask', big)).toEqual({ status: 413, json: { error: { code: 'PAYLOAD_TOO_LARGE', message: 'the request body is larger than this route accepts (64 KB); send a shorter question, history or filter' } } });
    expect((await post('/api/ask', big, 'application/octet-stream')).status).toBe(413);
    expect((await post('/api/checklists', JSON.stringify({ request: Q, filters: { region: 'x'.repeat(70 * 1024) } }))).status).toBe(413);
  });

  it.each([
    ['question of 2,001 characters', { question: '安'.repeat(2001) }, '/question'],
    ['industry of 101 characters', { question: Q, filters: { industry: '民'.repeat(101) } }, '/filters/industry'],
    ['region of 101 characters', { question: Q, filters: { region: '文'.repeat(101) } }, '/filters/region'],
    ['51 docIds', { question: Q, filters: { docIds: Array.from({ length: 51 }, (_, i) => `d${i}`) } }, '/filters/docIds'],
    ['a docId of 201 characters', { question: Q, filters: { docIds: ['d'.repeat(201)] } }, '/filters/docIds/0'],
    ['21 history turns', { question: Q, history: Array.from({ length: 21 }, () => ({ role: 'user', content: '问' })) }, '/history'],
    ['a history turn of 4,001 characters', { question: Q, history: [{ role: 'assistant', content: '答'.repeat(4001) }] }, '/history/0/content'],
    ['a number as the question', { question: 123 }, '/question'],
    ['a number as docIds', { question: Q, filters: { docIds: 5 } }, '/filters/docIds'],
    ['a boolean as the body', true, ''],
    ['an array as the body', ['a'], ''],
  ])('/api/ask refuses %s with 400 BAD_REQUEST naming the field', async (_what, body, field) => {
    const { status, json } = await post('/api/ask', JSON.stringify(body));
    expect(status).toBe(400);
    expect(json.error.code).toBe('BAD_REQUEST');
    expect(json.error.message.startsWith(`invalid request: body${field} `)).toBe(true);
  });

  it('/api/checklists refuses a number as the request', async () => {
    const { status, json } = await post('/api/checklists', JSON.stringify({ request: 5 }));
    expect(status).toBe(400);
    expect(json.error.code).toBe('BAD_REQUEST');
    expect(json.error.message.startsWith('invalid request: body/request ')).toBe(true);
  });

  it.each([['   '], ['\u0000\u0000'], ['\u3000\n\t\r'], ['\u200b\ufeff ']])('refuses the blank question %j with QUESTION_BLANK', async (question) => {
    expect(await post('/api/ask', JSON.stringify({ question }))).toEqual({ status: 400, json: { error: { code: 'QUESTION_BLANK', message: BLANK_MESSAGE } } });
    expect(await post('/api/checklists', JSON.stringify({ request: question }))).toEqual({ status: 400, json: { error: { code: 'QUESTION_BLANK', message: BLANK_MESSAGE } } });
  });

  it('a querystring number is still read as a number, and a word is refused', async () => {
    const ok = await fetch(`${server.url}/api/search?q=${encodeURIComponent('应急演练')}&k=2`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { hits: unknown[] }).hits).toHaveLength(2);
    const bad = await fetch(`${server.url}/api/search?q=x&k=two`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe('BAD_REQUEST');
  });
});

describe('socket frames', () => {
  it('an over-long, mistyped or blank question gets an error frame and the socket still answers', async () => {
    const up = await openSocket(server.url);
    if (!up.open) throw new Error(`upgrade refused with ${up.status}`);
    const frames = await exchange<ServerFrame>(
      up.socket,
      [
        { type: 'ask', id: 'long', question: '安'.repeat(2001) },
        { type: 'ask', id: 'num', question: 123 },
        { type: 'ask', id: 'filters', question: Q, filters: { industry: '民'.repeat(101) } },
        { type: 'ask', id: 'blank', question: '\u0000 \u3000' },
        { type: 'ask', id: 'ok', question: Q },
      ],
      (got) => got.some((f) => f.type === 'answer-end'),
    );
    up.socket.close();
    const errors = frames.filter((f) => f.type === 'error');
    expect(errors.map((f) => f.code)).toEqual(['BAD_FRAME', 'BAD_FRAME', 'BAD_FRAME', 'QUESTION_BLANK']);
    expect(errors[0]!.message.startsWith('the frame does not match {type:"ask", id, question, history?, filters?, asOf?} or {type:"cancel", id}: /question ')).toBe(true);
    expect(errors[3]).toEqual({ type: 'error', id: 'blank', code: 'QUESTION_BLANK', message: BLANK_MESSAGE });
    expect((frames.at(-1) as Extract<ServerFrame, { type: 'answer-end' }>).answer.answer).toContain('民用爆炸物品重大事故隐患判定标准');
  });
});
