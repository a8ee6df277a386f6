/** POST /api/checklists {request, filters?} drafts a checklist; GET /api/checklists/:id.<format> exports one (EXPORT_FORMATS). */
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import { ChecklistSchema, QuestionSchema, SearchFiltersSchema, type Checklist } from '../../core/schemas.js';
import { draftChecklist } from '../../core/checklist/draft-checklist.js';
import { EXPORT_FORMATS, exportChecklist, exportContentType, listExportFormats, type ExportFormat } from '../../core/checklist/export-formats.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';

export const ChecklistRequestSchema = Type.Object({
  request: QuestionSchema,
  filters: Type.Optional(SearchFiltersSchema),
});

// a1b2c3d4e5.docx (not a1b2.pdf, not A1B2C3.docx)
const FILE = new RegExp(`^([0-9a-z]{4,40})\\.(${EXPORT_FORMATS.join('|')})$`, 'u');

export const checklistRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  const notKnown = (id: string): string =>
    `checklist ${id} is not known to this server (drafts are kept for ${service.config.checklistMaxAgeDays} days); draft it again with POST /api/checklists {"request": "…"}`;
  const perMinute = { rateLimit: { max: service.config.rateLimits.checklist, timeWindow: 60_000 } };
  app.post('/api/checklists', { config: perMinute, schema: { body: ChecklistRequestSchema, response: { 200: ChecklistSchema, '4xx': ErrorSchema, '5xx': ErrorSchema } } }, async (request, reply) => {
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) controller.abort();
    });
    await app.answerTurn();
    const checklist = await draftChecklist(service.assistant(), request.body.request, request.body.filters, { signal: controller.signal });
    service.keepChecklist(checklist);
    request.log.info({ id: checklist.id, items: checklist.items.length }, 'checklist drafted');
    return checklist;
  });

  // The page's edits (remove, reorder) are saved here so the exports follow them; items can only be kept
  // or moved, never added or rewritten, so every exported item still has its source.
  app.put(
    '/api/checklists/:id',
    {
      config: perMinute,
      schema: {
        params: Type.Object({ id: Type.String({ pattern: '^[0-9a-z]{4,40}$' }) }),
        body: Type.Object({ keep: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 1000 }) }),
        response: { 200: ChecklistSchema, '4xx': ErrorSchema },
      },
    },
    async (request) => {
      const checklist = await service.checklists.get(request.params.id);
      if (!checklist) throw new AppError('NOT_FOUND', notKnown(request.params.id));
      const byN = new Map(checklist.items.map((i) => [i.n, i]));
      const unknown = request.body.keep.filter((n) => !byN.has(n) || request.body.keep.indexOf(n) !== request.body.keep.lastIndexOf(n));
      if (unknown.length > 0) throw new AppError('BAD_REQUEST', `items ${unknown.join(', ')} are not in checklist ${checklist.id} (or are listed twice); send the n of items it has, each once`);
      const items = request.body.keep.map((n, i) => ({ ...byN.get(n)!, n: i + 1 }));
      const edited: Checklist = { ...checklist, items };
      service.keepChecklist(edited);
      return edited;
    },
  );

  app.get(
    '/api/checklists/:file',
    { schema: { params: Type.Object({ file: Type.String({ maxLength: 60 }) }), response: { 200: Type.Unsafe<Buffer | string>({ description: 'the export file' }), '4xx': ErrorSchema, '5xx': ErrorSchema } } },
    async (request, reply) => {
      const m = FILE.exec(request.params.file);
      if (!m) throw new AppError('BAD_REQUEST', `${JSON.stringify(request.params.file)} is not a checklist export; ask for ${listExportFormats((f) => `<id>.${f}`)}`);
      const [, id, ext] = m as unknown as [string, string, ExportFormat];
      const checklist = await service.checklists.get(id);
      if (!checklist) throw new AppError('NOT_FOUND', notKnown(id));
      const body = await exportChecklist(checklist, ext);
      const name = `${checklist.title}.${ext}`;
      reply
        .header('content-type', exportContentType(ext))
        .header('content-disposition', `attachment; filename="checklist-${id}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );
};
