/**
 * A document's standing as a legal text, read from its words: level (法律 … 工作文件), the place it governs,
 * 施行日期 and 有效期, and a law's history lines. The file name is never consulted.
 */
import type { Gazetteer } from '../core/lexicon/gazetteer.js';
import type { DocumentMeta, LegalLevel, Revision } from '../core/schemas.js';
import {
  ADMIN_PREFIX,
  EFFECTIVE,
  GOVERNMENT_ORDER,
  PROMULGATED,
  HISTORY_ACTION,
  HISTORY_ACTION_OF,
  HISTORY_BODY,
  HISTORY_DATE,
  ISSUED_TITLE,
  LOCAL_LEGISLATURE,
  MINISTRY_ORDER,
  NATIONAL_ISSUER,
  NATIONAL_LAW_TITLE,
  NATIONAL_LEGISLATURE,
  NORMATIVE_DOC_NUMBER,
  NORMATIVE_TITLE,
  NOT_PLACES,
  RULES_TITLE,
  SPECIAL_ZONE,
  STATE_COUNCIL,
  TITLE_PERIOD,
  VALID_FOR_YEARS,
  VALID_UNTIL,
  WORK_DOCUMENT_TITLE,
  chineseToNumber,
  isoDate,
} from '../core/text/zh/index.js';

export type LegalMeta = Pick<DocumentMeta, 'legalLevel' | 'place' | 'effective' | 'effectiveText' | 'amendedEffective' | 'validUntil' | 'revisions'>;
type Known = Pick<DocumentMeta, 'title' | 'issuers' | 'docNumber' | 'date' | 'region'>;

/** What the level rules look at. */
interface Evidence {
  title: string;
  /** The document a 关于印发《X》的通知 issues: X. */
  issued?: string;
  history: readonly Revision[];
  issuers: readonly string[];
  docNumber: string;
}

const historyHas = (e: Evidence, re: RegExp): boolean => e.history.some((r) => re.test(r.text));
const titleStartsWithPlace = (title: string): boolean => {
  const m = ADMIN_PREFIX.exec(title);
  return m !== null && !NOT_PLACES.has(m[0]);
};

/**
 * The legal levels in the order they are tried; the first that holds wins. Each reads the title, the history
 * lines, the issuers and the 文号 — a 条例 with no place in its title and no local legislature is the State
 * Council's, because every local 条例 names its place.
 */
export const LEGAL_LEVEL_RULES: ReadonlyArray<{ level: LegalLevel; holds: (e: Evidence) => boolean }> = [
  { level: '法律', holds: (e) => NATIONAL_LAW_TITLE.test(e.title) || (/法$/u.test(e.title) && historyHas(e, NATIONAL_LEGISLATURE)) },
  { level: '经济特区法规', holds: (e) => SPECIAL_ZONE.test(e.title) && (historyHas(e, LOCAL_LEGISLATURE) || /条例$/u.test(e.title)) },
  { level: '地方性法规', holds: (e) => historyHas(e, LOCAL_LEGISLATURE) },
  {
    level: '行政法规',
    holds: (e) => historyHas(e, STATE_COUNCIL) || e.issuers.some((i) => STATE_COUNCIL.test(i)) || (/条例$/u.test(e.title) && !titleStartsWithPlace(e.title) && e.issuers.length === 0),
  },
  { level: '部门规章', holds: (e) => RULES_TITLE.test(e.title) && (historyHas(e, MINISTRY_ORDER) || MINISTRY_ORDER.test(e.docNumber)) },
  { level: '地方政府规章', holds: (e) => historyHas(e, GOVERNMENT_ORDER) || GOVERNMENT_ORDER.test(e.docNumber) },
  { level: '规范性文件', holds: (e) => NORMATIVE_DOC_NUMBER.test(e.docNumber) || (e.issued !== undefined && NORMATIVE_TITLE.test(e.issued)) },
  { level: '工作文件', holds: (e) => WORK_DOCUMENT_TITLE.test(e.title) || e.docNumber !== '' || e.issuers.length > 0 },
];

/** The levels whose writ runs nationwide: their place is 全国 whoever wrote them down. */
const NATIONAL_LEVELS: ReadonlySet<LegalLevel> = new Set(['法律', '行政法规', '部门规章']);

/**
 * A law's history lines (before the first heading): one entry per date, so a line that holds two entries
 * (…第一次修订  2022年3月29日…第二次修订）) gives two. Entries without an action of the text's own (…批准) are left out.
 */
export function readHistory(header: string): Revision[] {
  const starts = [...header.matchAll(HISTORY_DATE)];
  const out: Revision[] = [];
  for (const [i, m] of starts.entries()) {
    const end = starts[i + 1]?.index ?? header.length;
    const body = header.slice(m.index + m[0].length, end).replace(/\s+/gu, ' ').trim();
    const action = HISTORY_ACTION.exec(body);
    if (!action || !HISTORY_BODY.test(body)) continue;
    const text = `${m[0].replace(/\s+/gu, '')} ${body.slice(0, action.index + action[1]!.length)}`.replace(/\s+/gu, ' ').trim();
    out.push({ date: isoDate(m[1]!, m[2]!, m[3]!), action: HISTORY_ACTION_OF[action[1]!]!, text });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The day before the same date `years` later: 有效期2年 from 2025-05-01 runs to 2027-04-30. */
function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 施行日期 and 有效期 from the last 本X自…起施行 of the text; a document's own day counts only when it says so. */
export function readEffective(text: string, known: Pick<Known, 'date' | 'title'>, history: readonly Revision[]): Pick<LegalMeta, 'effective' | 'effectiveText' | 'validUntil'> {
  const out: Pick<LegalMeta, 'effective' | 'effectiveText' | 'validUntil'> = {};
  const m = [...text.matchAll(EFFECTIVE)].pop();
  if (m) {
    out.effectiveText = m[0];
    if (m[2]) out.effective = isoDate(m[2], m[3]!, m[4]!);
    else if (m[5] === '公布') out.effective = history.find((r) => r.action === '公布')?.date ?? known.date;
    else out.effective = known.date;
    if (out.effective === undefined) delete out.effective;
    const rest = text.slice(m.index + m[0].length);
    const until = VALID_UNTIL.exec(rest);
    const years = VALID_FOR_YEARS.exec(rest);
    if (until) out.validUntil = isoDate(until[1]!, until[2]!, until[3]!);
    else if (years && out.effective) out.validUntil = addYears(out.effective, /^\d+$/u.test(years[1]!) ? Number(years[1]) : chineseToNumber(years[1]!));
  }
  if (out.validUntil === undefined) {
    const period = TITLE_PERIOD.exec(known.title);
    if (period) out.validUntil = `${period[2]}-12-31`;
  }
  return out;
}

/**
 * The place a document governs, as the gazetteer names it: 全国 for national levels and issuers; otherwise the
 * most specific place of the first of title, issuers, region and history that names one. A 经济特区 regulation
 * governs its city (汕头经济特区 → 汕头市).
 */
export function readPlace(known: Known, level: LegalLevel | undefined, history: readonly Revision[], gazetteer: Gazetteer): string | undefined {
  if (level !== undefined && NATIONAL_LEVELS.has(level)) return '全国';
  const sources = [known.title, ...(known.issuers ?? []), known.region ?? '', ...history.map((r) => r.text)];
  for (const source of sources) {
    const found = gazetteer.find(source).filter((p) => p.level !== 'national');
    const first = found[0];
    if (!first) continue;
    // 威海市 … 文登区: the deepest place that lies inside the first one named.
    const deepest = found.filter((p) => gazetteer.contains(first.name, p.name)).sort((a, b) => (gazetteer.rank(b.name) ?? 0) - (gazetteer.rank(a.name) ?? 0))[0]!;
    return deepest.level === 'zone' && SPECIAL_ZONE.test(deepest.name) && deepest.parent ? deepest.parent : deepest.name;
  }
  if ((known.issuers ?? []).some((i) => NATIONAL_ISSUER.test(i))) return '全国';
  return known.region;
}

/** Reads level, place, 施行日期, 有效期 and history; `header` is the text before the first heading. */
export function readLegalMetadata(text: string, header: string, known: Known, gazetteer?: Gazetteer): LegalMeta {
  const history = readHistory(header);
  const issued = ISSUED_TITLE.exec(known.title)?.[1];
  const evidence: Evidence = { title: known.title, issued, history, issuers: known.issuers ?? [], docNumber: known.docNumber ?? '' };
  const legalLevel = LEGAL_LEVEL_RULES.find((r) => r.holds(evidence))?.level;
  const out: LegalMeta = { ...readEffective(text, known, history) };
  if (legalLevel) out.legalLevel = legalLevel;
  const place = gazetteer ? readPlace(known, legalLevel, history, gazetteer) : legalLevel && NATIONAL_LEVELS.has(legalLevel) ? '全国' : undefined;
  if (place) out.place = place;
  if (history.length > 0) out.revisions = history;
  const amended = history.length > 1 ? PROMULGATED.exec(header) : null;
  if (amended) out.amendedEffective = isoDate(amended[1]!, amended[2]!, amended[3]!);
  return out;
}

