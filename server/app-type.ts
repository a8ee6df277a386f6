/**
 * The types app.ts and the route plugins share, below both so neither imports the other: the app with its
 * TypeBox type provider, the route plugin type, and the `service` decorator every plugin reads.
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Service } from './service.js';
import type { TakeTurn } from './turns.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** A route plugin: registered with `app.register`, reads the service from `app.service`. */
export type RoutePlugin = FastifyPluginAsyncTypebox;

declare module 'fastify' {
  interface FastifyInstance {
    /** Decorated on the root before any route plugin is registered, so every plugin sees it. */
    service: Service;
    /** Every answer (HTTP, socket, checklist draft) waits for its turn of the event loop (turns.ts). */
    answerTurn: TakeTurn;
  }
}
