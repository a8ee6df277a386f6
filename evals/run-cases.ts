/**
 * Runs eval cases through the assistant's ask (the server's code path) and scores them; runs the
 * retrieval baselines on the same cases.
 */
import { readFile } from 'node:fs/promises';
import { Value } from 'typebox/value';
import type { Assistant } from '../core/assistant.js';
import type { KnowledgeBase } from '../core/kb/knowledge-base.js';
import { EvalCaseSchema, type Answer, type EvalCase } from '../core/schemas.js';
// The eval answers are the server's answers, export links included.
import { checklistExportLink } from '../server/checklist-export-link.js';
import type { Embedder } from '../core/retrieval/embeddings.js';
import { createSearcher, criterionClauses } from '../core/retrieval/search.js';
import { searchableClauses } from '../core/kb/searchable.js';
import { clauseUnits, flexSearch, langchainBm25, langchainChunks, miniSearch, ourBm25OnChunks, plainJieba, type Retrieve } from './baselines.js';
import { caseMetrics, summarize, type EvalClause, type Metrics } from './metrics.js';

export interface CaseOutcome {
  id: string;
  category: string;
  metrics: Metrics;
  answer: string;
  supported: boolean;
  citations: Answer['citations'];
  retrieved: Array<{ clauseId: string; file: string; path: string[]; score: number }>;
}

export interface AnswerEval {
  summary: Metrics;
  byCategory: Record<string, Metrics>;
  outcomes: CaseOutcome[];
  json: { summary: Metrics; byCategory: Record<string, Metrics>; cases: CaseOutcome[] };
}

/** Reads a JSONL file of cases; a bad line is an error naming the line. */
export async function readCases(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const raw: unknown = JSON.parse(line);
    if (!Value.Check(EvalCaseSchema, raw)) throw new Error(`${file}:${i + 1} is not an eval case (see evals/README.md)`);
    return raw;
  });
}

function byCategory(outcomes: CaseOutcome[]): Record<string, Metrics> {
  const cats = [...new Set(outcomes.map((o) => o.category))].sort();
  return Object.fromEntries(cats.map((c) => [c, summarize(outcomes.filter((o) => o.category === c).map((o) => o.metrics))]));
}

/** Asks every case, in order, and scores it. */
export async function runAnswerEval(assistant: Assistant, cases: EvalCase[], mode: 'extractive' | 'llm'): Promise<AnswerEval> {
  const outcomes: CaseOutcome[] = [];
  const text = (id: string) => assistant.clauses.get(id)?.text ?? '';
  for (const c of cases) {
    const started = performance.now();
    const answer = await assistant.ask({ question: c.question, ...(c.history ? { history: c.history } : {}) }, { mode, exportLink: checklistExportLink });
    const latencyMs = performance.now() - started;
    const retrieved: EvalClause[] = answer.retrieved.map((r) => ({ file: r.file, text: text(r.clauseId) }));
    const citations = answer.citations.map((x) => ({ file: x.file, text: text(x.clauseId), quote: x.quote }));
    const metrics = caseMetrics(c, { retrieved, answer: answer.answer, supported: answer.supported, citations, latencyMs });
    outcomes.push({ id: c.id, category: c.category, metrics, answer: answer.answer, supported: answer.supported, citations: answer.citations, retrieved: answer.retrieved });
  }
  const summary = summarize(outcomes.map((o) => o.metrics));
  const cats = byCategory(outcomes);
  return { summary, byCategory: cats, outcomes, json: { summary, byCategory: cats, cases: outcomes } };
}

/** One retriever's scores: the means, per category, and per case (in the JSON, to compare retrievers case by case). */
export interface BaselineResult {
  summary: Metrics;
  byCategory: Record<string, Metrics>;
  cases: Array<{ id: string; category: string; metrics: Metrics }>;
}

async function retrievalOnly(retrieve: Retrieve, cases: EvalCase[]): Promise<BaselineResult> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases.filter((x) => x.gold.length > 0)) {
    const started = performance.now();
    const retrieved = await retrieve(c.history?.length ? `${c.history.filter((t) => t.role === 'user').map((t) => t.content).join(' ')} ${c.question}` : c.question);
    const m = caseMetrics({ ...c, answer_must_contain: [], answer_must_not_contain: [] }, { retrieved, answer: '', supported: true, citations: [], latencyMs: performance.now() - started });
    const metrics = Object.fromEntries(Object.entries(m).filter(([k]) => ['hit@1', 'hit@5', 'recall@10', 'MRR@10', 'latency-ms'].includes(k)));
    outcomes.push({ id: c.id, category: c.category, metrics, answer: '', supported: true, citations: [], retrieved: [] });
  }
  return {
    summary: summarize(outcomes.map((o) => o.metrics)),
    byCategory: byCategory(outcomes),
    cases: outcomes.map((o) => ({ id: o.id, category: o.category, metrics: o.metrics })),
  };
}

export type Baselines = Record<string, BaselineResult>;

/** Our field weights (core/retrieval/search.ts FIELD_WEIGHTS) as MiniSearch boosts. */
const OUR_BOOSTS = { text: 1, path: 1.5, title: 0.3 };

/**
 * (a) LangChain as shipped, (b) LangChain chunks with our BM25, (c) ours; then peers on our clause units:
 * (d) MiniSearch with jieba or with our tokenizer, (e) FlexSearch CJK, (f) ours with the vector list off.
 * Retrieval metrics only; every retriever gets the same query (previous user turns joined in).
 */
export async function runRetrievalBaselines(kb: KnowledgeBase, assistant: Assistant, embedder: Embedder, cases: EvalCase[]): Promise<Baselines> {
  const chunks = await langchainChunks(kb);
  const units = clauseUnits(kb);
  const toEval = (hits: Awaited<ReturnType<Assistant['search']>>): EvalClause[] => hits.map((h) => ({ file: h.document.file, text: h.clause.text }));
  const ours: Retrieve = async (q) => toEval(await assistant.search(q, { k: 10 }));
  const lexicalOnly = await createSearcher({ lexicon: assistant.lexicon, documents: kb.documents, clauses: searchableClauses(kb.clauses), embeddings: embedder.embeddings, vectorIndex: kb.vectors, weights: { bm25: 1, vector: 0 }, criteria: criterionClauses(kb.facts) });
  const jieba = plainJieba();
  const ourTokens = (t: string): string[] => assistant.lexicon.tokenizer.tokenize(t);
  const fields = ['text', 'path', 'title'] as const;
  const retrievers: Record<string, Retrieve> = {
    'a: LangChain splitter + BM25Retriever': langchainBm25(chunks),
    'b: LangChain chunks + our tokenizer/BM25': ourBm25OnChunks(chunks, assistant.lexicon),
    'c: ours (clauses, hybrid)': ours,
    'd1: MiniSearch + jieba, text only': miniSearch(units, { tokenize: jieba, fields: ['text'] }),
    'd2: MiniSearch + jieba, text/path/title': miniSearch(units, { tokenize: jieba, fields }),
    'd3: MiniSearch + jieba, boosted like ours': miniSearch(units, { tokenize: jieba, fields, boost: OUR_BOOSTS }),
    'd4: MiniSearch + our tokenizer, text/path/title': miniSearch(units, { tokenize: ourTokens, fields }),
    'd5: MiniSearch + our tokenizer, boosted like ours': miniSearch(units, { tokenize: ourTokens, fields, boost: OUR_BOOSTS }),
    'e: FlexSearch Document, Charset.CJK': flexSearch(units),
    'f: ours, vector list off': async (q) => toEval(await lexicalOnly.search(q, { k: 10 })),
  };
  const out: Baselines = {};
  for (const [name, retrieve] of Object.entries(retrievers)) out[name] = await retrievalOnly(retrieve, cases);
  return out;
}
