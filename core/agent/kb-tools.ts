/**
 * The knowledge base as tools for the agent. Every result carries clause ids and the clauses' exact text, and
 * every clause a tool returns is recorded in the turn's ledger: a citation is accepted only for a clause in it.
 * Results are JSON data; the system prompt tells the model that text inside them is never an instruction.
 */
import { tool } from 'langchain';
import { z } from 'zod';
import type { AnswerContext } from '../answer/context.js';
import { hitsInForce } from '../answer/hits-in-force.js';
import { queryDuties } from '../duties/query-duties.js';
import { draftChecklist } from '../checklist/draft-checklist.js';
import type { Clause, SearchFilters } from '../schemas.js';
import type { SearchHit } from '../retrieval/search.js';

/** Clauses one search returns to the model. */
export const SEARCH_K = 8;
/** Duty rows one list_duties call returns. */
export const DUTY_ROWS = 20;
/** Checklist items one draft_checklist call returns. */
export const CHECKLIST_ITEMS = 30;

/** The clauses the tools returned in this turn, by id: what a citation may name. */
export type Ledger = Map<string, Clause>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u; // 2024-05-01

function clauseRecord(ctx: AnswerContext, ledger: Ledger, clause: Clause, asOf: string): Record<string, unknown> {
  ledger.set(clause.id, clause);
  const doc = ctx.documents.get(clause.docId);
  const status = ctx.inForce(asOf).changes.get(clause.id);
  return { clauseId: clause.id, document: doc?.title ?? clause.docId, file: doc?.file, path: clause.path.join(' › '), ...(status ? { status: status.scope ? `${status.scope}${status.status}` : status.status } : {}), text: clause.text };
}

async function searchInForce(ctx: AnswerContext, scope: SearchFilters | undefined, query: string, place: string | undefined, asOf: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const view = ctx.inForce(asOf);
  const search = (q: string, region?: string) => ctx.searcher.search(q, { k: SEARCH_K * 2, signal, filters: { ...scope, ...(region ? { region } : {}) } });
  // A place the gazetteer does not know filters everything out: then it is searched as words instead.
  let hits = place ? await search(query, place) : await search(query);
  if (place && hits.length === 0) hits = await search(`${place} ${query}`);
  return hitsInForce(ctx, hits, view).slice(0, SEARCH_K);
}

function neighbours(ctx: AnswerContext, clause: Clause): Clause[] {
  const all = ctx.kb.clauses;
  const i = all.findIndex((c) => c.id === clause.id);
  return [all[i - 1], all[i + 1]].filter((c): c is Clause => c !== undefined && c.docId === clause.docId);
}

const noClause = (id: string) => JSON.stringify({ error: `no clause ${id}; use a clauseId that search_clauses returned` });

/** The five knowledge-base tools, bound to one question's context, ledger and abort signal. */
/**
 * The tools over the knowledge base. `scope`: the documents the question may draw on (the request's filters, and
 * for a question asked from a place its own chain of places): every search stays inside it.
 */
export function knowledgeTools(ctx: AnswerContext, ledger: Ledger, scope: SearchFilters | undefined, signal?: AbortSignal) {
  const today = ctx.today();
  const searchClauses = tool(
    async ({ query, place, asOf }) => {
      const date = asOf ?? today;
      const hits = await searchInForce(ctx, scope, query, place, date, signal);
      return JSON.stringify({ asOf: date, clauses: hits.map((h) => clauseRecord(ctx, ledger, h.clause, date)) });
    },
    {
      name: 'search_clauses',
      description: '检索条款：返回在 asOf 日期有效的条款（已被调整、废止的不返回），每条带 clauseId、文件名称、层级和原文。',
      schema: z.object({
        query: z.string().min(1).max(200).describe('检索用的中文词句'),
        place: z.string().max(50).optional().describe('只查这个地方的文件，如 济宁、河南省'),
        asOf: z.string().regex(ISO_DATE).optional().describe('适用日期 YYYY-MM-DD，默认今天'),
      }),
    },
  );
  const openClause = tool(
    async ({ clauseId }) => {
      const clause = ctx.clauses.get(clauseId);
      if (!clause) return noClause(clauseId);
      return JSON.stringify({ clause: clauseRecord(ctx, ledger, clause, today), neighbours: neighbours(ctx, clause).map((c) => clauseRecord(ctx, ledger, c, today)) });
    },
    { name: 'open_clause', description: '打开一条条款，连同同一文件中的前一条和后一条。', schema: z.object({ clauseId: z.string().min(1).max(300).describe('条款编号') }) },
  );
  const listDuties = tool(
    async ({ unit, task, document }) => {
      const { excluded } = ctx.inForce(today);
      const hits = queryDuties(ctx.kb.duties, ctx.kb.documents, { ...(unit ? { unit } : {}), ...(task ? { task } : {}), ...(document ? { doc: document } : {}) }, ctx.lexicon.aliases).filter((h) => !excluded.has(h.duty.clauseId));
      const rows = hits.slice(0, DUTY_ROWS).map(({ duty, role }) => {
        const clause = ctx.clauses.get(duty.clauseId);
        if (clause) ledger.set(clause.id, clause);
        return { clauseId: duty.clauseId, document: ctx.documents.get(duty.docId)?.title, path: duty.path.join(' › '), task: duty.task, lead: duty.lead, cooperate: duty.cooperate, ...(duty.undifferentiated ? { undifferentiated: true } : {}), ...(role ? { role } : {}), ...(duty.deadline ? { deadline: duty.deadline.text } : {}), ...(duty.frequency ? { frequency: duty.frequency.text } : {}), quote: duty.quote, clauseText: clause?.text };
      });
      return JSON.stringify({ total: hits.length, rows });
    },
    {
      name: 'list_duties',
      description: '查职责分工表：按单位、任务或文件筛选，每行有牵头单位、配合单位、时限、频次、clauseId 和原文。',
      schema: z.object({
        unit: z.string().max(50).optional().describe('单位名称或简称，如 工信局'),
        task: z.string().max(100).optional().describe('任务词，如 风险评估'),
        document: z.string().max(200).optional().describe('文件名称的一部分'),
      }),
    },
  );
  const clauseFacts = tool(
    async ({ clauseId }) => {
      const clause = ctx.clauses.get(clauseId);
      if (!clause) return noClause(clauseId);
      const facts = (ctx.factsByClause.get(clauseId) ?? []).map((f) => ({ type: f.type, value: f.value, quote: f.quote, ...(f.subject ? { subject: f.subject } : {}) }));
      return JSON.stringify({ clause: clauseRecord(ctx, ledger, clause, today), facts });
    },
    { name: 'clause_facts', description: '列出一条条款中的要点（时限、频次、数值标准等），每个要点带原文。', schema: z.object({ clauseId: z.string().min(1).max(300).describe('条款编号') }) },
  );
  const draft = tool(
    async ({ request }) => {
      const checklist = await draftChecklist(ctx, request, undefined, { signal });
      const items = checklist.items.slice(0, CHECKLIST_ITEMS).map((i) => {
        for (const c of i.citations) {
          const clause = ctx.clauses.get(c.clauseId);
          if (clause) ledger.set(clause.id, clause);
        }
        return { group: i.group, item: i.item, content: i.content, citations: i.citations.map((c) => ({ clauseId: c.clauseId, quote: c.quote })) };
      });
      return JSON.stringify({ title: checklist.title, scope: checklist.scope, total: checklist.items.length, items });
    },
    { name: 'draft_checklist', description: '按请求起草检查清单（如“民爆企业节前安全检查清单”），每项带出处条款和原文。', schema: z.object({ request: z.string().min(1).max(200).describe('清单请求') }) },
  );
  return [searchClauses, openClause, listDuties, clauseFacts, draft];
}
