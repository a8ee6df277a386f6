/**
 * npm run load [-- --seconds 10 --out evals/LOAD.md]
 * A bounded load and soak run against a real server (`npm start` in a child process, on 127.0.0.1 only,
 * over a temporary data folder with the shipped notices and the national laws of evals/docs/laws): POST /api/ask at concurrency 1, 10 and 50 with
 * autocannon; 200 WebSocket clients asking 5 questions each; a mixed hostile run of malformed requests
 * and frames; five XLSX exports at once. A worker thread probes GET /health every 50 ms throughout, on its
 * own event loop, so its times are the server's and not this busy process's. Writes the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import WebSocket from 'ws';

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'load-run-admin-token';
const QUESTIONS = ['城市安全风险信息平台归哪个处管？', '舞钢产业区一年要组织几次综合应急演练？', '民爆企业判重大事故隐患，依据的是哪个标准？', '我们是文登的民爆销售公司，要遵守哪些规定？'];

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, out: { type: 'string', default: join(ROOT, 'evals', 'LOAD.md') } } });
const SECONDS = Math.min(60, Math.max(1, Number(values.seconds)));

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Starts `npm start`'s entry point with limits raised (this measures capacity, not the limiter) and waits for /health. */
async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const env: Record<string, string | undefined> = { ...process.env, HOST: '127.0.0.1', PORT: String(port), ANZHI_DATA_DIR: dataDir, ANZHI_CORPUS_DIR: join(dataDir, 'corpus'), LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN, RATE_LIMIT_ASK: '10000000', RATE_LIMIT_CHECKLIST: '10000000', RATE_LIMIT_UPLOAD: '10000000' };
  delete env.OPENAI_BASE_URL;
  delete env.OPENAI_API_KEY;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'server.ts')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not answer /health within 120 s');
}

/** Probes /health every 50 ms in a worker; `take()` returns the slowest answer (ms) since the last take. */
function healthProbe(url: string): { take(): Promise<number>; stop(): Promise<void> } {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const http = require('node:http');
    let slowest = 0;
    let inFlight = false;
    let asked = false;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // A probe still waiting when the run ends is waited for: it is the slowest one.
    const report = () => { parentPort.postMessage(slowest); slowest = 0; asked = false; };
    function done(t) {
      slowest = Math.max(slowest, performance.now() - t);
      inFlight = false;
      if (asked) report();
      setTimeout(probe, 50);
    }
    function probe() {
      const t = performance.now();
      inFlight = true;
      http.get(workerData.url, { agent, timeout: 30000 }, (res) => { res.resume(); res.on('end', () => done(t)); }).on('error', () => done(t));
    }
    probe();
    parentPort.on('message', () => { asked = true; if (!inFlight) report(); });`;
  const worker = new Worker(code, { eval: true, workerData: { url: `${url}/health` } });
  return {
    take: () => new Promise((resolve) => {
      worker.once('message', (n: number) => resolve(n));
      worker.postMessage('take');
    }),
    stop: async () => void (await worker.terminate()),
  };
}

interface Row {
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

async function askRun(url: string, connections: number): Promise<Omit<Row, 'health'>> {
  const result = await autocannon({
    url: `${url}/api/ask`,
    connections,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: QUESTIONS.map((q) => ({ method: 'POST' as const, body: JSON.stringify({ question: q }) })),
  });
  return { run: `POST /api/ask, concurrency ${connections}, ${SECONDS} s`, requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, s5xx: result['5xx'] };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `clients` sockets at once, each asking `perClient` questions one after another. */
async function socketRun(url: string, clients: number, perClient: number): Promise<Omit<Row, 'health'>> {
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

function hostileCases(port: number): Hostile[] {
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
    { name: 'upload without Bearer', method: 'POST', path: '/api/documents?name=a.txt', headers: { 'content-type': 'application/octet-stream', authorization: TOKEN }, body: 'x' },
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
async function hostileRun(url: string, port: number, times: number): Promise<{ row: Omit<Row, 'health'>; statuses: Array<[string, string]> }> {
  const cases = hostileCases(port);
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

async function xlsxRun(url: string): Promise<Omit<Row, 'health'>> {
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
async function longWordRun(url: string): Promise<Omit<Row, 'health'>> {
  const t = performance.now();
  const r = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: `https://example.org/${'abcdefghij'.repeat(198)}` }), signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
  const ms = performance.now() - t;
  return { run: 'one question with a 2,000-character URL', requests: 1, rps: 1000 / ms, p50: ms, p99: ms, errors: r ? 0 : 1, non2xx: r && r.status !== 200 ? 1 : 0, s5xx: r && r.status >= 500 ? 1 : 0 };
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'anzhi-load-'));
  // The shipped notices and the twelve national laws, as the goal is stated for.
  await cp(join(ROOT, 'corpus'), join(dataDir, 'corpus'), { recursive: true });
  await cp(join(ROOT, 'evals', 'docs', 'laws'), join(dataDir, 'corpus'), { recursive: true, filter: (src) => !src.endsWith('README.md') });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(dataDir, port);
  const health = healthProbe(url);
  const rows: Row[] = [];
  let hostile: Array<[string, string]> = [];
  try {
    const kb = (await (await fetch(`${url}/health`)).json()) as { documents: number; clauses: number; duties: number };
    await health.take();
    const measure = async (run: Promise<Omit<Row, 'health'>>) => {
      const row = { ...(await run), health: await health.take() };
      rows.push(row);
      console.error(`${row.run}: ${f0(row.rps)} req/s, p50 ${f1(row.p50)} ms, p99 ${f1(row.p99)} ms, errors ${row.errors}, 5xx ${row.s5xx}, slowest /health ${f0(row.health)} ms`);
    };
    for (const c of [1, 10, 50]) await measure(askRun(url, c));
    await measure(socketRun(url, 200, 5));
    const h = hostileRun(url, port, 20);
    await measure(h.then((x) => x.row));
    hostile = (await h).statuses;
    await measure(xlsxRun(url));
    await measure(longWordRun(url));
    const memory = await new Promise<string>((resolve) => {
      const ps = spawn('ps', ['-o', 'rss=', '-p', String(server.pid)]);
      let out = '';
      ps.stdout.on('data', (d: Buffer) => (out += d.toString()));
      ps.on('close', () => resolve(`${Math.round(Number(out.trim()) / 1024)} MB`));
    });
    const lines = [
      '# Load and soak run (`npm run load`)',
      '',
      `${new Date().toISOString().slice(0, 10)}; Node ${process.version}; the server (\`server/server.ts\`) in its own process on 127.0.0.1, the load from this one, both on the same machine (2 cores shared with other work). Knowledge base: the shipped notices (\`corpus/\`) and the national laws (\`evals/docs/laws/\`), ${kb.documents} documents, ${kb.clauses} clauses, ${kb.duties} duties; extractive mode. Rate limits raised for the run (it measures capacity, not the limiter; the limiter has its own tests). "Slowest /health" is the longest a GET /health took during that run, probed every 50 ms from a worker thread. Server RSS at the end: ${memory}.`,
      '',
      '| run | requests | req/s | p50 ms | p99 ms | errors | non-2xx | 5xx | slowest /health ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.run} | ${r.requests} | ${f0(r.rps)} | ${f1(r.p50)} | ${f1(r.p99)} | ${r.errors} | ${r.non2xx} | ${r.s5xx} | ${f0(r.health)} |`),
      '',
      'Goals (issue 13): `/api/ask` ≥ 300 req/s at concurrency 10 with p99 < 150 ms; no request makes `/health` wait more than 1 s; 0 5xx in the hostile run.',
      '',
      '## Hostile run: status codes by case',
      '',
      '| case | statuses (status×count) |',
      '|---|---|',
      ...hostile.map(([name, s]) => `| ${name} | ${s} |`),
      '',
    ];
    await writeFile(values.out, lines.join('\n'));
    console.error(`wrote ${values.out}`);
  } finally {
    await health.stop();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
