/**
 * How often a duty recurs, read from the wording only: 每月, 每季度至少1次, 每年2次以上, 每5年至少一次,
 * 逐年; `定期` is kept as written with no interval, because the document names none.
 */
import type { Frequency } from '../schemas.js';
import { CN_COUNT_CHARS, chineseToNumber } from '../text/zh/numerals.js';

/** A frequency and where its wording sits in the text searched. */
export interface FrequencyHit {
  frequency: Frequency;
  start: number;
  end: number;
}

// 5, 两, 十二 — a count in digits or Chinese numerals
const NUM = `(?:[0-9]+|[${CN_COUNT_CHARS}]+)`;

// 每月 每季度 每半年 每年 每5年 每两个月 每个月 每年度 每天 每周; not 每年年底前 (a deadline) nor 每一名 (not a period)
const PERIOD = new RegExp(`每(?:个)?(${NUM}(?:个)?年|${NUM}个?月|半年|季度|季|月|周|天|日|年度?)(?!年?底|末)`, 'gu');

// after the period: 带队对本单位至少开展1次 / 组织2次以上 / 至少组织开展一次 — stays inside one clause segment
const TIMES = new RegExp(`^[^，。；;、（）()]{0,16}?(${NUM})次(以上|及以上)?`, 'u');

// 定期组织企业开展自查互查 / 定期检查 — recurring, interval unstated
const REGULAR = /定期/gu;

// 逐年淘汰炼钢、炼铁… — once a year, every year
const YEARLY = /逐年/gu;

type Per = NonNullable<Frequency['per']>;

function perOf(period: string): { per: Per; every?: number } {
  if (period === '半年') return { per: 'half-year' };
  if (period.startsWith('季')) return { per: 'quarter' };
  if (period === '月') return { per: 'month' };
  // 两个月 → every 2 months
  if (period.endsWith('月')) {
    const months = chineseToNumber(period.replace(/个?月$/u, ''));
    return Number.isInteger(months) && months > 1 ? { per: 'month', every: months } : { per: 'month' };
  }
  if (period === '周') return { per: 'week' };
  if (period === '天' || period === '日') return { per: 'day' };
  // 5年 → 5, 两个年 → 2, 年度 → '' (NaN: plain yearly)
  const n = chineseToNumber(period.replace(/个?年度?$/u, ''));
  return Number.isInteger(n) && n > 1 ? { per: 'years', every: n } : { per: 'year' };
}

function parsePeriod(text: string, m: RegExpExecArray): FrequencyHit {
  const period = m[1]!;
  const start = m.index;
  let end = start + m[0].length;
  const base: Frequency = { text: `每${period}`, ...perOf(period) };
  const t = TIMES.exec(text.slice(end));
  if (!t) return { frequency: base, start, end };
  const times = chineseToNumber(t[1]!);
  if (!Number.isInteger(times) || times < 1) return { frequency: base, start, end };
  const span = t[0];
  const atLeast = /至少|不少于|不低于/u.test(span) || t[2] !== undefined;
  end += span.length;
  const words = `每${period}${/至少|不少于|不低于/u.test(span) ? '至少' : ''}${t[1]}次${t[2] ?? ''}`;
  return { frequency: { ...base, text: words, times, ...(atLeast ? { atLeast: true } : {}) }, start, end };
}

/** Every frequency stated in `text`, in text order: specific intervals and the bare 定期/逐年. */
export function findFrequencies(text: string): FrequencyHit[] {
  const hits: FrequencyHit[] = [];
  for (const m of text.matchAll(PERIOD)) hits.push(parsePeriod(text, m as RegExpExecArray));
  for (const m of text.matchAll(YEARLY)) hits.push({ frequency: { text: '逐年', per: 'year' }, start: m.index, end: m.index + 2 });
  for (const m of text.matchAll(REGULAR)) hits.push({ frequency: { text: '定期' }, start: m.index, end: m.index + 2 });
  return hits.sort((a, b) => a.start - b.start);
}

/** True for a frequency that names an interval (每月, 逐年); false for 定期. */
export function isSpecific(f: Frequency): boolean {
  return f.per !== undefined;
}

/** The first frequency with a stated interval, else the first 定期, else undefined. */
export function mainFrequency(hits: readonly FrequencyHit[]): Frequency | undefined {
  return (hits.find((h) => isSpecific(h.frequency)) ?? hits[0])?.frequency;
}
