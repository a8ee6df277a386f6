/** The web page and its assets, from server/public (no CDN: everything the page needs is served here). */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { AppError } from '../../core/errors.js';
import type { App } from '../app.js';

const PUBLIC = join(import.meta.dirname, '..', 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

async function serve(file: string): Promise<{ body: Buffer; type: string }> {
  const path = normalize(join(PUBLIC, file));
  const type = TYPES[extname(path)];
  if (!path.startsWith(PUBLIC) || !type) throw new AppError('NOT_FOUND', `no page asset ${file}`);
  try {
    return { body: await readFile(path), type };
  } catch (cause) {
    throw new AppError('NOT_FOUND', `no page asset ${file}`, { cause });
  }
}

export function pageRoutes(app: App): void {
  app.get('/', async (_request, reply) => {
    const { body, type } = await serve('index.html');
    return reply.header('content-type', type).header('cache-control', 'no-cache').send(body);
  });
  app.get('/assets/*', async (request, reply) => {
    const { body, type } = await serve((request.params as { '*': string })['*']);
    return reply.header('content-type', type).header('cache-control', 'no-cache').send(body);
  });
}
