/**
 * Builds the Fastify app around a service. Never listens: server.ts does, and tests use port 0.
 */
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isAppError } from '../core/errors.js';
import type { Service } from './service.js';
import { askRoutes } from './routes/ask.js';
import { documentRoutes } from './routes/documents.js';
import { dutyRoutes } from './routes/duties.js';
import { chatSocket } from './routes/chat-socket.js';
import { checklistRoutes } from './routes/checklists.js';
import { uploadRoutes } from './routes/upload.js';
import { pageRoutes } from './routes/page.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface AppOptions {
  service: Service;
  logger?: boolean | { level: string };
}

/** Errors below 500 tell the client what to do; from 500 up the client sees INTERNAL and the log gets the whole error. */
function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (isAppError(error) && error.statusCode < 500) {
    reply.status(error.statusCode).send({ error: { code: error.code, message: error.message } });
    return;
  }
  if (error.validation) {
    reply.status(400).send({ error: { code: 'BAD_REQUEST', message: `invalid request: ${error.message}` } });
    return;
  }
  if (error.statusCode && error.statusCode < 500) {
    reply.status(error.statusCode).send({ error: { code: error.code ?? 'BAD_REQUEST', message: error.message } });
    return;
  }
  request.log.error({ err: error }, 'request failed');
  const status = isAppError(error) ? error.statusCode : 500;
  reply.status(status).send({ error: { code: isAppError(error) && error.code === 'UPSTREAM_MODEL' ? error.code : 'INTERNAL', message: isAppError(error) && error.code === 'UPSTREAM_MODEL' ? error.message : 'internal error; see the server log' } });
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.service.config.maxUploadBytes + 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(errorHandler);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const { service } = options;
  app.get('/health', async () => {
    const a = service.assistant();
    return { status: 'ok', documents: a.kb.documents.length, clauses: a.kb.clauses.length, duties: a.kb.duties.length, mode: service.chat ? 'llm' : 'extractive', embedder: a.kb.manifest.embedder.id, uploads: service.config.adminToken !== undefined };
  });
  askRoutes(app, service);
  documentRoutes(app, service);
  dutyRoutes(app, service);
  checklistRoutes(app, service);
  uploadRoutes(app, service);
  chatSocket(app, service);
  pageRoutes(app);
  return app;
}
