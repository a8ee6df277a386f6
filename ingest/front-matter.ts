/**
 * Sorts the paragraphs before the first heading (and the trailing 抄送/印发 block) of an official
 * document into metadata and citable preamble. What is metadata stays out of clause text.
 */
import { ATTACHMENT_LINE, BODY_START, DOC_NUMBER, ORG_END, PLACE_NAME_END } from '../core/text/zh/index.js';
import type { Paragraph } from './clean.js';

export type FrontRole =
  | 'masthead'
  | 'docNumber'
  | 'title'
  | 'addressee'
  | 'signature'
  | 'publicity'
  | 'cc'
  | 'printed'
  | 'body';

export interface Classified {
  roles: Map<number, FrontRole>;
  /** Index of the first paragraph that belongs to the document's outline (or paragraphs.length). */
  bodyStart: number;
}

// 2024年3月26日, 2019年6月28日印发
export const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(印发)?$/u;
// 通知, 实施方案, 意见, 办法（试行）, 安全规范, 会议纪要, 政策解读（一问一答） … a title names the kind of document it is.
const TITLE_KIND = /(通知|通报|方案|意见|办法|规定|决定|条例|细则|规则|标准|计划|要点|法|批复|函|报告|清单|准则|制度|规范|规程|指南|导则|手册|纲要|须知|纪要|解读|问答|释义)(?:[（(][^）)]{1,16}[）)])?[》」]?$/u;

// 您现在的位置：首页 > 政策法规 > 政策解读 — a saved web page's navigation, never its title.
const NAVIGATION = /^(?:您现在的位置|当前位置|您的位置|所在位置)|\s[>＞›»]\s/u;

function classifyLine(t: string, seenTitle: boolean): FrontRole {
  if (NAVIGATION.test(t)) return 'body';
  if (DOC_NUMBER.test(t) && t.length <= 30) return 'docNumber';
  if (/^[（(]此件.{0,8}[）)]$/u.test(t)) return 'publicity';
  if (/^抄\s*送[:：]/u.test(t)) return 'cc';
  if (DATE_LINE.test(t)) return DATE_LINE.exec(t)![4] ? 'printed' : 'signature';
  if (/[:：]$/u.test(t) && t.length <= 200 && !seenTitle) return 'addressee';
  if (/[:：]$/u.test(t) && t.length <= 200 && /^各|、/u.test(t)) return 'addressee';
  if (t.length <= 40 && /文件$/u.test(t)) return 'masthead';
  if (t.length <= 120 && !/[。；]$/u.test(t) && TITLE_KIND.test(t)) return 'title';
  if (t.length <= 30 && ORG_END.test(t) && !/[，。；]/u.test(t)) return 'masthead';
  if (t.length <= 12 && PLACE_NAME_END.test(t)) return 'masthead';
  return 'body';
}

/** Classifies the front paragraphs and the trailing 抄送/印发 block. */
export function classifyFrontMatter(text: string, paragraphs: Paragraph[]): Classified {
  const roles = new Map<number, FrontRole>();
  const at = (i: number) => text.slice(paragraphs[i]!.start, paragraphs[i]!.end);
  let bodyStart = paragraphs.findIndex((p) => BODY_START.test(text.slice(p.start, p.end)));
  // a notice with no numbered body (印发 a 检查表) starts its structure at its attachment's own 附件 line
  if (bodyStart < 0) bodyStart = paragraphs.findIndex((p) => ATTACHMENT_LINE.test(text.slice(p.start, p.end)));
  if (bodyStart < 0) bodyStart = paragraphs.length;
  let seenTitle = false;
  let seenBody = false;
  for (let i = 0; i < bodyStart; i++) {
    let role = classifyLine(at(i), seenTitle);
    // A title wrapped over two lines: 关于切实履行职责做好指导督促以行业 / 加强安全生产工作的通知
    const wrapped = !seenTitle && at(i).length <= 40 && !/[。，；：:]/u.test(at(i));
    if (role === 'body' && wrapped && i + 1 < bodyStart && classifyLine(at(i + 1), false) === 'title') role = 'title';
    // A masthead-like org name after the body is the signature's issuer line (落款).
    if (role === 'masthead' && seenBody) role = 'signature';
    if (role === 'title' && seenTitle && seenBody) role = 'body';
    roles.set(i, role);
    if (role === 'title') seenTitle = true;
    if (role === 'body') seenBody = true;
  }
  classifyTail(at, paragraphs.length, bodyStart, roles);
  return { roles, bodyStart };
}

/** From the end: 抄送：…, the printing office and its 印发 date are metadata, not clauses. */
function classifyTail(at: (i: number) => string, n: number, bodyStart: number, roles: Map<number, FrontRole>): void {
  for (let i = n - 1; i >= bodyStart && i >= n - 4; i--) {
    const t = at(i);
    if (/^抄\s*送[:：]/u.test(t)) roles.set(i, 'cc');
    else if (DATE_LINE.test(t) && DATE_LINE.exec(t)![4]) roles.set(i, 'printed');
    else if (roles.get(i + 1) === 'printed' && ORG_END.test(t) && t.length <= 40) roles.set(i, 'printed');
    else if (t.length <= 40 && /印发$/u.test(t)) roles.set(i, 'printed');
    else break;
  }
}
