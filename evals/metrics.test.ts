import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../core/schemas.js';
import { caseMetrics, summarize } from './metrics.js';

const doc = '002_c1536b6ac6ba3ddc.txt';
const gold: EvalCase = {
  id: 'q061',
  category: 'frequency',
  question: '那疏散逃生演练呢？',
  gold: [{ doc, anchor: '民爆生产销售企业每半年至少组织1次' }],
  answer_must_contain: ['每半年'],
  answer_must_not_contain: ['每季度'],
};
const right = { file: doc, text: '（六）…每年至少组织开展1次疏散逃生演练（其中，民爆生产销售企业每半年至少组织 1 次）。' };
const wrong = { file: doc, text: '（二）…生产经营单位主要负责人要每季度带队…' };

describe('caseMetrics', () => {
  it('scores ranks, citations and phrases by the contract (norm drops whitespace)', () => {
    const m = caseMetrics(gold, {
      retrieved: [wrong, right],
      answer: '民爆生产销售企业每半年至少组织1次疏散逃生演练[1]。',
      supported: true,
      citations: [{ ...right, quote: '民爆生产销售企业每半年至少组织 1 次' }, { ...wrong, quote: '不在原文' }],
      latencyMs: 12,
    });
    expect(m).toEqual({
      'latency-ms': 12, 'hit@1': 0, 'hit@5': 1, 'MRR@10': 0.5, 'recall@10': 1, 'false-abstain': 0,
      'cite-precision': 0.5, 'cite-recall': 1, 'fact-recall': 1, violations: 0, 'quote-valid': 0.5,
    });
  });

  it('an unanswerable case scores abstention only', () => {
    const m = caseMetrics({ ...gold, gold: [], answer_must_contain: [], answer_must_not_contain: [] }, { retrieved: [wrong], answer: '文件中没有找到', supported: false, citations: [], latencyMs: 3 });
    expect(m).toEqual({ 'latency-ms': 3, 'abstain-correct': 1 });
  });

  it('summarize averages only where a metric applies', () => {
    const s = summarize([{ 'latency-ms': 10, 'hit@5': 1 }, { 'latency-ms': 30, 'hit@5': 0, 'abstain-correct': 1 }, { 'latency-ms': 20 }]);
    expect(s).toEqual({ 'hit@5': 0.5, 'abstain-correct': 1, 'latency-p50-ms': 20, 'latency-p95-ms': 30 });
  });
});
