/**
 * 文号, the number an issuing office gives a document: issuer abbreviation, year in brackets, serial
 * and 号 — 宁工信安委发〔2019〕19号, 鲁工信民爆[2020]39号, 白应急规〔2025〕2号.
 * The variants differ in what text they read: a front page (spaces from extraction, any bracket), a
 * question after NFKC, body text that cites another document.
 */
import { norm } from '../normalize.js';

/** 〔 ［ [ （ ( — the brackets a 文号's year is written in, as documents write them. */
const YEAR_OPEN = '〔［\\[（(';
const YEAR_CLOSE = '〕］\\]）)';

/**
 * 宁工信安委发〔2019〕19号, 鲁工信民爆[2020]39号, 宁工信安委发〔 2019 〕 19 号 — a 文号 on a document's
 * front page; spaces are allowed because PDF extraction puts them in.
 */
export const DOC_NUMBER = new RegExp(`[\\p{Script=Han}]{1,12}[${YEAR_OPEN}]\\s*\\d{4}\\s*[${YEAR_CLOSE}]\\s*\\d+\\s*号`, 'u');

/**
 * 宁工信安委发〔2019〕19号, 工信部安全[2020]83号 — a 文号 typed in a question, read after NFKC (so ［］
 * are already []); no spaces, a serial of at most four digits.
 */
export const DOC_NUMBER_IN_QUESTION = /[\u4e00-\u9fff]{1,12}[〔[（(]\d{4}[〕\]）)]\d{1,4}号/gu;

/** 省人民政府令第195号, 政府令第12号 — a government order by its number (group 1: 令第195号), as a question types it. */
export const ORDER_NUMBER_IN_QUESTION = /(?:人民政府|政府)?(令第[\d一二三四五六七八九十百零〇]+号)/gu;

/**
 * 宁工信安委发〔2019〕19号 — a 文号 cited in body text (of another document, since a document's own is
 * metadata). Only the 〔〕 that published text uses.
 */
export const CITED_DOC_NUMBER = /[\p{Script=Han}]{1,12}〔\d{4}〕\d+号/gu;

/** 〔2019〕19号 — the year and serial of a cited 文号, as a source to compose into a wider pattern. */
export const DOC_NUMBER_TAIL_SOURCE = '〔\\d{4}〕\\d+号';

/** 工信部安全[2020]83号 → 工信部安全〔2020〕83号: norm, then the year's brackets as 〔〕, for comparing 文号. */
export function canonicalDocNumber(s: string): string {
  return norm(s).replace(/[[（(]/gu, '〔').replace(/[\]）)]/gu, '〕');
}
