/**
 * Test helper for the browser suite: a real anzhi server on 127.0.0.1:0 over a temporary data folder,
 * reading the shipped corpus in place (uploads go to the temporary folder, never into corpus/).
 */
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../core/config.js';
import { buildApp } from '../app.js';
import { createService } from '../service.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a server; `env` adds configuration such as ADMIN_TOKEN. */
export async function startPageServer(env: Record<string, string> = {}): Promise<PageServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'anzhi-page-'));
  const config = loadConfig({ ANZHI_DATA_DIR: dataDir, ANZHI_CORPUS_DIR: CORPUS, PORT: '0', LOG_LEVEL: 'silent', ...env });
  const service = await createService(config, pino({ level: 'silent' }));
  const app = await buildApp({ service });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface FakeModel {
  /** OPENAI_BASE_URL for the anzhi server. */
  url: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server speaking the OpenAI streaming chat protocol: every answer is `reply`, sent a few
 * characters at a time every `delayMs`, so a browser can watch it arrive and stop it half way.
 */
export async function startFakeModel(reply: string, delayMs: number): Promise<FakeModel> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = (delta: Record<string, string>, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'fake', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      const chars = [...reply];
      for (let i = 0; i < chars.length && !res.destroyed; i += 3) {
        res.write(chunk({ content: chars.slice(i, i + 3).join('') }, null));
        await new Promise((r) => setTimeout(r, delayMs));
      }
      if (!res.destroyed) res.end(chunk({}, 'stop') + 'data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
