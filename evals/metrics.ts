/**
 * The metrics of the eval contract (evals/README.md), as pure functions over one case's result.
 * A metric that does not apply to a case is absent, never 0.
 */
import type { EvalCase } from '../core/schemas.js';
import { norm } from '../core/text/normalize.js';

/** A clause as the eval sees it: its source file and text. */
export interface EvalClause {
  file: string;
  text: string;
}

export interface CaseResult {
  retrieved: EvalClause[];
  answer: string;
  supported: boolean;
  citations: Array<EvalClause & { quote: string }>;
  latencyMs: number;
}

export type Metrics = Record<string, number>;

function matches(clause: EvalClause, gold: { doc: string; anchor: string }): boolean {
  return clause.file === gold.doc && norm(clause.text).includes(norm(gold.anchor));
}

function firstHit(list: EvalClause[], c: EvalCase, k: number): number {
  return list.slice(0, k).findIndex((r) => c.gold.some((g) => matches(r, g)));
}

/** Per-case metrics; averaging over cases gives the table. */
export function caseMetrics(c: EvalCase, r: CaseResult): Metrics {
  const m: Metrics = { 'latency-ms': r.latencyMs };
  const answerable = c.gold.length > 0;
  if (answerable) {
    m['hit@1'] = firstHit(r.retrieved, c, 1) >= 0 ? 1 : 0;
    m['hit@5'] = firstHit(r.retrieved, c, 5) >= 0 ? 1 : 0;
    const rank = firstHit(r.retrieved, c, 10);
    m['MRR@10'] = rank >= 0 ? 1 / (rank + 1) : 0;
    m['recall@10'] = c.gold.filter((g) => r.retrieved.slice(0, 10).some((x) => matches(x, g))).length / c.gold.length;
    m['false-abstain'] = r.supported ? 0 : 1;
    if (r.citations.length > 0) m['cite-precision'] = r.citations.filter((x) => c.gold.some((g) => matches(x, g))).length / r.citations.length;
    m['cite-recall'] = c.gold.filter((g) => r.citations.some((x) => matches(x, g))).length / c.gold.length;
  } else {
    m['abstain-correct'] = r.supported ? 0 : 1;
  }
  const must = c.answer_must_contain ?? [];
  if (must.length > 0) m['fact-recall'] = must.filter((p) => norm(r.answer).includes(norm(p))).length / must.length;
  const mustNot = c.answer_must_not_contain ?? [];
  if (mustNot.length > 0) m.violations = mustNot.some((p) => norm(r.answer).includes(norm(p))) ? 1 : 0;
  if (r.citations.length > 0) m['quote-valid'] = r.citations.filter((x) => x.quote !== '' && x.text.includes(x.quote)).length / r.citations.length;
  return m;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Means of every metric over the cases that have it, plus latency p50/p95. */
export function summarize(perCase: Metrics[]): Metrics {
  const sums = new Map<string, { total: number; n: number }>();
  for (const m of perCase) {
    for (const [k, v] of Object.entries(m)) {
      if (k === 'latency-ms') continue;
      const s = sums.get(k) ?? { total: 0, n: 0 };
      s.total += v;
      s.n += 1;
      sums.set(k, s);
    }
  }
  const out: Metrics = {};
  for (const [k, s] of sums) out[k] = s.total / s.n;
  const lat = perCase.map((m) => m['latency-ms'] ?? 0).sort((a, b) => a - b);
  out['latency-p50-ms'] = percentile(lat, 50);
  out['latency-p95-ms'] = percentile(lat, 95);
  return out;
}

export const METRIC_ORDER = [
  'hit@1', 'hit@5', 'recall@10', 'MRR@10', 'cite-precision', 'cite-recall', 'fact-recall', 'violations',
  'abstain-correct', 'false-abstain', 'quote-valid', 'latency-p50-ms', 'latency-p95-ms',
] as const;
