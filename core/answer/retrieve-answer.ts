/**
 * The answerer for questions answered from retrieved clauses: with a model configured, the agent's answer
 * (it searches through its tools; citations verified), else the extractive answer from the search below; a
 * question about a document itself is answered from its metadata first. The search always runs: it gives the
 * `retrieved` list and the evidence of the offline answer the agent falls back to.
 */
import type { SearchHit, SearchOptions, Searcher } from '../retrieval/search.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import type { Answer, AskRequest, Override } from '../schemas.js';
import { ZONE_OF_CITY } from '../text/zh/index.js';
import { isAppError, throwIfAborted } from '../errors.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import type { AnswerContext, AskOptions } from './context.js';
import type { AskedField } from '../kb/in-force.js';
import { hitsInForce } from './hits-in-force.js';
import { locate, type Located } from './located.js';
import type { AnswerType } from '../question/answer-types.js';
import { composeExtractive } from './extractive.js';
import { answerMetadata } from './metadata-answer.js';
import { Citer } from './citer.js';
import { answerWithAgent } from '../agent/agent-answer.js';

/** The parts of a task a question asks about, when it asks only those (谁牵头 → lead); else every part. */
function askedFields(q: QuestionAnalysis): ReadonlySet<AskedField> | undefined {
  const FIELD: Partial<Record<AnswerType, AskedField>> = { lead: 'lead', cooperate: 'lead', frequency: 'frequency', deadline: 'deadline' };
  const fields = q.answerTypes.map((t) => FIELD[t]);
  return fields.every((f) => f !== undefined) ? new Set(fields as AskedField[]) : undefined;
}

/** 开发区的项目, 我们在高新区 — a zone the question speaks of, named or by its kind alone (not 不在开发区). */
const SPEAKS_OF_ZONE = /(?<!不在|不属于|非)(?:开发区|高新区|经开区|园区)/u;

/**
 * The places a question is asked from, for changes that hold in one place only: its chain (琰桥区 ⊂ 萩阳市 ⊂ …),
 * and the zones some change holds in when the question speaks of a zone (开发区的排水管道…).
 */
function placesAskedFrom(q: QuestionAnalysis, located: Located | undefined, overrides: readonly Override[]): string[] | undefined {
  const zones = SPEAKS_OF_ZONE.test(q.question) ? overrides.map((o) => o.scope).filter((s): s is string => s !== undefined && ZONE_OF_CITY.test(s)) : [];
  return located || zones.length > 0 ? [...(located?.chain ?? []), ...zones] : undefined;
}

/** Clauses retrieved for one answer. */
const RETRIEVE = 10;

export async function retrieveAnswer(ctx: AnswerContext, q: QuestionAnalysis, request: AskRequest, options: AskOptions = {}): Promise<Answer> {
  const mode = options.mode ?? (ctx.chat ? 'llm' : 'extractive');
  const chat = mode === 'llm' ? ctx.chat : undefined;
  const { intent, query } = q;
  // A question asked from a place reads the national rules and its own chain's, never another place's.
  const located = locate(q, ctx.documents.values(), ctx.lexicon.places, request.filters);
  const filters = located && located.docIds.length < ctx.documents.size ? { ...request.filters, docIds: request.filters?.docIds ? request.filters.docIds.filter((id) => located.docIds.includes(id)) : located.docIds } : request.filters;
  const searchOptions: SearchOptions = { k: RETRIEVE, filters, signal: options.signal, expand: q.hints };
  // What is not in force on the asked date (a changed item, an earlier version) gives way to what is.
  const where = placesAskedFrom(q, located, ctx.kb.overrides);
  const view = ctx.inForce(q.asOf, askedFields(q), where);
  // A change that holds in one place only (在本区范围内…) does not answer for elsewhere, unless its document is named.
  const elsewhere = new Set(ctx.kb.overrides.filter((o) => o.scope !== undefined && !where?.includes(o.scope) && !query.docHints.some((h) => h.docId === o.docId)).map((o) => o.clauseId));
  const inForce = (list: SearchHit[]) => hitsInForce(ctx, list, view).filter((h) => !elsewhere.has(h.clause.id));
  const ranked = inForce(await ctx.searcher.searchAnalyzed(query, searchOptions));
  const byDocument = await perDocument(ctx.searcher, query, searchOptions, ranked);
  const hits = inForce(located && (q.cues.levels || intent === 'applicability') ? await perLevel(ctx.searcher, query, searchOptions, byDocument, located) : byDocument);
  throwIfAborted(options.signal);
  const retrieved = ranked.map((h) => ({ clauseId: h.clause.id, file: h.document.file, path: h.clause.path, score: h.score }));
  if (chat) {
    try {
      const answer = await answerWithAgent({ ctx, chat, request, asOf: q.asOf, ...(filters ? { scope: filters } : {}), signal: options.signal, onDelta: options.onDelta });
      return { ...answer, intent, retrieved };
    } catch (e) {
      // A model that is down should not leave the user without an answer: answer offline and say so.
      if (!isAppError(e) || e.code !== 'UPSTREAM_MODEL') throw e;
      const composed = offline(ctx, q, hits, located, where);
      const answer = `（模型服务暂不可用，以下为离线摘录回答）\n${composed.answer}`;
      options.onDelta?.(answer);
      return { answer, supported: composed.supported, mode: 'extractive', intent, citations: composed.citations, retrieved };
    }
  }
  const composed = offline(ctx, q, hits, located, where);
  options.onDelta?.(composed.answer);
  return { answer: composed.answer, supported: composed.supported, mode: 'extractive', intent, citations: composed.citations, retrieved, ...(composed.facts ? { facts: composed.facts } : {}) };
}

/**
 * A question that names several places (济宁和文登…各是…) needs evidence from each of their documents,
 * not only from the one that dominates the ranking: each gets its own search, merged after the main list.
 */
async function perDocument(searcher: Searcher, query: QueryAnalysis, options: SearchOptions, ranked: SearchHit[]): Promise<SearchHit[]> {
  // Only documents the filters allow (a located question keeps to its own chain of places).
  const allowed = options.filters?.docIds;
  const docs = [...new Set(query.places.flatMap((p) => p.docIds))].filter((id) => !allowed || allowed.includes(id));
  if (docs.length < 2) return ranked;
  const merged = [...ranked];
  for (const docId of docs) {
    for (const hit of await searcher.searchAnalyzed(query, { ...options, k: 4, filters: { ...options.filters, docIds: [docId] } })) {
      if (!merged.some((h) => h.clause.id === hit.clause.id)) merged.push(hit);
    }
  }
  return merged;
}

/** Levels of a located question searched on their own, so each can answer in turn: 国家, 河南省, 南阳市. */
async function perLevel(searcher: Searcher, query: QueryAnalysis, options: SearchOptions, ranked: SearchHit[], located: Located): Promise<SearchHit[]> {
  const merged = [...ranked];
  for (const level of new Set(located.levelOf.values())) {
    const docIds = located.docIds.filter((id) => located.levelOf.get(id) === level);
    for (const hit of await searcher.searchAnalyzed(query, { ...options, k: 3, filters: { ...options.filters, docIds } })) {
      if (!merged.some((h) => h.clause.id === hit.clause.id)) merged.push(hit);
    }
  }
  return merged;
}

/** The extractive answer; a metadata question is answered from the document's metadata, then quotes of it. */
function offline(ctx: AnswerContext, q: QuestionAnalysis, hits: SearchHit[], located: Located | undefined, where: readonly string[] | undefined): { answer: string; supported: boolean; citations: Answer['citations']; facts?: Answer['facts'] } {
  const { excluded, inExcludedPart, changes } = ctx.inForce(q.asOf, askedFields(q), where);
  const base = { q, excluded, inExcludedPart, changes, overrides: ctx.kb.overrides, ...(located ? { located } : {}), aliases: ctx.lexicon.aliases, tokenizer: ctx.lexicon.tokenizer, duties: ctx.kb.duties, factsByClause: ctx.factsByClause, allFacts: ctx.kb.facts.filter((f) => !excluded.has(f.clauseId) && !inExcludedPart(f.clauseId, f.quote)), documents: ctx.documents, clauses: ctx.clauses, allClauses: ctx.kb.clauses, today: ctx.today() };
  // 这个细则从哪天开始执行 asks about a document it names: its metadata answers, as for a 文号 or a date
  // (only when the question names one document, or versions of one: two different titles leave it open which)
  // (荻峦州那个规定 names the only document of its place as well)
  const titles = new Set(q.query.docHints.map((h) => ctx.documents.get(h.docId)?.title));
  const placeDocs = q.query.places.length === 1 ? q.query.places[0]!.docIds : [];
  const namedDoc = titles.size === 1 ? q.query.docHints[0]?.docId : titles.size === 0 && placeDocs.length === 1 ? placeDocs[0] : undefined;
  if (q.intent === 'metadata' || ((q.cues.metadata.effective || q.cues.metadata.valid) && namedDoc)) {
    // (the document named before its place's first: 湝宁市综合体火灾应急预案 is not 湝宁市's 条例)
    const docId = q.intent === 'metadata' ? (namedDoc ?? q.query.places[0]?.docIds[0] ?? hits[0]?.clause.docId) : namedDoc;
    const doc = docId ? ctx.documents.get(docId) : undefined;
    if (doc) {
      const citer = new Citer(ctx.documents);
      const meta = answerMetadata(q.cues.metadata, doc, ctx.kb.clauses, citer, q.question);
      if (meta.complete || !meta.supported) return { answer: meta.lines.join('\n'), supported: meta.supported, citations: citer.citations };
      const rest = composeExtractive({ ...base, intent: 'general', hits: hits.filter((h) => h.clause.docId === doc.id), citer });
      const quotes = rest.supported ? rest.answer.split('\n').filter((l) => l.startsWith('- ')) : [];
      const answer = [...meta.lines, ...(quotes.length > 0 ? ['相关原文：', ...quotes] : [])].join('\n');
      return { answer, supported: meta.supported, citations: citer.citations };
    }
  }
  const composed = composeExtractive({ ...base, intent: q.intent, hits });
  return { answer: composed.answer, supported: composed.supported, citations: composed.citer.citations, ...(composed.facts.length > 0 ? { facts: composed.facts } : {}) };
}
