/**
 * The runs of `npm run load` (evals/load.ts): each sends its load to a server on 127.0.0.1 and returns
 * one row of the report (requests, req/s, latency, errors, 5xx).
 */
import { request } from 'node:http';
import autocannon from 'autocannon';
import WebSocket from 'ws';

export const QUESTIONS = ['城市安全风险信息平台归哪个处管？', '舞钢产业区一年要组织几次综合应急演练？', '民爆企业判重大事故隐患，依据的是哪个标准？', '我们是文登的民爆销售公司，要遵守哪些规定？'];

export interface Row {
  run: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  s5xx: number;
  health: number;
}

export async function askRun(url: string, connections: number, seconds: number): Promise<Omit<Row, 'health'>> {
  const result = await autocannon({
    url: `${url}/api/ask`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: QUESTIONS.map((q) => ({ method: 'POST' as const, body: JSON.stringify({ question: q }) })),
  });
  return { run: `POST /api/ask, concurrency ${connections}, ${seconds} s`, requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, s5xx: result['5xx'] };
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `clients` sockets at once, each asking `perClient` questions one after another. */
export async function socketRun(url: string, clients: number, perClient: number): Promise<Omit<Row, 'health'>> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, (_, c) =>
      new Promise<void>((resolve) => {
        const socket = new WebSocket(`${url.replace('http', 'ws')}/ws/chat`);
        let n = 0;
        let t = 0;
        const next = () => {
          if (n === perClient) return socket.close();
          t = performance.now();
          socket.send(JSON.stringify({ type: 'ask', id: `${c}-${n}`, question: QUESTIONS[(c + n) % QUESTIONS.length] }));
          n++;
        };
        socket.on('open', next);
        socket.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { type: string };
          if (frame.type === 'answer-end') latencies.push(performance.now() - t);
          if (frame.type === 'error') errors++;
          if (frame.type === 'answer-end' || frame.type === 'error') next();
        });
        socket.on('error', () => {
          errors++;
          resolve();
        });
        socket.on('close', () => resolve());
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { run: `WS /ws/chat, ${clients} clients × ${perClient} questions`, requests: latencies.length, rps: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: clients * perClient - latencies.length, non2xx: errors, s5xx: 0 };
}

interface Hostile {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

function hostileCases(port: number, token: string): Hostile[] {
  const json = { 'content-type': 'application/json' };
  const ask = (body: string): Hostile => ({ name: '', method: 'POST', path: '/api/ask', headers: json, body });
  return [
    { ...ask(JSON.stringify({ question: '问', filters: { industry: 'x'.repeat(70_000) } })), name: '70 KB body' },
    { ...ask('{"question":'), name: 'broken JSON' },
    { ...ask(''), name: 'empty body' },
    { ...ask('{"question":123}'), name: 'question a number' },
    { ...ask('true'), name: 'body true' },
    { ...ask('["a"]'), name: 'body an array' },
    { ...ask('{"question":"\\u0000\\u0000"}'), name: 'NUL question' },
    { ...ask('{"question":"   "}'), name: 'blank question' },
    { ...ask(JSON.stringify({ question: '安'.repeat(2001) })), name: '2,001-character question' },
    { ...ask(JSON.stringify({ question: '问', filters: { docIds: 5 } })), name: 'docIds a number' },
    { ...ask(JSON.stringify({ question: '问', filters: { docIds: Array.from({ length: 51 }, (_, i) => `d${i}`) } })), name: '51 docIds' },
    { ...ask(JSON.stringify({ question: '问', history: Array.from({ length: 21 }, () => ({ role: 'user', content: '问' })) })), name: '21 history turns' },
    { ...ask('{"question":"问","__proto__":{"x":1},"constructor":{"prototype":{"x":1}}}'), name: 'prototype keys' },
    { name: 'XML body', method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/xml' }, body: '<q/>' },
    { name: 'checklist request a number', method: 'POST', path: '/api/checklists', headers: json, body: '{"request":5}' },
    { name: 'unknown route', path: '/nope' },
    { name: 'DELETE /api/ask', method: 'DELETE', path: '/api/ask' },
    { name: 'OPTIONS preflight', method: 'OPTIONS', path: '/api/ask', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } },
    { name: '%ZZ in the path', path: '/api/clauses/%ZZ' },
    { name: '10 KB id', path: `/api/clauses/${'a'.repeat(10_000)}` },
    { name: '../ in an asset path', path: '/assets/..%2F..%2Fpackage.json' },
    { name: 'checklist id ../', path: '/api/checklists/..%2F..%2Fx.md' },
    { name: 'rebinding Host', path: '/health', headers: { host: `evil.example:${port}` } },
    { name: 'upload without Bearer', method: 'POST', path: '/api/documents?name=a.txt', headers: { 'content-type': 'application/octet-stream', authorization: token }, body: 'x' },
    { name: 'upload with a wrong token', method: 'POST', path: '/api/documents?name=a.txt', headers: { 'content-type': 'application/octet-stream', authorization: 'Bearer nope-nope-nope' }, body: 'x' },
    { name: 'duties limit 999999', path: '/api/duties?limit=999999' },
    { name: 'search k=abc', path: '/api/search?q=x&k=abc' },
    { name: 'plain GET on the socket', path: '/ws/chat' },
  ];
}

function send(port: number, c: Hostile): Promise<number> {
  return new Promise((resolve) => {
    const r = request({ host: '127.0.0.1', port, method: c.method ?? 'GET', path: c.path, headers: c.headers, setHost: c.headers?.host === undefined, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    r.on('error', () => resolve(-1));
    r.end(c.body);
  });
}

/** Every case `times` times, 10 at once; socket frames that are malformed, too long or from another origin. */
export async function hostileRun(url: string, port: number, times: number, token: string): Promise<{ row: Omit<Row, 'health'>; statuses: Array<[string, string]> }> {
  const cases = hostileCases(port, token);
  const statuses = new Map<string, Map<number, number>>();
  const latencies: number[] = [];
  const started = performance.now();
  const queue = cases.flatMap((c) => Array.from({ length: times }, () => c));
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const t = performance.now();
        const status = await send(port, c);
        latencies.push(performance.now() - t);
        const counts = statuses.get(c.name) ?? new Map<number, number>();
        counts.set(status, (counts.get(status) ?? 0) + 1);
        statuses.set(c.name, counts);
      }
    }),
  );
  let frames = 0;
  let frameErrors = 0;
  for (let i = 0; i < times; i++) {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/ws/chat`);
    await new Promise<void>((resolve) => socket.on('open', () => resolve()));
    const bad = ['not json', '{"type":"ask","id":"1","question":123}', JSON.stringify({ type: 'ask', id: '2', question: '安'.repeat(2001) }), '{"type":"ask","id":"3","question":"\\u0000"}', '{"type":"nope"}', JSON.stringify({ type: 'ask', id: '4', question: '问', filters: { region: 'x'.repeat(101) } })];
    await new Promise<void>((resolve) => {
      socket.on('message', (d) => {
        frames++;
        if ((JSON.parse(String(d)) as { type: string }).type === 'error') frameErrors++;
        if (frames % bad.length === 0) resolve();
      });
      for (const b of bad) socket.send(b);
    });
    socket.close();
  }
  const refused = await new Promise<number>((resolve) => {
    const s = new WebSocket(`${url.replace('http', 'ws')}/ws/chat`, { headers: { origin: 'http://evil.example' } });
    s.on('unexpected-response', (req, res) => {
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    s.on('open', () => {
      s.close();
      resolve(101);
    });
  });
  const all = [...statuses.values()].flatMap((m) => [...m.entries()]);
  const count = (pred: (s: number) => boolean) => all.filter(([s]) => pred(s)).reduce((n, [, k]) => n + k, 0);
  const sorted = latencies.sort((a, b) => a - b);
  const rows: Array<[string, string]> = [...statuses.entries()].map(([name, m]) => [name, [...m.entries()].map(([s, k]) => `${s}×${k}`).join(' ')]);
  rows.push([`socket: ${frames} replies to malformed frames`, `${frameErrors} error frames, socket stayed open`], ['socket from http://evil.example', String(refused)]);
  return {
    row: { run: `hostile: ${cases.length} kinds × ${times}, 10 at once, + socket frames`, requests: latencies.length, rps: latencies.length / ((performance.now() - started) / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: count((s) => s < 0), non2xx: count((s) => s >= 300), s5xx: count((s) => s >= 500) },
    statuses: rows,
  };
}

export async function xlsxRun(url: string): Promise<Omit<Row, 'health'>> {
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: 5 }, async () => {
    const t = performance.now();
    const r = await fetch(`${url}/api/duties?format=xlsx`);
    await r.arrayBuffer();
    return { status: r.status, ms: performance.now() - t };
  }));
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  return { run: 'five XLSX duty exports at once', requests: 5, rps: 5 / ((performance.now() - started) / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: 0, non2xx: results.filter((r) => r.status !== 200).length, s5xx: results.filter((r) => r.status >= 500).length };
}

/** One question with a 2,000-character ASCII run: the tokenizer's long-word cost (issue 13, defect 3). */
export async function longWordRun(url: string): Promise<Omit<Row, 'health'>> {
  const t = performance.now();
  const r = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: `https://example.org/${'abcdefghij'.repeat(198)}` }), signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
  const ms = performance.now() - t;
  return { run: 'one question with a 2,000-character URL', requests: 1, rps: 1000 / ms, p50: ms, p99: ms, errors: r ? 0 : 1, non2xx: r && r.status !== 200 ? 1 : 0, s5xx: r && r.status >= 500 ? 1 : 0 };
}

/**
 * One upload of a 20,000-article regulation (about 2.9 MB of text, 20,000 more clauses): the server rebuilds the
 * knowledge base while it keeps serving. Last of the runs, since it changes the knowledge base.
 */
export async function rebuildRun(url: string, token: string, articles = 20_000): Promise<Omit<Row, 'health'>> {
  const text = ['# 大型测试细则', ...Array.from({ length: articles }, (_, i) => `第${i + 1}条 生产经营单位应当每月组织第${i + 1}类设备的安全检查，发现隐患及时整改，检查记录保存不少于${(i % 5) + 1}年。`)].join('\n\n');
  const t = performance.now();
  const r = await fetch(`${url}/api/documents?name=${encodeURIComponent('大型测试细则.md')}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` }, body: text, signal: AbortSignal.timeout(300_000) }).catch(() => undefined);
  const ms = performance.now() - t;
  return { run: `upload of a ${articles.toLocaleString('en')}-article regulation (rebuild)`, requests: 1, rps: 1000 / ms, p50: ms, p99: ms, errors: r ? 0 : 1, non2xx: r && r.status !== 200 ? 1 : 0, s5xx: r && r.status >= 500 ? 1 : 0 };
}
