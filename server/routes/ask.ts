/** POST /api/ask and GET /api/search. */
import { Type } from 'typebox';
import { AnswerSchema, AskRequestSchema } from '../../core/schemas.js';
import type { RoutePlugin } from '../app-type.js';
import { checklistExportLink } from '../checklist-export-link.js';
import { ErrorSchema } from '../error-schema.js';

const SearchHitSchema = Type.Object({
  clauseId: Type.String(),
  docId: Type.String(),
  file: Type.String(),
  title: Type.String(),
  path: Type.Array(Type.String()),
  text: Type.String(),
  page: Type.Integer(),
  score: Type.Number(),
  signals: Type.Array(Type.String()),
});

export const askRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  const perMinute = { rateLimit: { max: service.config.rateLimits.ask, timeWindow: 60_000 } };
  app.post('/api/ask', { config: perMinute, schema: { body: AskRequestSchema, response: { 200: AnswerSchema, '4xx': ErrorSchema, '5xx': ErrorSchema } } }, async (request, reply) => {
    // A client that hangs up before the answer is written stops the work (and the model call).
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) controller.abort();
    });
    await app.answerTurn();
    return service.assistant().ask(request.body, { signal: controller.signal, onChecklist: (c) => service.keepChecklist(c), exportLink: checklistExportLink });
  });

  app.get(
    '/api/search',
    { schema: { querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 500 }), k: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })) }), response: { 200: Type.Object({ hits: Type.Array(SearchHitSchema) }), '4xx': ErrorSchema } } },
    async (request) => {
      const hits = await service.assistant().search(request.query.q, { k: request.query.k ?? 10 });
      return {
        hits: hits.map((h) => ({ clauseId: h.clause.id, docId: h.clause.docId, file: h.document.file, title: h.document.title, path: h.clause.path, text: h.clause.text, page: h.clause.page, score: h.score, signals: h.signals })),
      };
    },
  );
};
