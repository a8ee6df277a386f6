/**
 * Test helper: a real anzhi server on 127.0.0.1:0 over a temporary data folder. The scripted
 * OpenAI-compatible model server is in fake-model.ts.
 */
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
