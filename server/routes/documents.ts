/** GET /api/documents, /api/documents/:id (metadata and clause tree), /api/clauses/:id (with its neighbours). */
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import { ClauseSchema, DocumentMetaSchema, type Clause } from '../../core/schemas.js';
import type { RoutePlugin } from '../app-type.js';
import { ClauseChangeSchema } from '../../core/kb/in-force.js';
import { ErrorSchema } from '../error-schema.js';

const DocumentSummarySchema = Type.Intersect([DocumentMetaSchema, Type.Object({ clauses: Type.Integer(), duties: Type.Integer() })]);

function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `no ${what} with id ${JSON.stringify(id)}; list them with GET /api/documents`);
}

export const documentRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.get('/api/documents', { schema: { response: { 200: Type.Object({ documents: Type.Array(DocumentSummarySchema) }) } } }, async () => {
    const { kb } = service.assistant();
    const count = (docId: string, list: ReadonlyArray<{ docId: string }>) => list.filter((x) => x.docId === docId).length;
    return { documents: kb.documents.map((d) => ({ ...d, clauses: count(d.id, kb.clauses), duties: count(d.id, kb.duties) })) };
  });

  app.get(
    '/api/documents/:id',
    { schema: { params: Type.Object({ id: Type.String() }), response: { 200: Type.Object({ document: DocumentMetaSchema, clauses: Type.Array(ClauseSchema) }), '4xx': ErrorSchema } } },
    async (request) => {
      const a = service.assistant();
      const document = a.documents.get(request.params.id);
      if (!document) throw notFound('document', request.params.id);
      return { document, clauses: a.kb.clauses.filter((c) => c.docId === document.id) };
    },
  );

  app.get(
    '/api/clauses/:id',
    {
      schema: {
        params: Type.Object({ id: Type.String() }),
        response: { 200: Type.Object({ clause: ClauseSchema, document: DocumentMetaSchema, before: Type.Array(ClauseSchema), after: Type.Array(ClauseSchema), change: Type.Optional(ClauseChangeSchema) }), '4xx': ErrorSchema },
      },
    },
    async (request) => {
      const a = service.assistant();
      const clause = a.clauses.get(request.params.id);
      if (!clause) throw notFound('clause', request.params.id);
      const siblings: Clause[] = a.kb.clauses.filter((c) => c.docId === clause.docId);
      const at = siblings.findIndex((c) => c.id === clause.id);
      // 已调整 / 已废止 / 较早版本 today, with the clause that changed it.
      const change = a.inForce(a.today()).changes.get(clause.id);
      return { clause, document: a.documents.get(clause.docId)!, before: siblings.slice(Math.max(0, at - 2), at), after: siblings.slice(at + 1, at + 3), ...(change ? { change } : {}) };
    },
  );
};
