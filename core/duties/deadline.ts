/**
 * By when: 到2019年12月底, 2020年12月底前, 长期坚持, 每年年底前, and the phase a heading names
 * (`（二）排查整治(2020年7月至12月)` → 2020年7月至12月).
 */
import type { Deadline } from '../schemas.js';

// 到2019年12月底 于2021年6月30日前 2020年12月底前 2025年6月底 2024年底前 2021年前
const DATED =
  /(?:(到|于|在)\s*)?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(底|末|年底|上半年|下半年)?(前|以前|之前)?/gu;

// 9月底前 6月30日前 5月上旬前 — a month of the document's year, framed by 前 (not 2026年9月底前, read above; not a bare 5月1日)
const MONTH_ONLY = /(?<![年\d])(\d{1,2})月(?:(\d{1,2})日)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)/gu;

// 长期坚持 每年年底前 每季度末前 持续推进
const OPEN_ENDED = /长期坚持|每(?:年年底|年底|季度末|月底|季末)前?/gu;

// (2020年6月) （2021年） (2020年7月至12月) （2020年7月—2021年6月）
const PHASE = /[（(](\d{4}年(?:\d{1,2}月)?(?:(?:至|到|—|-|－|~)(?:\d{4}年)?(?:\d{1,2}月)?)?(?:底|前)?)[）)]/u;

function iso(year: string, month?: string, day?: string): string {
  if (!month) return year;
  const mm = month.padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The deadline of a phase named in a heading; its date is the end of the span. */
export function phaseDeadline(heading: string): Deadline | undefined {
  const m = PHASE.exec(heading);
  if (!m) return undefined;
  const text = m[1]!;
  // 2020年7月至12月 → 2020-12: the last month named, in the last year named
  const years = [...text.matchAll(/(\d{4})年/gu)].map((y) => y[1]!);
  const months = [...text.matchAll(/(\d{1,2})月/gu)].map((x) => x[1]!);
  return { text, date: iso(years.at(-1)!, months.at(-1)) };
}

/** Inside a title in 《…》 (《…（2024—2026年）》) a date is part of a name. */
function inTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** True when a dated phrase is a deadline rather than a mere date (a 到… or a …底/前 must frame it). */
function isDeadlineWording(m: RegExpMatchArray, text: string): boolean {
  const framed = m[1] !== undefined || m[5] !== undefined || m[6] !== undefined;
  return framed && !inTitle(text, m.index!);
}

/** Deadlines written in running text, in order, with the date they name when they name one. */
export function findDeadlines(text: string): Deadline[] {
  const out: Array<Deadline & { at: number }> = [];
  for (const m of text.matchAll(DATED)) {
    if (!isDeadlineWording(m, text)) continue;
    const [whole, , year, month, day, part] = m;
    const date = part === '上半年' ? `${year}-06` : part === '下半年' ? `${year}-12` : iso(year!, month, day);
    out.push({ text: whole.trim(), date, at: m.index });
  }
  for (const m of text.matchAll(MONTH_ONLY)) if (!inTitle(text, m.index)) out.push({ text: m[0], at: m.index });
  for (const m of text.matchAll(OPEN_ENDED)) out.push({ text: m[0], at: m.index });
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
}

/** One deadline from several (phase first), their texts joined by ；, dated by the first that has a date. */
export function joinDeadlines(parts: readonly Deadline[]): Deadline | undefined {
  const unique = parts.filter((d, i) => parts.findIndex((e) => e.text === d.text) === i);
  if (unique.length === 0) return undefined;
  const date = unique.find((d) => d.date)?.date;
  return { text: unique.map((d) => d.text).join('；'), ...(date ? { date } : {}) };
}
