/** The web page and its assets, from server/public (no CDN: everything the page needs is served here). */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { AppError } from '../../core/errors.js';
import type { RoutePlugin } from '../app-type.js';

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
  if (!path.startsWith(PUBLIC + sep) || !type) throw new AppError('NOT_FOUND', `no page asset ${file}`);
  try {
    return { body: await readFile(path), type };
  } catch (cause) {
    throw new AppError('NOT_FOUND', `no page asset ${file}`, { cause });
  }
}

/**
 * Defence in depth behind the page's rule of never parsing server text as HTML: no inline script or
 * style, nothing from another origin ('self' covers the same-origin ws:// socket in current browsers).
 */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const pageRoutes: RoutePlugin = async (app) => {
  app.get('/', async (_request, reply) => {
    const { body, type } = await serve('index.html');
    return reply.header('content-type', type).header('cache-control', 'no-cache').header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').send(body);
  });
  app.get('/assets/*', async (request, reply) => {
    const { body, type } = await serve((request.params as { '*': string })['*']);
    return reply.header('content-type', type).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').send(body);
  });
};
