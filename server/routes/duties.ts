/** GET /api/duties?unit=&doc=&target=&task=&format=json|csv — the duty matrix, filtered. */
import { Type } from 'typebox';
import { DutySchema } from '../../core/schemas.js';
import { ClauseChangeSchema } from '../../core/kb/in-force.js';
import { queryDuties } from '../../core/duties/query-duties.js';
import { formatDuties } from '../../core/duties/format-duties.js';
import { dutiesXlsx } from '../../core/duties/duties-xlsx.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';

const Filters = Type.Object({
  unit: Type.Optional(Type.String({ maxLength: 100 })),
  doc: Type.Optional(Type.String({ maxLength: 200 })),
  target: Type.Optional(Type.String({ maxLength: 100 })),
  task: Type.Optional(Type.String({ maxLength: 200 })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')])),
});

const RowSchema = Type.Intersect([DutySchema, Type.Object({ file: Type.String(), title: Type.String(), role: Type.Optional(Type.String()), change: Type.Optional(ClauseChangeSchema) })]);

export const dutyRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.get('/api/duties', { schema: { querystring: Filters, response: { 200: Type.Union([Type.Object({ duties: Type.Array(RowSchema) }), Type.String(), Type.Unsafe<Buffer>({ description: 'an XLSX file' })]), '4xx': ErrorSchema } } }, async (request, reply) => {
    const a = service.assistant();
    const { format, ...filters } = request.query;
    const rows = queryDuties(a.kb.duties, a.kb.documents, filters, a.lexicon.aliases);
    if (format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''duties.csv");
      return formatDuties(rows, 'csv');
    }
    if (format === 'xlsx') {
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', "attachment; filename*=UTF-8''duties.xlsx");
      return reply.send(Buffer.from(await dutiesXlsx(rows)));
    }
    // A row that a later notice changed is marked 已调整/已废止 with the clause that changed it.
    const changes = a.inForce(a.today()).changes;
    return {
      duties: rows.map((r) => {
        const doc = a.documents.get(r.duty.docId);
        const change = changes.get(r.duty.clauseId);
        return { ...r.duty, file: doc?.file ?? '', title: doc?.title ?? '', ...(r.role ? { role: r.role } : {}), ...(change ? { change } : {}) };
      }),
    };
  });
};
