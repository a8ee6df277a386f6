/**
 * The assistant over one knowledge base: search, the duty matrix, and answers (extractive offline, or
 * from a model when one is configured). The server and the eval CLI both go through `ask`.
 */
import type { Embedder } from './retrieval/embeddings.js';
import { createSearcher, type SearchHit, type Searcher, type SearchOptions } from './retrieval/search.js';
import type { KnowledgeBase } from './kb/knowledge-base.js';
import { searchableClauses } from './kb/searchable.js';
import type { Answer, AskRequest, Checklist, Clause, DocumentMeta } from './schemas.js';
import { isAppError, throwIfAborted } from './errors.js';
import { detectIntent, INTENT_HINTS, type Intent } from './answer/intent.js';
import { composeExtractive } from './answer/extractive.js';
import { answerMetadata } from './answer/metadata-answer.js';
import { Citer } from './answer/citer.js';
import { answerWithModel, rewriteQuestion, type ChatModel } from './answer/llm-answer.js';
import { checklistAnswer } from './checklist/checklist-answer.js';
import type { ExportLink } from './checklist/export-formats.js';
import { asksForAllObligations, obligationsAnswer } from './checklist/obligations-answer.js';

export interface AskOptions {
  signal?: AbortSignal;
  /** Streamed answer text, as it is produced. */
  onDelta?: (text: string) => void;
  /** Force a mode; default: the model when one is configured, else extractive. */
  mode?: Answer['mode'];
  /** Receives a drafted checklist (intent `checklist`), so the caller can keep it for the export links. */
  onChecklist?: (checklist: Checklist) => void;
  /** Where the caller serves a checklist's exports; without it a checklist answer has no export line. */
  exportLink?: ExportLink;
}

export interface Assistant {
  readonly kb: KnowledgeBase;
  readonly searcher: Searcher;
  readonly documents: ReadonlyMap<string, DocumentMeta>;
  readonly clauses: ReadonlyMap<string, Clause>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  ask(request: AskRequest, options?: AskOptions): Promise<Answer>;
}

export interface AssistantDeps {
  kb: KnowledgeBase;
  embedder: Embedder;
  chat?: ChatModel;
}

const RETRIEVE = 10;

function previousQuestion(request: AskRequest): string | undefined {
  return request.history?.filter((t) => t.role === 'user').at(-1)?.content;
}

/** Builds the assistant: the lexical index is built here, the vector index comes from the knowledge base. */
export async function createAssistant(deps: AssistantDeps): Promise<Assistant> {
  const { kb } = deps;
  const searcher = await createSearcher({ documents: kb.documents, clauses: searchableClauses(kb.clauses), embeddings: deps.embedder.embeddings, vectorIndex: kb.vectors });
  const documents = new Map(kb.documents.map((d) => [d.id, d]));
  const clauses = new Map(kb.clauses.map((c) => [c.id, c]));
  const assistant: Assistant = {
    kb,
    searcher,
    documents,
    clauses,
    search: (query, options) => searcher.search(query, options),
    async ask(request, options = {}) {
      // A checklist is drafted from the clauses themselves, with or without a model.
      const asked = detectIntent(request.question, previousQuestion(request));
      if (asked === 'checklist') return checklistAnswer(assistant, request, options);
      if (asked === 'applicability' && asksForAllObligations(request.question)) return obligationsAnswer(assistant, request, options);
      const mode = options.mode ?? (deps.chat ? 'llm' : 'extractive');
      const chat = mode === 'llm' ? deps.chat : undefined;
      const history = request.history ?? [];
      // With a model, a follow-up is rewritten to stand alone before retrieval; offline, the searcher carries context itself.
      const question = chat && history.length > 0 ? await rewriteQuestion(chat, request, options.signal) : request.question;
      const intent = detectIntent(request.question, previousQuestion(request));
      const searchOptions = { k: RETRIEVE, history: chat ? [] : history, filters: request.filters, signal: options.signal, expand: INTENT_HINTS[intent] };
      const ranked = await searcher.search(question, searchOptions);
      const hits = await perDocument(searcher, question, searchOptions, ranked);
      throwIfAborted(options.signal);
      const retrieved = ranked.map((h) => ({ clauseId: h.clause.id, file: h.document.file, path: h.clause.path, score: h.score }));
      if (chat) {
        try {
          const answer = await answerWithModel({ chat, request, intent, hits, documents, signal: options.signal, onDelta: options.onDelta });
          return { ...answer, intent, retrieved };
        } catch (e) {
          // A model that is down should not leave the user without an answer: answer offline and say so.
          if (!isAppError(e) || e.code !== 'UPSTREAM_MODEL') throw e;
          const composed = extractive(assistant, request, intent, hits);
          const answer = `（模型服务暂不可用，以下为离线摘录回答）\n${composed.answer}`;
          options.onDelta?.(answer);
          return { answer, supported: composed.supported, mode: 'extractive', intent, citations: composed.citations, retrieved };
        }
      }
      const composed = extractive(assistant, request, intent, hits);
      options.onDelta?.(composed.answer);
      return { answer: composed.answer, supported: composed.supported, mode: 'extractive', intent, citations: composed.citations, retrieved };
    },
  };
  return assistant;
}

/**
 * A question that names several places (济宁和文登…各是…) needs evidence from each of their documents,
 * not only from the one that dominates the ranking: each gets its own search, merged after the main list.
 */
async function perDocument(searcher: Searcher, question: string, options: SearchOptions, ranked: SearchHit[]): Promise<SearchHit[]> {
  const docs = [...new Set(searcher.analyze(question, options.history ?? []).places.flatMap((p) => p.docIds))];
  if (docs.length < 2) return ranked;
  const merged = [...ranked];
  for (const docId of docs) {
    for (const hit of await searcher.search(question, { ...options, k: 4, filters: { ...options.filters, docIds: [docId] } })) {
      if (!merged.some((h) => h.clause.id === hit.clause.id)) merged.push(hit);
    }
  }
  return merged;
}

function extractive(a: Assistant, request: AskRequest, intent: Intent, hits: SearchHit[]): { answer: string; supported: boolean; citations: Answer['citations'] } {
  const analysis = a.searcher.analyze(request.question, request.history ?? []);
  if (intent === 'metadata') {
    const docId = analysis.places[0]?.docIds[0] ?? analysis.docHints[0]?.docId ?? hits[0]?.clause.docId;
    const doc = docId ? a.documents.get(docId) : undefined;
    if (doc) {
      const citer = new Citer(a.documents);
      const meta = answerMetadata(request.question, doc, a.kb.clauses, citer);
      if (meta.complete || !meta.supported) return { answer: meta.lines.join('\n'), supported: meta.supported, citations: citer.citations };
      const rest = composeExtractive({ question: request.question, intent: 'general', hits: hits.filter((h) => h.clause.docId === doc.id), analysis, duties: a.kb.duties, documents: a.documents, clauses: a.clauses, allClauses: a.kb.clauses, citer });
      const quotes = rest.supported ? rest.answer.split('\n').filter((l) => l.startsWith('- ')) : [];
      const answer = [...meta.lines, ...(quotes.length > 0 ? ['相关原文：', ...quotes] : [])].join('\n');
      return { answer, supported: meta.supported, citations: citer.citations };
    }
  }
  const composed = composeExtractive({ question: request.question, intent, hits, analysis, duties: a.kb.duties, documents: a.documents, clauses: a.clauses, allClauses: a.kb.clauses });
  return { answer: composed.answer, supported: composed.supported, citations: composed.citer.citations };
}
