/**
 * Questions about a document itself — its 文号, date, issuer, when it takes effect — are answered from its metadata, and
 * plainly refused when the document does not state them.
 */
import type { Clause, DocumentMeta } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { CITED_DOC_NUMBER, PROMULGATED, askedYears, splitSentences } from '../text/zh/index.js';
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
// 有效期至2028年12月31日, 有效期5年 — the sentence that states a document's end.
const VALIDITY_WORDS = /有效期(?:至|到|为?[\d一二三四五六七八九十两]+年)/u;

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

/** The sentence that states a document's 有效期 (有效期至2028年12月31日, 有效期5年), when its end is known. */
function validitySentence(doc: DocumentMeta, clauses: readonly Clause[]): { clause: Clause; sentence: string } | undefined {
  if (!doc.validUntil) return undefined;
  for (const clause of clauses) {
    if (clause.docId !== doc.id) continue;
    const sentence = splitSentences(clause.text).find((x) => VALIDITY_WORDS.test(x.text))?.text;
    if (sentence) return { clause, sentence };
  }
  return undefined;
}

/** The 公告 sentence that dates the amended text (PROMULGATED), with its clause. */
function amendedEffective(doc: DocumentMeta, clauses: readonly Clause[]): { clause: Clause; sentence: string; date: string } | undefined {
  if (!doc.amendedEffective) return undefined;
  for (const clause of clauses) {
    if (clause.docId !== doc.id) continue;
    const sentence = splitSentences(clause.text).find((s) => PROMULGATED.test(s.text))?.text;
    if (sentence) return { clause, sentence, date: doc.amendedEffective };
  }
  return undefined;
}

/** The words of one history line as the clause holds them (the line's own text is read with its spaces folded): from its date to its action. */
function historyQuote(doc: DocumentMeta, clauses: readonly Clause[], r: NonNullable<DocumentMeta['revisions']>[number]): { clause: Clause; text: string } | undefined {
  const [y, m, d] = r.date.split('-').map(Number);
  const date = `${y}年${m}月${d}日`;
  for (const clause of clauses) {
    if (clause.docId !== doc.id) continue;
    const start = clause.text.indexOf(date);
    const end = start < 0 ? -1 : clause.text.indexOf(r.action, start);
    if (end > start) return { clause, text: clause.text.slice(start, end + r.action.length) };
  }
  return undefined;
}

/** Lines answering 文号 / 日期 / 发文单位 / 施行 / 有效期 / 修改 questions about `doc`; `question` gives the years asked. */
export function answerMetadata(asks: QuestionCues['metadata'], doc: DocumentMeta, clauses: readonly Clause[], citer: Citer, question = ''): MetadataAnswer {
  const years = askedYears(question).map((a) => a.year);
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
    // (管几年 of a 预案 that says 有效期5年: its 有效期)
    const validity = span ? undefined : validitySentence(doc, clauses);
    if (span) {
      found++;
      lines.push(`- 时间范围：${span.range}，见“${span.sentence}”[${citer.cite(span.clause, span.sentence)}]。`);
    } else if (validity) {
      found++;
      lines.push(`- 有效期：至${doc.validUntil}（“${validity.sentence}”）[${citer.cite(validity.clause, validity.sentence)}]。`);
    } else lines.push('- 文件中没有写明适用的年份范围。');
  }
  // 最近这次修改是哪天通过的: the last line of its history; 最早是哪天通过的: the first
  const passed = asks.passed && !asks.revision ? (asks.first ? doc.revisions?.[0] : doc.revisions?.find((r) => r.action === '通过')) : undefined;
  if (passed) {
    asked++;
    const quote = historyQuote(doc, clauses, passed);
    if (quote) {
      found++;
      lines.push(`- ${passed.action}日期：${passed.date}（“${quote.text}”）[${citer.cite(quote.clause, quote.text)}]。`);
    } else lines.push(`- 文件中没有写明${passed.action}日期。`);
  }
  // 从哪天起执行 means the text in force, as amended (公告: 修改后的《…》自…起施行), unless the first text is asked (最早)
  const last = asks.revision ? doc.revisions?.at(-1) : undefined;
  const amended = asks.first ? undefined : amendedEffective(doc, clauses);
  if (last) {
    asked++;
    const quote = historyQuote(doc, clauses, last);
    if (quote) {
      found++;
      lines.push(`- 最近一次${last.action}：${last.date}（“${quote.text}”）[${citer.cite(quote.clause, quote.text)}]。`);
    } else lines.push('- 文件中没有写明修改情况。');
  }
  if (asksEffective && amended) {
    asked++;
    found++;
    lines.push(`- 修改后的施行日期：${amended.date}（“${amended.sentence}”）[${citer.cite(amended.clause, amended.sentence)}]。`);
  } else if (asksEffective) {
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
  // 到2029年还管用吗: its 有效期, and whether the year asked lies past it
  if (asks.valid && !asksEffective) {
    asked++;
    const validity = validitySentence(doc, clauses);
    if (validity && doc.validUntil) {
      found++;
      const past = years.filter((y) => `${y}` > doc.validUntil!.slice(0, 4));
      const verdict = past.length > 0 ? `；${past.join('、')}年已不在有效期内，知识库中没有接续的文件` : '';
      lines.push(`- 有效期：至${doc.validUntil}（“${validity.sentence}”）[${citer.cite(validity.clause, validity.sentence)}]${verdict}。`);
    } else lines.push('- 文件中没有写明有效期。');
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
