/**
 * Questions about a document itself — its 文号, date, issuer, when it takes effect — are answered from its metadata, and
 * plainly refused when the document does not state them.
 */
import type { Clause, DocumentMeta } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { CITED_DOC_NUMBER, splitSentences } from '../text/zh/index.js';
import type { Citer } from './citer.js';
import type { QuestionCues } from '../question/analyze-question.js';


export interface MetadataAnswer {
  lines: string[];
  /** False when nothing that was asked is stated. */
  supported: boolean;
  /** Everything asked was found: the lines answer the question by themselves. */
  complete: boolean;
}

function dateClause(doc: DocumentMeta, clauses: readonly Clause[]): Clause | undefined {
  return doc.dateText ? clauses.find((c) => c.docId === doc.id && norm(c.text).includes(norm(doc.dateText!))) : undefined;
}

// （2024-2026年）, 2020年6月至2022年12月 — the years a plan covers.
const YEAR_SPAN = /\d{4}\s*年?(?:\d{1,2}月)?\s*[-—–至到]\s*\d{4}\s*年(?:\d{1,2}月)?/u;

/** The first sentence of the document that states the years it covers. */
function spanSentence(doc: DocumentMeta, clauses: readonly Clause[]): { clause: Clause; sentence: string; range: string } | undefined {
  for (const clause of clauses) {
    if (clause.docId !== doc.id) continue;
    for (const s of splitSentences(clause.text)) {
      const m = YEAR_SPAN.exec(s.text);
      if (m) return { clause, sentence: s.text, range: m[0] };
    }
  }
  return undefined;
}

/** Lines answering 文号 / 日期 / 发文单位 questions about `doc`. */
export function answerMetadata(asks: QuestionCues['metadata'], doc: DocumentMeta, clauses: readonly Clause[], citer: Citer): MetadataAnswer {
  const { number: asksNumber, issuer: asksIssuer, effective: asksEffective } = asks;
  // 从哪天开始执行？管几年？ is answered by the 施行 sentence and its 有效期, not the day it was issued
  const asksDate = asks.date && !asksEffective;
  const asksSpan = asks.span && !(asksEffective && doc.validUntil);
  const lines = [`《${doc.title}》：`];
  let found = 0;
  let asked = 0;
  if (asksNumber) {
    asked++;
    if (doc.docNumber) {
      found++;
      lines.push(`- 文号：${doc.docNumber}。`);
    } else {
      const cited = [...new Set(clauses.filter((c) => c.docId === doc.id).flatMap((c) => c.text.match(CITED_DOC_NUMBER) ?? []))];
      const note = cited.length > 0 ? `正文中出现的${cited.join('、')}是其引用的其他文件的文号，不是本文件的文号。` : '';
      lines.push(`- 文件中没有找到本文件的文号。${note}`);
    }
  }
  if (asksDate) {
    asked++;
    if (doc.dateText) {
      found++;
      const clause = dateClause(doc, clauses);
      const cite = clause ? `[${citer.cite(clause, clause.text.includes(doc.dateText) ? doc.dateText : clause.text)}]` : '';
      lines.push(`- ${doc.dateKind === '印发' ? '印发日期' : '成文日期'}：${doc.dateText}${cite}。`);
    } else lines.push('- 文件中没有找到本文件的成文或印发日期。');
  }
  if (asksSpan) {
    asked++;
    const span = spanSentence(doc, clauses);
    if (span) {
      found++;
      lines.push(`- 时间范围：${span.range}，见“${span.sentence}”[${citer.cite(span.clause, span.sentence)}]。`);
    } else lines.push('- 文件中没有写明适用的年份范围。');
  }
  if (asksEffective) {
    asked++;
    const clause = doc.effectiveText ? clauses.find((c) => c.docId === doc.id && c.text.includes(doc.effectiveText!)) : undefined;
    if (clause && doc.effectiveText) {
      found++;
      const n = citer.cite(clause, doc.effectiveText);
      lines.push(`- 施行日期：${doc.effective ?? doc.effectiveText}（“${doc.effectiveText}”）[${n}]。`);
      const validity = doc.validUntil ? splitSentences(clause.text).find((x) => x.text.includes(doc.effectiveText!) && /有效期/u.test(x.text)) : undefined;
      if (validity) lines.push(`- 有效期：至${doc.validUntil}（“${validity.text}”）[${citer.cite(clause, validity.text)}]。`);
    } else lines.push('- 文件中没有写明施行日期。');
  }
  if (asksIssuer) {
    asked++;
    if (doc.issuers && doc.issuers.length > 0) {
      found++;
      lines.push(`- 发文单位：${doc.issuers.join('、')}。`);
    } else lines.push('- 文件中没有写明发文单位。');
  }
  return { lines, supported: asked === 0 || found > 0, complete: asked > 0 && found === asked };
}
