/** Markdown tables for the terminal and evals/REPORT.md. */
import type { Metrics } from './metrics.js';
import { METRIC_ORDER } from './metrics.js';
import type { AnswerEval, Baselines } from './run-cases.js';

export interface DutyEvalResult {
  summary: Record<string, number>;
}

function fmt(v: number | undefined, key: string): string {
  if (v === undefined) return '–';
  return key.endsWith('-ms') ? v.toFixed(1) : v.toFixed(2);
}

function table(rows: Array<[string, Metrics]>, keys: readonly string[]): string {
  const present = keys.filter((k) => rows.some(([, m]) => m[k] !== undefined));
  const head = `| | ${present.join(' | ')} |`;
  const sep = `|---|${present.map(() => '---:').join('|')}|`;
  const body = rows.map(([name, m]) => `| ${name} | ${present.map((k) => fmt(m[k], k)).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

export function renderReport(input: { cases?: string; mode: string; result?: AnswerEval; baselines?: Baselines | undefined; duties?: DutyEvalResult | undefined }): string {
  const parts: string[] = [];
  if (input.result) {
    const n = input.result.outcomes.length;
    parts.push(`## Answers (${input.mode} mode, ${n} cases from ${input.cases ?? ''})`, '');
    const rows: Array<[string, Metrics]> = [['**overall**', input.result.summary], ...Object.entries(input.result.byCategory)];
    parts.push(table(rows, METRIC_ORDER), '');
  }
  if (input.baselines) {
    parts.push('## Retrieval baselines (answerable cases; history joined into the query for every retriever)', '');
    const keys = ['hit@1', 'hit@5', 'recall@10', 'MRR@10', 'latency-p50-ms', 'latency-p95-ms'];
    parts.push(table(Object.entries(input.baselines).map(([name, b]) => [name, b.summary]), keys), '');
    const cats = [...new Set(Object.values(input.baselines).flatMap((b) => Object.keys(b.byCategory)))].sort();
    parts.push('hit@5 by category:', '');
    parts.push(table(Object.entries(input.baselines).map(([name, b]) => [name, Object.fromEntries(cats.map((c) => [c, b.byCategory[c]?.['hit@5'] ?? 0]))]), cats), '');
  }
  if (input.duties) {
    parts.push('## Duty matrix', '');
    parts.push(table([['gold rows', input.duties.summary]], Object.keys(input.duties.summary)), '');
  }
  return parts.join('\n');
}
