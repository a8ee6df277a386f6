/**
 * GET /api/duties?unit=&doc=&target=&task=&limit=&offset=&format=json|csv|xlsx — the duty matrix, filtered.
 * JSON is paged (`total` says how many match); CSV and XLSX hold every match up to DUTY_EXPORT_MAX_ROWS.
 */
import { PassThrough } from 'node:stream';
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import { DutySchema } from '../../core/schemas.js';
import { ClauseChangeSchema } from '../../core/kb/in-force.js';
import { queryDuties } from '../../core/duties/query-duties.js';
import { formatDuties } from '../../core/duties/format-duties.js';
import { writeDutiesXlsx } from '../../core/duties/duties-xlsx.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';
import { Semaphore } from '../semaphore.js';

/** Rows in a JSON page unless `limit` says otherwise, and the most it may say. */
const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 5000;

/** XLSX exports built at once; more wait their turn, so five at once cost two cores at most. */
const XLSX_AT_ONCE = 2;

const Filters = Type.Object({
  unit: Type.Optional(Type.String({ maxLength: 100 })),
  doc: Type.Optional(Type.String({ maxLength: 200 })),
  target: Type.Optional(Type.String({ maxLength: 100 })),
  task: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')])),
});

const RowSchema = Type.Intersect([DutySchema, Type.Object({ file: Type.String(), title: Type.String(), role: Type.Optional(Type.String()), change: Type.Optional(ClauseChangeSchema) })]);
const PageSchema = Type.Object({ duties: Type.Array(RowSchema), total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer() });

export const dutyRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  const xlsxSlots = new Semaphore(XLSX_AT_ONCE);
  app.get(
    '/api/duties',
    { schema: { querystring: Filters, response: { 200: Type.Union([PageSchema, Type.String(), Type.Unsafe<Buffer>({ description: 'an XLSX file' })]), '4xx': ErrorSchema } } },
    async (request, reply) => {
      const a = service.assistant();
      const { format, limit = DEFAULT_LIMIT, offset = 0, ...filters } = request.query;
      const rows = queryDuties(a.kb.duties, a.kb.documents, filters, a.lexicon.aliases);
      if (format === 'csv' || format === 'xlsx') {
        const max = service.config.dutyExportMaxRows;
        if (rows.length > max) throw new AppError('EXPORT_TOO_LARGE', `${rows.length} duties match and an export holds at most ${max}; narrow it with unit=, doc=, target= or task=`);
      }
      if (format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''duties.csv");
        return formatDuties(rows, 'csv');
      }
      if (format === 'xlsx') {
        // Built into memory (a 20,000-row sheet is a few MB) so a failure is still a clean error response.
        const bytes = await xlsxSlots.run(async () => {
          const out = new PassThrough();
          const chunks: Buffer[] = [];
          out.on('data', (c: Buffer) => chunks.push(c));
          await writeDutiesXlsx(rows, out);
          return Buffer.concat(chunks);
        });
        reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', "attachment; filename*=UTF-8''duties.xlsx");
        return reply.send(bytes);
      }
      // A row that a later notice changed is marked 已调整/已废止 with the clause that changed it.
      const changes = a.inForce(a.today()).changes;
      return {
        duties: rows.slice(offset, offset + limit).map((r) => {
          const doc = a.documents.get(r.duty.docId);
          const change = changes.get(r.duty.clauseId);
          return { ...r.duty, file: doc?.file ?? '', title: doc?.title ?? '', ...(r.role ? { role: r.role } : {}), ...(change ? { change } : {}) };
        }),
        total: rows.length,
        offset,
        limit,
      };
    },
  );
};
