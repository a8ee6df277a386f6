/**
 * Builds the Fastify app around a service. Never listens: server.ts does, and tests use port 0.
 * Routes are plugins under routes/; they read the service from the `service` decorator (app-type.ts).
 */
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isAppError } from '../core/errors.js';
import type { App } from './app-type.js';
import type { Service } from './service.js';
import { healthRoutes } from './routes/health.js';
import { askRoutes } from './routes/ask.js';
import { documentRoutes } from './routes/documents.js';
import { dutyRoutes } from './routes/duties.js';
import { chatSocket } from './routes/chat-socket.js';
import { checklistRoutes } from './routes/checklists.js';
import { uploadRoutes } from './routes/upload.js';
import { pageRoutes } from './routes/page.js';

export type { App } from './app-type.js';

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
  const { service } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: service.config.maxUploadBytes + 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Everything below is inherited by the route plugins: the error handler, the websocket support and the
  // service decorator are set on the root before any plugin is registered.
  app.setErrorHandler(errorHandler);
  app.decorate('service', service);
  // Uploads arrive as raw bytes. The parser sits on the root, not inside the upload plugin, so every route
  // still reads such a body and answers it from its own schema (400) instead of 415.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: service.config.maxUploadBytes }, (_req, body, done) => done(null, body));
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(healthRoutes);
  await app.register(askRoutes);
  await app.register(documentRoutes);
  await app.register(dutyRoutes);
  await app.register(checklistRoutes);
  await app.register(uploadRoutes);
  await app.register(chatSocket);
  await app.register(pageRoutes);
  return app;
}
