/**
 * The offline answer: short Chinese sentences around exact quotes, every fact with its [n]. Nothing is
 * written that the cited clauses do not say; when the evidence is not enough, it says so.
 */
import type { Clause, DocumentMeta, Duty } from '../schemas.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import type { SearchHit } from '../retrieval/search.js';
import { Citer } from './citer.js';
import { scoreSentences, selectSentences, weightTerms, type ScoredSentence } from './evidence.js';
import type { Intent } from './intent.js';
import { judgeSupport } from './support.js';

export interface ExtractiveInput {
  question: string;
  intent: Intent;
  hits: SearchHit[];
  analysis: QueryAnalysis;
  duties: readonly Duty[];
  documents: ReadonlyMap<string, DocumentMeta>;
  clauses: ReadonlyMap<string, Clause>;
  allClauses: readonly Clause[];
  /** Shared numbering when the answer has other parts. */
  citer?: Citer;
}

export interface Composed {
  answer: string;
  supported: boolean;
  citer: Citer;
}

const LEAD_IN: Record<Intent, string> = {
  checklist: '相关要求如下',
  metadata: '文件信息如下',
  duty: '责任分工如下',
  deadline: '时间要求如下',
  frequency: '频次要求如下',
  hazard: '文件的相关要求如下',
  applicability: '与您相关的要求如下',
  general: '文件的相关规定如下',
};

export function shortTitle(doc: DocumentMeta | undefined): string {
  return doc ? `《${doc.title}》` : '';
}

function where(clause: Clause, documents: ReadonlyMap<string, DocumentMeta>): string {
  return `${shortTitle(documents.get(clause.docId))}${clause.path.join(' › ')}`;
}

/** Documents the question is about: those of the places it names, when it names any. */
function targetDocs(analysis: QueryAnalysis): string[] | undefined {
  const ids = [...new Set(analysis.places.flatMap((p) => p.docIds))];
  return ids.length > 0 ? ids : undefined;
}

function quoteLines(chosen: readonly ScoredSentence[], input: ExtractiveInput, citer: Citer): string[] {
  return chosen.map((s) => `- ${where(s.clause, input.documents)}：“${s.text}”[${citer.cite(s.clause, s.text)}]`);
}

/** Composes the extractive answer; duty questions go through the duty matrix first. */
export function composeExtractive(input: ExtractiveInput): Composed {
  const citer = input.citer ?? new Citer(input.documents);
  const weights = weightTerms(input.analysis, input.allClauses);
  const docs = targetDocs(input.analysis);
  const scored = scoreSentences(input.hits, weights, input.intent).filter((s) => !docs || docs.includes(s.clause.docId));
  const verdict = judgeSupport(input.question, input.intent, scored, input.allClauses);
  if (!verdict.supported) return { answer: abstain(verdict.missing, scored, input, citer), supported: false, citer };
  const lines: string[] = [];
  if (input.intent === 'duty') lines.push(...dutyLines(input, scored, citer));
  const perDoc = docs && docs.length > 1 ? docs : undefined;
  const max = input.intent === 'duty' && lines.length > 0 ? 1 : 4;
  const chosen = selectSentences(scored, max, perDoc);
  const quoted = quoteLines(chosen, input, citer);
  const head = lines.length > 0 ? lines : [`根据文件，${LEAD_IN[input.intent]}：`];
  return { answer: [...head, ...(lines.length > 0 ? ['依据原文：'] : []), ...quoted].join('\n'), supported: true, citer };
}

function abstain(missing: string, scored: readonly ScoredSentence[], input: ExtractiveInput, citer: Citer): string {
  const near = selectSentences(scored, 2);
  const lines = [`文件中没有找到${missing}。`];
  if (near.length > 0) {
    lines.push('最接近的相关条款（仅供参考，并未直接回答该问题）：');
    lines.push(...quoteLines(near, input, citer));
  }
  return lines.join('\n');
}

/** The duty rows of the best-ranked clauses that carry one; an inherited lead also cites where the default was set. */
function dutyLines(input: ExtractiveInput, scored: readonly ScoredSentence[], citer: Citer): string[] {
  const rank = new Map(input.hits.map((h, i) => [h.clause.id, i]));
  const rows = input.duties
    .filter((d) => rank.has(d.clauseId) && (d.lead.length > 0 || d.cooperate.length > 0))
    .sort((a, b) => rank.get(a.clauseId)! - rank.get(b.clauseId)!);
  const best = rows[0];
  if (!best || rank.get(best.clauseId)! > Math.max(2, (scored[0]?.rank ?? 0) + 1)) return [];
  const clause = input.clauses.get(best.clauseId)!;
  const n = citer.cite(clause, best.quote);
  const out = [`${where(clause, input.documents)}：`];
  if (best.how === 'inherited' && best.inheritedFrom) {
    const source = input.clauses.get(best.inheritedFrom);
    const rule = source ? defaultRule(source.text) : undefined;
    const m = source && rule ? citer.cite(source, rule) : n;
    out.push(`- 负责单位：${best.lead.join('、')}。本条没有单独写明负责单位，依据文件“${rule ?? ''}”的约定确定[${m}]。`);
  } else if (best.undifferentiated) {
    out.push(`- 责任处室：${best.lead.join('、')}[${n}]（文件只列出责任处室，未区分牵头与配合）。`);
  } else if (best.lead.length > 0) {
    out.push(`- 负责（牵头）单位：${best.lead.join('、')}[${n}]。`);
  }
  if (best.cooperate.length > 0) out.push(`- 配合单位：${best.cooperate.join('、')}[${n}]。`);
  if (best.deadline) out.push(`- 完成时限：${best.deadline.text}[${n}]。`);
  return out;
}

/** 以下均需市产业集聚区管委会、红山街道办负责，不再列出 — the sentence that sets a default lead. */
function defaultRule(text: string): string | undefined {
  return /以下均[需由]?[^，。；）)]*负责(?:[，,]不再列出)?/u.exec(text)?.[0];
}
