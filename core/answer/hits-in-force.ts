/**
 * Search hits as in force on a date: a changed clause gives its place to the clause that changed it, marked
 * `in-force`; what is not in force is taken out. The one way the answerers and the agent's tools read it.
 */
import { applyInForce, type InForce } from '../kb/in-force.js';
import type { SearchHit } from '../retrieval/search.js';
import type { AnswerContext } from './context.js';

export function hitsInForce(ctx: Pick<AnswerContext, 'documents' | 'clauses'>, hits: readonly SearchHit[], view: InForce): SearchHit[] {
  return applyInForce(
    hits,
    view,
    (h) => h.clause,
    (clause, like) => {
      const document = ctx.documents.get(clause.docId);
      // the clause that removed the one retrieved (删去第十四条) says nothing of its topic: it stands for the removed text
      const removed = view.changes.get(like.clause.id)?.status === '已废止' ? { standsFor: like.clause.text } : {};
      return document ? { ...like, clause, document, signals: [...like.signals, 'in-force'], ...removed } : undefined;
    },
    ctx.clauses,
  );
}
