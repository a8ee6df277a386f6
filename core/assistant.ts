/**
 * The assistant over one knowledge base: search, the duty matrix, and answers (extractive offline, or
 * from a model when one is configured). The server and the eval CLI both go through `ask`, which analyses
 * the question once and routes it by intent to one answerer.
 */
import type { Embedder } from './retrieval/embeddings.js';
import { createSearcher, criterionClauses, type SearchHit, type Searcher, type SearchOptions } from './retrieval/search.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import { searchableClauses } from './kb/searchable.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { Answer, AskRequest, Clause, DocumentMeta, Fact } from './schemas.js';
import type { AnswerContext, AskOptions } from './answer/context.js';
import type { ChatModel } from './agent/chat-model.js';
import { retrieveAnswer } from './answer/retrieve-answer.js';
import { namesDocumentNotHeld } from './answer/not-held.js';
import { inForceMemo } from './kb/in-force.js';
import { analyzeQuestion, type QuestionAnalysis } from './question/analyze-question.js';
import type { AnswererKey } from './question/intents.js';
import { checklistAnswer } from './checklist/checklist-answer.js';
import { obligationsAnswer } from './checklist/obligations-answer.js';
import { groupBy } from './group-by.js';
import { withDocumentPlaces } from './lexicon/document-places.js';

export type { AskOptions } from './answer/context.js';

export interface Assistant extends AnswerContext {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** The analysis `ask` routes by; for the eval report and debugging. */
  analyze(request: AskRequest): QuestionAnalysis;
  ask(request: AskRequest, options?: AskOptions): Promise<Answer>;
}

export interface AssistantDeps {
  kb: KnowledgeBase;
  lexicon: Lexicon;
  embedder: Embedder;
  chat?: ChatModel;
  /** The clock (tests pin it); default: the system's. */
  now?: () => Date;
}

type Answerer = (ctx: AnswerContext, q: QuestionAnalysis, request: AskRequest, options: AskOptions) => Promise<Answer>;

/** Intent table answerer keys → answerers (see question/intents.ts). */
const ANSWERERS: Record<AnswererKey, Answerer> = {
  checklist: checklistAnswer,
  obligations: obligationsAnswer,
  retrieve: retrieveAnswer,
};

/** Builds the assistant: the lexical index is built here, the vector index comes from the knowledge base. */
export async function createAssistant(deps: AssistantDeps): Promise<Assistant> {
  const { kb } = deps;
  // The places of the documents held join the gazetteer, so a question from one of them is located.
  const lexicon = { ...deps.lexicon, places: withDocumentPlaces(deps.lexicon.places, kb.documents, kb.clauses) };
  const searcher: Searcher = await createSearcher({ lexicon, documents: kb.documents, clauses: searchableClauses(kb.clauses), embeddings: deps.embedder.embeddings, vectorIndex: kb.vectors, criteria: criterionClauses(kb.facts) });
  const ctx: AnswerContext = {
    kb,
    lexicon,
    searcher,
    documents: new Map<string, DocumentMeta>(kb.documents.map((d) => [d.id, d])),
    clauses: new Map<string, Clause>(kb.clauses.map((c) => [c.id, c])),
    factsByClause: groupBy(kb.facts, (f) => f.clauseId),
    today: () => (deps.now?.() ?? new Date()).toISOString().slice(0, 10),
    inForce: inForceMemo(kb.overrides, kb.documents, kb.clauses),
    ...(deps.chat ? { chat: deps.chat } : {}),
  };
  return {
    ...ctx,
    search: (query, options) => searcher.search(query, options),
    analyze: (request) => analyzeQuestion(ctx, request),
    ask(request, options = {}) {
      const q = analyzeQuestion(ctx, request);
      // a checklist or the obligations drawn from a document not held would come from other documents: the refusal says so
      const answerer = q.answerer !== 'retrieve' && namesDocumentNotHeld({ q, documents: ctx.documents, allClauses: ctx.kb.clauses }) ? 'retrieve' : q.answerer;
      return ANSWERERS[answerer](ctx, q, request, options);
    },
  };
}

