/**
 * Questions about a document itself — its 文号, date, issuer — are answered from its metadata, and
 * plainly refused when the document does not state them.
 */
import type { Clause, DocumentMeta } from '../schemas.js';
import { norm } from '../text/normalize.js';
import type { Citer } from './citer.js';

// 宁工信安委发〔2019〕19号 — a document number cited in the text (of another document, since a document's own is metadata).
const DOC_NUMBER = /[\p{Script=Han}]{1,12}〔\d{4}〕\d+号/gu;

export interface MetadataAnswer {
  lines: string[];
  /** False when nothing that was asked is stated. */
  supported: boolean;
}

function dateClause(doc: DocumentMeta, clauses: readonly Clause[]): Clause | undefined {
  return doc.dateText ? clauses.find((c) => c.docId === doc.id && norm(c.text).includes(norm(doc.dateText!))) : undefined;
}

/** Lines answering 文号 / 日期 / 发文单位 questions about `doc`. */
export function answerMetadata(question: string, doc: DocumentMeta, clauses: readonly Clause[], citer: Citer): MetadataAnswer {
  const asksNumber = /文号|字号/u.test(question);
  const asksDate = /日期|时间|什么时候|啥时候|何时|哪天|印发|发布/u.test(question);
  const asksIssuer = /谁发|发文单位|发文机关|哪个单位发/u.test(question);
  const lines = [`《${doc.title}》：`];
  let found = 0;
  let asked = 0;
  if (asksNumber) {
    asked++;
    if (doc.docNumber) {
      found++;
      lines.push(`- 文号：${doc.docNumber}。`);
    } else {
      const cited = [...new Set(clauses.filter((c) => c.docId === doc.id).flatMap((c) => c.text.match(DOC_NUMBER) ?? []))];
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
  if (asksIssuer) {
    asked++;
    if (doc.issuers && doc.issuers.length > 0) {
      found++;
      lines.push(`- 发文单位：${doc.issuers.join('、')}。`);
    } else lines.push('- 文件中没有写明发文单位。');
  }
  return { lines, supported: asked === 0 || found > 0 };
}
