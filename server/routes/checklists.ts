/** POST /api/checklists {request, filters?} drafts a checklist; GET /api/checklists/:id.(docx|xlsx|csv|md) exports one. */
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import { ChecklistSchema, SearchFiltersSchema, type Checklist } from '../../core/schemas.js';
import { draftChecklist } from '../../core/checklist/draft-checklist.js';
import { exportDocx } from '../../core/checklist/export-docx.js';
import { exportXlsx } from '../../core/checklist/export-xlsx.js';
import { exportCsv } from '../../core/checklist/export-csv.js';
import { exportMarkdown } from '../../core/checklist/export-markdown.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';

export const ChecklistRequestSchema = Type.Object({
  request: Type.String({ minLength: 1, maxLength: 2000 }),
  filters: Type.Optional(SearchFiltersSchema),
});

const FORMATS = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: exportDocx },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make: exportXlsx },
  csv: { type: 'text/csv; charset=utf-8', make: async (c: Checklist) => exportCsv(c) },
  md: { type: 'text/markdown; charset=utf-8', make: async (c: Checklist) => exportMarkdown(c) },
} as const;

// a1b2c3d4e5.docx
const FILE = /^([0-9a-z]{4,40})\.(docx|xlsx|csv|md)$/u;

export const checklistRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.post('/api/checklists', { schema: { body: ChecklistRequestSchema, response: { 200: ChecklistSchema, '4xx': ErrorSchema, '5xx': ErrorSchema } } }, async (request, reply) => {
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) controller.abort();
    });
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
      schema: {
        params: Type.Object({ id: Type.String({ pattern: '^[0-9a-z]{4,40}$' }) }),
        body: Type.Object({ keep: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 1000 }) }),
        response: { 200: ChecklistSchema, '4xx': ErrorSchema },
      },
    },
    async (request) => {
      const checklist = service.checklists.get(request.params.id);
      if (!checklist) throw new AppError('NOT_FOUND', `checklist ${request.params.id} is not known to this server; draft it again with POST /api/checklists`);
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
      if (!m) throw new AppError('BAD_REQUEST', `${JSON.stringify(request.params.file)} is not a checklist export; ask for <id>.docx, <id>.xlsx, <id>.csv or <id>.md`);
      const [, id, ext] = m as unknown as [string, string, keyof typeof FORMATS];
      const checklist = service.checklists.get(id);
      if (!checklist) throw new AppError('NOT_FOUND', `checklist ${id} is not known to this server (drafted checklists are kept in memory until a restart); draft it again with POST /api/checklists {"request": "…"}`);
      const format = FORMATS[ext];
      const body = await format.make(checklist);
      const name = `${checklist.title}.${ext}`;
      reply
        .header('content-type', format.type)
        .header('content-disposition', `attachment; filename="checklist-${id}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );
};
