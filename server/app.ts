/**
 * Builds the Fastify app around a service. Never listens: server.ts does, and tests use port 0.
 * Routes are plugins under routes/; they read the service from the `service` decorator (app-type.ts).
 */
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import rateLimit from '@fastify/rate-limit';
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError } from '../core/errors.js';
import type { App } from './app-type.js';
import type { Service } from './service.js';
import { clientErrorHandler, errorHandler, frameworkErrors, notFoundHandler, RouteTable } from './http-errors.js';
import { checkHost } from './request-guards.js';
import { createTurns } from './turns.js';
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

/** Every JSON body and socket frame; only the upload route reads more (MAX_UPLOAD_MB). */
export const JSON_BODY_LIMIT = 64 * 1024;

/** Longest path parameter; ids are far shorter (a clause id with a long uploaded file name is a few hundred). */
const MAX_PARAM_LENGTH = 500;

const ajvPool = AjvCompiler();

/**
 * Bodies are validated as sent: `{"question": 123}` is refused, not turned into "123". Querystrings and
 * path parameters arrive as text, so there Fastify's coercion stays on (`?k=5` is the number 5).
 */
const buildValidator: typeof ajvPool = (externalSchemas, options) => {
  const coercing = ajvPool(externalSchemas, options);
  const strict = ajvPool(externalSchemas, { ...options, customOptions: { ...options?.customOptions, coerceTypes: false } } as typeof options);
  return ((route: { httpPart?: string }) => (route.httpPart === 'body' ? strict : coercing)(route as never)) as unknown as ReturnType<typeof ajvPool>;
};

export async function buildApp(options: AppOptions): Promise<App> {
  const { service } = options;
  const { config } = service;
  const routes = new RouteTable();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrors(MAX_PARAM_LENGTH),
    clientErrorHandler,
    schemaController: { compilersFactory: { buildValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Everything below is inherited by the route plugins: the error handlers, the host check, the rate
  // limiter, the websocket support and the service decorator are set on the root before any plugin.
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler(routes));
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.add(method, route.url);
  });
  app.decorate('service', service);
  app.decorate('answerTurn', createTurns());
  // Checklists drafted just before a shutdown are on disk before the process goes.
  app.addHook('onClose', async () => service.checklists.flushed());
  // The websocket plugin's own onRequest hook marks upgrade requests so that a refused upgrade's socket
  // is closed; it has to run before any hook that may refuse one.
  await app.register(websocket, { options: { maxPayload: JSON_BODY_LIMIT } });
  // Then the Host check, before the rate limiter and every route's hooks: a rebinding page learns nothing.
  app.addHook('onRequest', async (request) => checkHost(request, config));
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request, context) =>
      new AppError('RATE_LIMITED', `too many requests to ${request.routeOptions.url ?? request.url} from this address (at most ${context.max} a minute); retry in ${Math.ceil(context.ttl / 1000)} s`),
  });
  // Uploads arrive as raw bytes. The parser sits on the root, not inside the upload plugin, so every route
  // still reads such a body and answers it from its own schema (400) instead of 415; it has no limit of
  // its own, so each route's bodyLimit holds (64 KB, the upload route MAX_UPLOAD_MB).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
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
