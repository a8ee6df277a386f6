/**
 * GET /api/documents (filterable by legal level, place and status), /api/documents/:id (metadata and clause tree),
 * /api/clauses/:id (with its neighbours).
 */
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import { ClauseSchema, DocStatusSchema, DocumentMetaSchema, LegalLevelSchema, type Clause, type DocumentMeta } from '../../core/schemas.js';
import type { Gazetteer } from '../../core/lexicon/gazetteer.js';
import type { RoutePlugin } from '../app-type.js';
import { ClauseChangeSchema } from '../../core/kb/in-force.js';
import { ErrorSchema } from '../error-schema.js';

/** `adjusted`: a later document has changed or repealed some of its clauses (in force today). */
const DocumentSummarySchema = Type.Intersect([DocumentMetaSchema, Type.Object({ clauses: Type.Integer(), duties: Type.Integer(), adjusted: Type.Boolean() })]);

const DocumentFilterSchema = Type.Object({
  level: Type.Optional(LegalLevelSchema),
  /** A place and everything in it: 河南省 lists the 河南 and the 南阳 documents. */
  place: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  status: Type.Optional(DocStatusSchema),
});

/** Whether a document governs `place` or a place inside it; a place the gazetteer does not know matches by name. */
function inPlace(doc: DocumentMeta, place: string, gazetteer: Gazetteer): boolean {
  if (doc.place === undefined) return false;
  return gazetteer.get(place) ? gazetteer.contains(place, doc.place) : doc.place === place;
}

function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `no ${what} with id ${JSON.stringify(id)}; list them with GET /api/documents`);
}

export const documentRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.get(
    '/api/documents',
    { schema: { querystring: DocumentFilterSchema, response: { 200: Type.Object({ documents: Type.Array(DocumentSummarySchema) }), '4xx': ErrorSchema } } },
    async (request) => {
      const a = service.assistant();
      const { kb, lexicon } = a;
      const { level, place, status } = request.query;
      // (a change that holds in one district only leaves the document in force elsewhere)
      const changed = new Set([...a.inForce(a.today()).changes].filter(([, c]) => (c.status === '已调整' || c.status === '已废止') && c.scope === undefined).map(([id]) => a.clauses.get(id)?.docId));
      const count = (docId: string, list: ReadonlyArray<{ docId: string }>) => list.filter((x) => x.docId === docId).length;
      const shown = kb.documents.filter((d) => (level === undefined || d.legalLevel === level) && (status === undefined || d.status === status) && (place === undefined || inPlace(d, place, lexicon.places)));
      return { documents: shown.map((d) => ({ ...d, clauses: count(d.id, kb.clauses), duties: count(d.id, kb.duties), adjusted: changed.has(d.id) })) };
    },
  );

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
