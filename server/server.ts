/**
 * npm start: reads the environment, builds the knowledge base from corpus/ when it is missing or stale,
 * and serves on HOST:PORT (default 127.0.0.1:3000) until SIGINT/SIGTERM, then closes gracefully.
 */
import pino from 'pino';
import { loadConfig } from '../core/config.js';
import { isAppError } from '../core/errors.js';
import { buildApp } from './app.js';
import { createService } from './service.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'config.openai.apiKey', 'config.adminToken'] });
  const service = await createService(config, log);
  const app = await buildApp({ service, logger: { level: config.logLevel } });
  const close = async (signal: string) => {
    log.info({ signal }, 'closing');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  const address = await app.listen({ host: config.host, port: config.port });
  log.info({ address, mode: service.chat ? `llm:${service.chat.id}` : 'extractive', embedder: service.embedder.id }, 'anzhi is serving');
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e);
  process.exit(1);
});
