/**
 * The date a question asks about, in its own words: 2025年7月以后, 2021年的时候, 2025年6月30日以前, 现在.
 * Answers give the rule in force on that date; without one, today's.
 */

import { chineseToNumber } from './numerals.js';

// 2025年7月1日以后, 2025年7月起, 2025年8月之后 — from that date on (groups: year, month, day).
export const FROM_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(?:以后|之后|起|开始)/u;

// 条例修改以前, 修正之前 — before the last revision of the regulation asked about (a year, if any, is BEFORE_REVISION's).
export const BEFORE_LAST_REVISION = /(?:修改|修正|修订)(?:以前|之前|前)/u;

// 2011年修订以前, 2014年修正之前 — before a revision of that year: as things stood at the end of the year before (group: year).
export const BEFORE_REVISION = /(\d{4})\s*年\s*(?:修订|修正|修改)\s*(?:以前|之前|前)/u;

// 2025年6月30日以前, 2021年的时候, 2012年那会儿, 2025年6月时 — on or before that date (groups: year, month?, day?,
// 以前 when it is a month's: 2025年7月以前 is before July). 2023年那个办法刚出来的时候, 2024年我们挖了个基坑，当时… — a
// time the question tells about in that year, said a few words on.
export const ON_DATE = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?\s*(?:(以前|之前)|(?:(?!\d{4}\s*年)[^。；？?]){0,30}?(?:的时候|那时候|那会儿|当时))/u;

// 2012年下半年, 2025年上半年 — the half year, from its first day (groups: year, half).
export const HALF_YEAR = /(\d{4})\s*年\s*(上|下)半年/u;

// 去年, 前年, 今年五月份 — a year said by how long ago it was: years back. Read as that year's number (去年下半年 →
// 2025年下半年); alone, 去年 is the end of that year, as 2021年的时候 is (今年 alone is now).
export const YEARS_AGO: ReadonlyArray<{ re: RegExp; back: number }> = [
  { re: /去年|上一年/u, back: 1 },
  { re: /前年/u, back: 2 },
  { re: /今年(?=\s*[一二三四五六七八九十\d]{1,2}\s*月|\s*[上下]半年)/u, back: 0 },
];

// 现在过了一年多还在用, 目前 — a question about now, whatever earlier day it tells of; 当时, 那时候 — one about then.
const ASKS_NOW = /现在|目前|如今|眼下|当前/u;
const ASKS_THEN = /当时|那时候?|那会儿|的时候/u;

// 五月份, 十二月 — a month written in Chinese numerals (group 1), not 三个月.
const CHINESE_MONTH = /([一二三四五六七八九十]{1,3})(?=\s*月)/gu;

// 2026年5月份 — a month of a year said without 的时候 (groups: year, month): asked after 今年 or 去年.
const YEAR_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月/u;

/** The ISO date a question names, or undefined when it names none (then: today, an ISO date, which 去年 counts from). */
export function askedDate(question: string, today?: string): string | undefined {
  let q = question.normalize('NFKC');
  // 去年3月标定的，现在过了一年多还在用 — the date tells of an event; the rule asked is today's
  if (ASKS_NOW.test(q) && !ASKS_THEN.test(q)) return undefined;
  const ago = today === undefined ? undefined : YEARS_AGO.find((y) => y.re.test(q));
  const year = ago ? Number(today!.slice(0, 4)) - ago.back : undefined;
  if (ago) q = q.replace(ago.re, `${year}年`).replace(CHINESE_MONTH, (n) => String(chineseToNumber(n)));
  const said = namedDate(q);
  if (said !== undefined || year === undefined) return said;
  const month = YEAR_MONTH.exec(q);
  return month ? endOfMonth(Number(month[1]), Number(month[2])) : `${year}-12-31`;
}

function endOfMonth(year: number, month: number): string {
  return iso(String(year), String(month), String(new Date(Date.UTC(year, month, 0)).getUTCDate()));
}

/** The date written in a question (2025年7月以后, 2021年的时候, 2012年下半年), or undefined. */
function namedDate(q: string): string | undefined {
  const from = FROM_DATE.exec(q);
  if (from) return iso(from[1]!, from[2]!, from[3] ?? '1');
  const half = HALF_YEAR.exec(q);
  if (half) return iso(half[1]!, half[2] === '上' ? '1' : '7', '1');
  const before = BEFORE_REVISION.exec(q);
  if (before) return `${Number(before[1]) - 1}-12-31`;
  const on = ON_DATE.exec(q);
  if (!on) return undefined;
  // 2021年的时候 → the end of 2021; 2025年6月的时候 → the end of June 2025; 2025年7月以前 → the end of June (before July).
  if (!on[2]) return `${on[1]}-12-31`;
  const month = Number(on[2]) - (on[3] === undefined && on[4] !== undefined ? 1 : 0);
  if (month === 0) return `${Number(on[1]) - 1}-12-31`;
  if (!on[3]) return endOfMonth(Number(on[1]), month);
  return iso(on[1]!, on[2], on[3]);
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

// 上半年, 下半年, 一季度, 第三季度 — a part of the year a question asks about (group 1 上/下, group 2 the quarter).
const ASKED_PART_OF_YEAR = /(上|下)半年|第?([一二三四1-4])季度/u;

/** The months (1–12) a question's 上半年 / 第三季度 covers, or undefined when it names no part of the year. */
export function askedMonths(question: string): { from: number; to: number } | undefined {
  const m = ASKED_PART_OF_YEAR.exec(question.normalize('NFKC'));
  if (!m) return undefined;
  if (m[1]) return m[1] === '上' ? { from: 1, to: 6 } : { from: 7, to: 12 };
  const q = '一二三四'.indexOf(m[2]!) + 1 || Number(m[2]);
  return { from: q * 3 - 2, to: q * 3 };
}

// 计划时间：2026年6月（安全生产月期间）, 完成时限：9月底前 — the months a table row's time cell names.
const TIME_CELL = /(?:时间|时限|日期|期限)[：:]([^；;]*)/gu;

/** The months the time cells of a row name (计划时间：2026年4月下旬 → [4]); empty when it names none. */
export function rowMonths(row: string): number[] {
  return [...row.matchAll(TIME_CELL)].flatMap((cell) => [...cell[1]!.matchAll(/(\d{1,2})\s*月/gu)].map((x) => Number(x[1])));
}

// 2024—2026年, 2024-2026年, 2024至2026年 — a span of years (groups: first, last).
/** 具体哪天到, 哪一天来, 具体几号 — a question after one day (not 几号前, a deadline). */
export const ASKS_EXACT_DAY = /具体(?:是)?哪一?天|哪一天(?!前|之前)|具体(?:几号|日期)(?!前)/u;

/** 2026年5月6日至8月31日, 3月16日—4月30日 — a span of days, not one day. */
export const DATE_RANGE = /\d{1,2}\s*[月日]\s*\d{0,2}\s*日?\s*(?:至|到|—|－|-|~)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月/u;

// 12时, 17点 — an hour of the day inside a frequency or deadline.
export const CLOCK_TIME = /\d{1,2}[时点]/u;

/** 每周五12时前, 每周四, 每月10日前, 每日16时前, 每半月至少巡查一次, 每2小时不少于1次, 每班次不少于1次 — a frequency with its day or hour, a half-month, an hourly or a per-shift one. */
export const WEEKLY_TIME = /每周[一二三四五六日天](?:\d{1,2}时)?(?:前|之前)?|每(?:个)?月\d{1,2}[日号](?:\d{1,2}时)?(?:前|之前)?|每[日天]\d{1,2}[时点](?:前|之前)?|每半(?:个)?月(?:至少)?[^，。；]{0,8}?[一两二三\d]次|每[一二两三四\d]{1,2}(?:个)?小时(?:不少于|至少)?[一1]次|每(?:个)?班次?(?:至少|不少于)?[^，。；]{0,6}?[一两二三\d]次/gu;

// 每月10日前, 每周五12时前, 每日16时前 — a report due again and again by a day or an hour: a deadline that recurs.
export const RECURRING_DUE = /^每.*\d{1,2}[日号时点](?:前|之前)$/u;

/** 检测间隔时间不得超过二小时, 每隔2小时 — a frequency stated as the longest gap between two times. */
export const INTERVAL = /(?:每隔|间隔(?:时间)?(?:不得|不应|不宜)?(?:超过|大于)?)\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|分钟|天|日|周|月)/gu;

export const YEAR_SPAN = /(\d{4})年?[-—–至到](\d{4})年/gu;

// 2025年 — a year written (group: year).
export const YEAR_WRITTEN = /(\d{4})年/gu;

// 2025年, 2025年修订的, 2019年版, 2027年再修改 — a year a question names; with 修订/修正/修改/版 it names a text (groups: year, word).
export const ASKED_YEAR = /(\d{4})\s*年\s*(?:(?:再|又|将|要|会){0,2}(修订|修正|修改|版))?/gu;

/** Every year a text writes, and every year inside a span it writes (2024—2026年 → 2024, 2025, 2026). */
export function yearsWrittenIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(YEAR_SPAN)) for (let y = Number(m[1]); y <= Number(m[2]) && y - Number(m[1]) < 50; y++) years.push(y);
  for (const m of text.matchAll(YEAR_WRITTEN)) years.push(Number(m[1]));
  return years;
}

/** The years a question names, each marked when it names a text (2025年修订后的…) rather than a time. */
export function askedYears(question: string): Array<{ year: number; namesText: boolean }> {
  return [...question.matchAll(ASKED_YEAR)].map((m) => ({ year: Number(m[1]), namesText: m[2] !== undefined }));
}
