import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Answer, ServerFrame } from '../core/schemas.js';
import { norm } from '../core/text/normalize.js';
import { startServer, type Running } from './__fixtures__/start-server.js';

let server: Running;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** The response body, typed by the caller; the server's response schemas already checked its shape. */
async function post<T = Answer>(path: string, body: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as T };
}

async function get<T>(path: string): Promise<{ status: number; json: T }> {
  const res = await fetch(server.url + path);
  return { status: res.status, json: (await res.json()) as T };
}

interface ErrorBody {
  error: { code: string; message: string };
}

/** Opens the chat socket and collects frames until `until` says stop. */
function chat(frames: unknown[], until: (f: ServerFrame[]) => boolean): Promise<{ frames: ServerFrame[]; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.url.replace('http', 'ws') + '/ws/chat');
    const got: ServerFrame[] = [];
    socket.on('open', () => frames.forEach((f) => socket.send(typeof f === 'string' ? f : JSON.stringify(f))));
    socket.on('message', (data) => {
      got.push(JSON.parse(String(data)) as ServerFrame);
      if (until(got)) resolve({ frames: got, socket });
    });
    socket.on('error', reject);
  });
}

describe('REST', () => {
  it('health reports the knowledge base and the offline mode', async () => {
    const { json } = await get<{ clauses: number }>('/health');
    expect(json).toMatchObject({ status: 'ok', documents: 5, mode: 'extractive', embedder: 'hashing-v1-512', uploads: false });
    expect(json.clauses).toBeGreaterThan(100);
  });

  it('answers who leads a task, citing the clause with an exact quote', async () => {
    const { status, json } = await post('/api/ask', { question: '城市安全风险信息平台归哪个处管？' });
    expect(status).toBe(200);
    const answer = json;
    expect(answer.supported).toBe(true);
    expect(answer.mode).toBe('extractive');
    expect(answer.answer).toContain('军民结合推进处、信息化推进处');
    expect(answer.answer).toContain('未区分牵头与配合');
    expect(answer.citations[0]).toMatchObject({ n: 1, file: '004_030a31d8aad843b8.txt', clauseId: '004_030a31d8aad843b8#2.1.1' });
    const clause = (await get<{ clause: { text: string }; before: unknown[] }>(`/api/clauses/${encodeURIComponent(answer.citations[0]!.clauseId)}`)).json;
    expect(clause.clause.text).toContain(answer.citations[0]!.quote);
    expect(clause.before.length).toBeGreaterThan(0);
    expect(answer.retrieved[0]!.clauseId).toBe('004_030a31d8aad843b8#2.1.1');
  });

  it('says plainly when the documents do not answer, and invents nothing', async () => {
    const { json } = await post('/api/ask', { question: '这几份文件对特种作业人员持证上岗有啥具体要求？' });
    expect(json.supported).toBe(false);
    expect(json.answer.startsWith('文件中没有找到关于“特种作业人员、持证上岗”的规定')).toBe(true);
    const amount = (await post('/api/ask', { question: '湖北搬迁改造的危化品企业，每家能拿多少补助资金？' })).json;
    expect(amount.supported).toBe(false);
    expect(norm(amount.answer)).not.toContain('万元');
  });

  it('an enterprise that says what and where it is gets the obligations that bind it, each cited', async () => {
    const { json } = await post('/api/ask', { question: '我们是文登的民爆销售公司，要遵守哪些规定？' });
    expect(json.supported).toBe(true);
    expect(json.intent).toBe('applicability');
    for (const phrase of ['民爆生产销售企业每月至少1次', '民爆生产销售企业每半年至少组织1次', '《民用爆炸物品重大事故隐患判定标准（试行）》']) expect(json.answer).toContain(phrase);
    expect(new Set(json.citations.map((c) => c.file))).toEqual(new Set(['002_c1536b6ac6ba3ddc.txt']));
    expect(json.answer).not.toContain('废弃资源综合利用业');
  });

  it('a follow-up is resolved from the history', async () => {
    const history = [
      { role: 'user', content: '济宁的通知对民爆企业值班有啥要求？' },
      { role: 'assistant', content: '民爆生产、销售企业要坚持24小时安全生产调度值班制度。' },
    ];
    const { json } = await post('/api/ask', { question: '那县里的监管部门在这块要干啥？', history });
    expect(json.supported).toBe(true);
    expect(json.answer).toContain('县级监管部门要进行值班值守和应急防范工作专项检查');
    expect(json.citations[0]!.file).toBe('001_443897da330bd342.txt');
  });

  it('search, documents and duties', async () => {
    const search = (await get<{ hits: unknown[] }>(`/api/search?q=${encodeURIComponent('安全生产法第二十一条')}`)).json;
    expect(search.hits.length).toBeGreaterThan(0);
    const docs = (await get<{ documents: Array<{ id: string }> }>('/api/documents')).json.documents;
    expect(docs.map((d) => d.id)).toContain('004_030a31d8aad843b8');
    const one = (await get<{ document: { docNumber: string }; clauses: object[] }>('/api/documents/004_030a31d8aad843b8')).json;
    expect(one.document.docNumber).toBe('宁工信安委发〔2019〕19号');
    expect(one.clauses[0]).not.toHaveProperty('vector');
    const duties = (await get<{ duties: Array<{ path: string[] }> }>(`/api/duties?unit=${encodeURIComponent('化工处')}`)).json.duties;
    expect(duties.map((d) => d.path.at(-1)?.slice(0, 2))).toEqual(['2.', '2.']);
    const csv = await fetch(`${server.url}/api/duties?format=csv&unit=${encodeURIComponent('化工处')}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // The UTF-8 BOM lets Excel show the Chinese; fetch's text() would hide it, so read bytes.
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('a checklist asked for in chat comes with export links that work', async () => {
    const { json } = await post('/api/ask', { question: '我们是文登的软件和信息技术服务企业，能不能按工信局的文件给我们列个安全检查清单？' });
    expect(json.intent).toBe('checklist');
    expect(json.answer).toContain('用电用火安全管理');
    expect(json.answer).not.toContain('灼烫');
    expect(json.answer).toContain(`/api/checklists/${json.checklistId}.docx`);
    expect(json.answer.split('\n').at(-1)).toBe(`导出：Word /api/checklists/${json.checklistId}.docx ｜ Excel /api/checklists/${json.checklistId}.xlsx`);
    const docx = await fetch(`${server.url}/api/checklists/${json.checklistId}.docx`);
    expect(docx.status).toBe(200);
    expect([...new Uint8Array(await docx.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('bad input gets a code and what to do', async () => {
    expect(await post<ErrorBody>('/api/ask', { q: '?' })).toMatchObject({ status: 400, json: { error: { code: 'BAD_REQUEST' } } });
    expect(await get<ErrorBody>('/api/clauses/nope')).toMatchObject({ status: 404, json: { error: { code: 'NOT_FOUND', message: 'no clause with id "nope"; list them with GET /api/documents' } } });
    const upload = await fetch(`${server.url}/api/documents?name=a.txt`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'x' });
    expect(upload.status).toBe(404);
    expect(((await upload.json()) as ErrorBody).error.code).toBe('NOT_FOUND');
  });
});

describe('WS /ws/chat', () => {
  it('streams start, delta, citation and end frames', async () => {
    const { frames, socket } = await chat([{ type: 'ask', id: 'a1', question: '舞钢产业区一年要组织几次综合应急演练？' }], (f) => f.some((x) => x.type === 'answer-end'));
    socket.close();
    expect(frames.map((f) => f.type)).toEqual(['answer-start', 'answer-delta', 'citation', 'answer-end']);
    const end = frames.at(-1) as Extract<ServerFrame, { type: 'answer-end' }>;
    expect(end.answer.answer).toContain('每年组织2次以上综合应急演练');
    expect(end.answer.citations[0]!.file).toBe('003_f7d37758b1e40b09.txt');
  });

  it('a malformed frame gets an error frame and the socket stays open', async () => {
    const { frames, socket } = await chat(['not json', { type: 'ask', id: '' }, { type: 'ask', id: 'ok', question: '民爆企业判重大事故隐患，依据的是哪个标准？' }], (f) => f.some((x) => x.type === 'answer-end'));
    socket.close();
    expect(frames[0]).toMatchObject({ type: 'error', code: 'BAD_FRAME', message: 'the frame is not JSON; send {"type":"ask","id":"1","question":"…"}' });
    expect(frames[1]).toMatchObject({ type: 'error', code: 'BAD_FRAME' });
    expect((frames.at(-1) as Extract<ServerFrame, { type: 'answer-end' }>).answer.answer).toContain('民用爆炸物品重大事故隐患判定标准');
  });
});
