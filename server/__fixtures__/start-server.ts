/**
 * Test helper: a real anzhi server on 127.0.0.1:0 over a temporary data folder, and a small real
 * OpenAI-compatible HTTP server whose replies the test scripts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../core/config.js';
import { buildApp, type App } from '../app.js';
import { createService, type Service } from '../service.js';

/** The shipped notices: the server tests' knowledge base (the national laws of corpus/laws are tested on their own). */
export const CORPUS = join(import.meta.dirname, '..', '..', 'corpus', 'notices');

export interface Running {
  url: string;
  app: App;
  service: Service;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the server; `corpus` files are copied so a test can add documents without touching corpus/. */
export async function startServer(env: Record<string, string> = {}, extraDocs: Record<string, string> = {}): Promise<Running> {
  const dataDir = await mkdtemp(join(tmpdir(), 'anzhi-test-'));
  const corpusDir = join(dataDir, 'corpus');
  await cp(CORPUS, corpusDir, { recursive: true });
  const { writeFile } = await import('node:fs/promises');
  for (const [name, text] of Object.entries(extraDocs)) await writeFile(join(corpusDir, name), text);
  const config = loadConfig({ ANZHI_DATA_DIR: dataDir, ANZHI_CORPUS_DIR: corpusDir, PORT: '0', ...env });
  const service = await createService(config, pino({ level: 'silent' }));
  const app = await buildApp({ service });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    service,
    dataDir,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content: string }>;
}

export interface FakeModel {
  url: string;
  requests: ChatRequestBody[];
  /** Set how the model answers; gets the request, returns the full reply (streamed in small chunks). */
  reply: (body: ChatRequestBody) => string;
  /** Resolves when a client disconnected in the middle of a stream. */
  aborted: Promise<void>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A real HTTP server speaking the OpenAI chat (SSE streaming) and embeddings protocol. */
export async function startFakeModel(delayMs = 5): Promise<FakeModel> {
  let markAborted: () => void = () => {};
  const aborted = new Promise<void>((resolve) => (markAborted = resolve));
  const fake: FakeModel = { url: '', requests: [], reply: () => '好的。', aborted, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    const raw = JSON.parse(await body(req)) as ChatRequestBody & { input?: string | string[] };
    if (req.url?.endsWith('/embeddings')) {
      const inputs = Array.isArray(raw.input) ? raw.input : [raw.input ?? ''];
      const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: Array.from({ length: 8 }, (_, i) => ((text.charCodeAt(i % Math.max(1, text.length)) || 1) % 97) / 97) }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: raw.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      return;
    }
    fake.requests.push(raw);
    const text = fake.reply(raw);
    if (!raw.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: raw.model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let closed = false;
    res.on('close', () => {
      if (!res.writableEnded) {
        closed = true;
        markAborted();
      }
    });
    const pieces = [...text].reduce<string[]>((acc, ch, i) => (i % 4 === 0 ? [...acc, ch] : [...acc.slice(0, -1), acc.at(-1)! + ch]), []);
    for (const piece of pieces) {
      if (closed) return;
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: raw.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
      await new Promise((r) => setTimeout(r, delayMs));
    }
    res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: raw.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}
