/**
 * The numbering that opens a structural unit: outline markers of official documents (一、 （一） 1. （1） ①)
 * and the 第N编/章/节/条 of laws. The pieces are written once; each pattern a module needs is composed
 * from them under a name that says what it is for, because the modules genuinely differ in what they
 * accept (a line start while cleaning also accepts 附件; a task title strips 12. as well as 1.).
 */
import type { ClauseKind } from '../../schemas.js';
import { CN_NUMERAL_CHARS, CN_SMALL, CIRCLED } from './numerals.js';

const SMALL = `[${CN_SMALL}]+`;

/** 3. 3． 3、 — one or two digits and a stop, without the guard against 2024.3 (see OUTLINE_MARKER_SOURCES.outline3). */
const ARABIC_ITEM = '\\d{1,2}[.．、]';

/**
 * Sources (no anchor, no capture) of the five outline levels, as the structure parser reads them:
 * outline1 二、 · outline2 （三） or (九) · outline3 3. but not 2024.3 · outline4 （1） · outline5 ①.
 */
export const OUTLINE_MARKER_SOURCES = {
  outline1: `${SMALL}、`,
  outline2: `[（(]${SMALL}[）)]`,
  outline3: `${ARABIC_ITEM}(?!\\d)`,
  outline4: '[（(]\\d{1,2}[）)]',
  outline5: '[①-⑳]',
} as const;

const { outline1, outline2, outline3, outline4, outline5 } = OUTLINE_MARKER_SOURCES;

/** 第十二条 第一章 第二节 第一编 第3条 — a law's unit number; no 两 (no law writes 第两条). Source, no anchor. */
const LAW_UNIT = `第[${CN_SMALL}百千零〇\\d]+[编章节条]`;

/** One rule of the structure parser: the kind, its rank (lower encloses higher), and the pattern with the number captured. */
/** Units a number at a line's start may carry (2.5米, 1.5倍): then it is a quantity, not a clause number. */
const QUANTITY_UNIT = '[米吨人元%％天时年月日个台次倍度万千亿分秒公升克层级号类项条款楼栋]';
/** 5 监测频次, 4.1, 4.2.1 — a standard's clause number opening a line (a heading or a clause), not 2.5米. */
const STANDARD_CLAUSE = `\\d{1,2}(?:\\.\\d{1,2}){0,2}(?![.\\d])[ \\t\\u3000]*(?!${QUANTITY_UNIT})(?=\\p{Script=Han})`;

export interface OutlineRule {
  kind: ClauseKind;
  rank: number;
  re: RegExp;
}

const CN = `[${CN_NUMERAL_CHARS}]+`;

/**
 * The structure parser's rules, in precedence order: the first that matches a paragraph's start wins.
 * Group 1 is the number as written (empty for a bare 附件).
 */
export const OUTLINE_RULES: readonly OutlineRule[] = [
  { kind: 'attachment', rank: 0, re: /^附件\s*(\d*)\s*[:：]?/u }, // 附件1：
  { kind: 'part', rank: 1, re: new RegExp(`^第(${CN}|\\d+)编`, 'u') }, // 第一编
  { kind: 'chapter', rank: 2, re: new RegExp(`^第(${CN}|\\d+)章`, 'u') }, // 第一章 总则
  { kind: 'section', rank: 3, re: new RegExp(`^第(${CN}|\\d+)节`, 'u') }, // 第二节
  { kind: 'article', rank: 4, re: new RegExp(`^第(${CN}|\\d+)条(?:之${SMALL})?(?=[\\s　]|$|[\\p{Script=Han}（(“])`, 'u') }, // 第十二条 生产经营单位…
  // a standard's clauses (GB/T 1.1): 5 监测频次 a heading, 5.2 a clause, 5.2.1 a subclause; not 2.5米以上 (a quantity)
  { kind: 'chapter', rank: 2, re: new RegExp(`^(\\d{1,2})[ \\t\\u3000]*(?!${QUANTITY_UNIT})(?=\\p{Script=Han}[^。；，]{0,19}$)`, 'u') }, // 5 监测频次
  { kind: 'item', rank: 4.6, re: new RegExp(`^\\d{1,2}\\.\\d{1,2}\\.(\\d{1,2})(?![.\\d])[ \\t\\u3000]*(?!${QUANTITY_UNIT})(?=[\\p{Script=Han}“（(])`, 'u') }, // 4.2.1 头顶库…
  { kind: 'article', rank: 4, re: new RegExp(`^\\d{1,2}\\.(\\d{1,2})(?![.\\d])[ \\t\\u3000]*(?!${QUANTITY_UNIT})(?=[\\p{Script=Han}“（(])`, 'u') }, // 4.1三等及以上尾矿库…
  { kind: 'outline1', rank: 5, re: new RegExp(`^(${SMALL})、`, 'u') }, // 二、主要任务
  { kind: 'outline2', rank: 6, re: new RegExp(`^[（(](${SMALL})[）)]\\s*`, 'u') }, // （三）深化… / (九) 多措并举
  { kind: 'outline3', rank: 7, re: /^(\d{1,2})[.．、](?!\d)\s*/u }, // 3.突出重大安全风险管控
  { kind: 'outline4', rank: 8, re: /^[（(](\d{1,2})[）)]\s*/u }, // （1）
  { kind: 'outline5', rank: 9, re: new RegExp(`^([${CIRCLED}])`, 'u') }, // ①
];

/**
 * 一、 （一） 1. （1） ① 第十二条 第一章 附件1 — a line starting so opens a paragraph when cleaning
 * extracted text. Wider than BODY_START: 附件 and the lower outline levels open paragraphs too.
 */
export const OUTLINE_LINE_START = new RegExp(`^(?:${outline1}|${outline2}|${outline3}|${outline4}|${outline5}|${LAW_UNIT}|附件)`, 'u');

/**
 * 一、 （一） 1. 第一章 — the first paragraph so opened ends the front matter (title, 文号, 主送). Narrower
 * than OUTLINE_LINE_START: a front page's （1） or ① is not yet the body.
 */
export const BODY_START = new RegExp(`^(?:${outline1}|${outline2}|${LAW_UNIT}|${outline3}|${STANDARD_CLAUSE})`, 'u');

/** 附件, 附件2 — an attachment's own first line (not 附件：…, the notice's list of them). */
export const ATTACHMENT_LINE = /^附件\s*\d*$/u;

/**
 * 第十二条 生产经营单位… / 第一章 总则 — a law's unit number (group 1) and the gap after it, which
 * cleaning keeps as one space.
 */
export const LAW_UNIT_HEAD = new RegExp(`^(${LAW_UNIT})[ \\t\\u00a0\\u3000]+`, 'u');

/**
 * 1. （1） ① 一、 （一） — a Word list item that already carries its number. Accepts 2.3万 as numbered
 * (no guard against a following digit): a list item beginning with a decimal is rare and keeping
 * the text as written is the safe side.
 */
export const NUMBERED_ITEM = new RegExp(`^(?:${ARABIC_ITEM}|${outline4}|${outline5}|${outline1}|${outline2})`, 'u');

/** （一） （1） (九) （十2）: any bracketed counter, Chinese or arabic, as the duty and checklist strippers accept. */
const BRACKETED = `[（(][${CN_SMALL}\\d]+[）)]`;
/** 1. 12. 123、 — any number of digits and a stop. */
const ARABIC_ANY = '\\d+[.．、]';

/**
 * 2.各责任处室要… → 各责任处室要…: the outline number (with spaces around it) stripped from a clause or
 * task text when reading duties. Looser than the parser's markers (any digits, any bracketed counter):
 * here a false strip only shortens a task title.
 */
export const OUTLINE_PREFIX = new RegExp(`^\\s*(?:${outline1}|${BRACKETED}|${ARABIC_ANY}|${outline5})\\s*`, 'u');

/**
 * （一） 一、 1. （1） ① 第三条 — the numbering before a checklist heading, stripped for display. Like
 * OUTLINE_PREFIX (no leading spaces), plus 第N章/节/条 with numerals up to 百 (headings, not 编).
 */
export const HEADING_NUMBERING = new RegExp(`^(?:${BRACKETED}|${outline1}|${ARABIC_ANY}|${outline5}|第[${CN_SMALL}百\\d]+[章节条])\\s*`, 'u');

/** 第二十一条, 第21条, 第一百零三条 — an article number anywhere in a text (group 1 the number). */
export const ARTICLE_NUMBER = new RegExp(`第([${CN_NUMERAL_CHARS}\\d]+)条`, 'gu');

/** 第二十一条 — a heading-path element naming an article (the whole element, from its start). */
export const ARTICLE_PATH_ELEMENT = new RegExp(`^第[${CN_NUMERAL_CHARS}\\d]+条`, 'u');

/**
 * 安全生产法 in 安全生产法第二十一条, 河南省安全生产条例 in 《河南省安全生产条例》第十条 — the law or
 * regulation named right before an article number (group 1).
 */
export const LAW_BEFORE_ARTICLE = new RegExp(`([\\u4e00-\\u9fff]{2,30}?(?:法|条例|规定|办法|细则|决定))》?第[${CN_NUMERAL_CHARS}\\d]+条`, 'u');

/** 8.2, 5.3.1 — the number of a standard's clause below its chapters. */
const STANDARD_NUMBER = '\\d{1,2}(?:\\.\\d{1,2}){1,3}';

/** 第8.2条, 5.3.1条 — a standard's clause named by its number in a question (group 1: 8.2). */
export const STANDARD_CLAUSE_REF = new RegExp(`第?(${STANDARD_NUMBER})\\s*[条款]`, 'gu');

/** 8.2 — a heading-path element that is a standard's clause number. */
export const STANDARD_CLAUSE_PATH = new RegExp(`^${STANDARD_NUMBER}$`, 'u');
