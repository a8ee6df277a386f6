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
import { langchainBm25, langchainChunks, ourBm25OnChunks, type Retrieve } from './baselines.js';
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

async function retrievalOnly(retrieve: Retrieve, cases: EvalCase[]): Promise<{ summary: Metrics; byCategory: Record<string, Metrics> }> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases.filter((x) => x.gold.length > 0)) {
    const started = performance.now();
    const retrieved = await retrieve(c.history?.length ? `${c.history.filter((t) => t.role === 'user').map((t) => t.content).join(' ')} ${c.question}` : c.question);
    const m = caseMetrics({ ...c, answer_must_contain: [], answer_must_not_contain: [] }, { retrieved, answer: '', supported: true, citations: [], latencyMs: performance.now() - started });
    const metrics = Object.fromEntries(Object.entries(m).filter(([k]) => ['hit@1', 'hit@5', 'recall@10', 'MRR@10', 'latency-ms'].includes(k)));
    outcomes.push({ id: c.id, category: c.category, metrics, answer: '', supported: true, citations: [], retrieved: [] });
  }
  return { summary: summarize(outcomes.map((o) => o.metrics)), byCategory: byCategory(outcomes) };
}

export type Baselines = Record<string, { summary: Metrics; byCategory: Record<string, Metrics> }>;

/** (a) LangChain as shipped, (b) LangChain chunks with our BM25, (c) ours — retrieval metrics only. */
export async function runRetrievalBaselines(kb: KnowledgeBase, assistant: Assistant, cases: EvalCase[]): Promise<Baselines> {
  const chunks = await langchainChunks(kb);
  const ours: Retrieve = async (q) => (await assistant.search(q, { k: 10 })).map((h) => ({ file: h.document.file, text: h.clause.text }));
  return {
    'a: LangChain splitter + BM25Retriever': await retrievalOnly(langchainBm25(chunks), cases),
    'b: LangChain chunks + our tokenizer/BM25': await retrievalOnly(ourBm25OnChunks(chunks, assistant.lexicon), cases),
    'c: ours (clauses, hybrid)': await retrievalOnly(ours, cases),
  };
}
