/**
 * Typed facts read from a parsed document at ingest, each tied to the exact span of the clause an answer
 * cites: deadlines and stages, frequencies, thresholds (number + unit + comparator), hazard criteria (each
 * item of a "有下列情形之一的，应当判定为…" list, with its lead-in), check items (是否… lists with their
 * headings), contacts, and scope sentences (适用于, 不适用, 所称, 参照执行).
 */
import type { Clause, Fact, ParsedDocument } from '../schemas.js';
import { isSearchable } from '../kb/searchable.js';
import { ARTICLE_PATH_ELEMENT, INTERVAL, OUTLINE_PREFIX, WEEKLY_TIME, splitSentences } from '../text/zh/index.js';
import { findFrequencies, isSpecific } from '../duties/frequency.js';
import { rowCells } from '../duties/table-rows.js';
import { findDeadlines } from '../duties/deadline.js';
import { COMPARATOR_AFTER, QUANTITY, quantityNumber, unitKind } from '../text/zh/quantities.js';
import { CONTACT_LEAD, EMAIL, PERSON_AFTER_ORG, PHONE } from '../text/zh/contacts.js';
import { CATCH_ALL, CRITERIA_LEAD, JUDGED_AS, SCOPE_RULES } from '../text/zh/criteria.js';
import { groupBy } from '../group-by.js';

type Draft = Omit<Fact, 'id' | 'docId' | 'clauseId'>;

// 5月20日前, 9月20日前完成 — a month and day with no year, framed as a deadline.
const MONTH_DAY_BEFORE = /(\d{1,2})月(\d{1,2})日(?:\d{1,2}时)?(?:前|之前|以前)/gu;
// （2025年4月15日至5月20日） — a stage's span.
const STAGE_SPAN = /\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|-|－)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?/gu;
// 自2022年7月1日起施行, 2025年3月1日 — a full date: when-questions are answered by it.
const FULL_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:起施行|起实施|起执行|起生效|起)?/gu;
// 每周五12时前, 每周四17时前 — a weekly report time.
// 第三条, 第2项 — an ordinal, never a quantity.
const ORDINAL_BEFORE = /第$/u;

/** Facts in one sentence of a clause; `at` is the sentence's offset in the clause text. */
function sentenceFacts(sentence: string, at: number): Draft[] {
  const out: Draft[] = [];
  const span = (start: number, end: number, type: Fact['type'], value: string, extra: Partial<Draft> = {}): void => {
    out.push({ type, start: at + start, end: at + end, quote: sentence.slice(start, end), value, subject: sentence, ...extra });
  };
  const weekly = [...sentence.matchAll(WEEKLY_TIME)];
  for (const hit of findFrequencies(sentence)) {
    if (weekly.some((w) => w.index <= hit.start && hit.end <= w.index + w[0].length && w[0].length > hit.end - hit.start)) continue;
    // 定期 is an answer too: the document asks for it without naming an interval, and says no more.
    span(hit.start, hit.end, 'frequency', isSpecific(hit.frequency) ? hit.frequency.text : `${hit.frequency.text}（未写明具体间隔）`);
  }
  for (const m of [...weekly, ...sentence.matchAll(INTERVAL)]) span(m.index, m.index + m[0].length, 'frequency', m[0]);
  let from = 0;
  for (const d of findDeadlines(sentence)) {
    const start = sentence.indexOf(d.text, from);
    if (start < 0) continue;
    from = start + d.text.length;
    span(start, start + d.text.length, 'deadline', d.text, d.date ? { date: d.date } : {});
  }
  for (const m of sentence.matchAll(MONTH_DAY_BEFORE)) {
    // a full date (2025年5月20日前) is already a deadline above
    if (/\d{4}年$/u.test(sentence.slice(0, m.index))) continue;
    span(m.index, m.index + m[0].length, 'deadline', m[0]);
  }
  for (const m of sentence.matchAll(STAGE_SPAN)) span(m.index, m.index + m[0].length, 'deadline', m[0]);
  for (const m of sentence.matchAll(FULL_DATE)) {
    const end = m.index + m[0].length;
    if (!out.some((f) => f.type === 'deadline' && f.start - at <= m.index && m.index < f.end - at)) span(m.index, end, 'deadline', m[0]);
  }
  for (const m of sentence.matchAll(QUANTITY)) {
    const [whole, before, percent, num, unit, after] = m;
    if (ORDINAL_BEFORE.test(sentence.slice(0, m.index))) continue;
    // 5月20日 is a date, not 20 days; 至少一次 inside 每半年至少一次 is the frequency's own count
    if ((unit === '日' || unit === '天') && /月$/u.test(sentence.slice(0, m.index))) continue;
    if (out.some((f) => f.type === 'frequency' && f.start - at <= m.index && m.index < f.end - at)) continue;
    const number = quantityNumber(percent ?? num ?? '');
    if (!Number.isFinite(number)) continue;
    const u = percent !== undefined ? '%' : unit!;
    // 2025年 is a year; 5月 never reaches here (月 is no unit)
    if (u === '年' && number >= 1900) continue;
    const comparator = [before, after].filter((c): c is string => c !== undefined).join('');
    const duration = unitKind(u) === 'duration' && after !== undefined && new RegExp(`^${COMPARATOR_AFTER}$`, 'u').test(after) && /内/u.test(after);
    span(m.index, m.index + whole.length, duration ? 'deadline' : 'threshold', whole, { number, unit: u, ...(comparator ? { comparator } : {}) });
  }
  const phones = [...sentence.matchAll(PHONE)];
  const emails = [...sentence.matchAll(EMAIL)];
  for (const m of phones) {
    const who = sentence.slice(0, m.index).replace(CONTACT_LEAD, '').replace(/^.*[：:；;。]/u, '').replace(OUTLINE_PREFIX, '').replace(/[，,、\s]+$/u, '');
    const person = PERSON_AFTER_ORG.exec(who);
    const org = person ? who.slice(0, who.length - person[2]!.length) : who;
    const value = [who, m[1]].filter((x) => x).join(' ');
    span(m.index, m.index + m[0].length, 'contact', value, { phone: m[1]!, ...(person ? { person: person[2]! } : {}), ...(org ? { org } : {}) });
  }
  for (const m of emails) span(m.index, m.index + m[0].length, 'contact', m[0], { email: m[0] });
  // a bare heading (一、检查范围) states no scope
  for (const rule of SCOPE_RULES) {
    const m = /[，。；：,;:]/u.test(sentence) ? rule.re.exec(sentence) : null;
    if (m) {
      span(0, sentence.length, 'scope', sentence, { scope: rule.scope });
      break;
    }
  }
  return out;
}

/** The clause an answer cites for `clause`: itself, or the article its 款/项 belong to. */
function citedOf(clause: Clause, byId: ReadonlyMap<string, Clause>): Clause {
  let c: Clause | undefined = clause;
  while (c && !isSearchable(c)) c = c.parentId ? byId.get(c.parentId) : undefined;
  return c ?? clause;
}

/** Offset of `inner` inside `outer` (both exact slices of one cleaned text). */
function offsetIn(outer: Clause, inner: Clause): number {
  return inner.start - outer.start;
}

/** （一） 1. （1） ① — the marker an item starts with. */
const ITEM_MARKER = OUTLINE_PREFIX;

/** The label of an item within its article: 第五条第（四）项, or the item's own marker. */
function itemLabel(item: Clause, cited: Clause): string {
  const marker = ITEM_MARKER.exec(item.text)?.[0].trim() ?? '';
  const article = ARTICLE_PATH_ELEMENT.exec(cited.path.at(-1) ?? '')?.[0];
  return article && cited.id !== item.id ? `${article}第${marker}项` : marker;
}

/** What a list's lead-in announces for its items: criteria (有下列情形之一的，应当判定为…), or a scope (不适用本细则：, 适用于…：, 下列用语的含义：). */
function listMeaning(lead: string): Pick<Draft, 'type' | 'scope'> | undefined {
  if (CRITERIA_LEAD.test(lead)) return { type: 'criterion' };
  if (!/[：:]\s*$/u.test(lead)) return undefined;
  const rule = SCOPE_RULES.find((r) => r.re.test(lead));
  return rule ? { type: 'scope', scope: rule.scope } : undefined;
}

/**
 * Items of lists whose lead-in gives them a meaning: each criterion of a 判定 list with the list's scope, each
 * item of a scope list (excluded, covered, defined); and catch-all criteria stated without a list.
 */
function listFacts(doc: ParsedDocument, byId: ReadonlyMap<string, Clause>): Array<Draft & { clauseId: string }> {
  const out: Array<Draft & { clauseId: string }> = [];
  const children = groupBy(doc.clauses.filter((c) => c.parentId !== undefined), (c) => c.parentId!);
  for (const parent of doc.clauses) {
    const lead = (parent.text.split(/\n/u)[0] ?? '').replace(ARTICLE_PATH_ELEMENT, '').trim();
    const meaning = listMeaning(lead);
    const items = (children.get(parent.id) ?? []).filter((c) => ITEM_MARKER.test(c.text));
    if (meaning && items.length > 0) {
      for (const item of items) {
        const cited = citedOf(item, byId);
        const start = offsetIn(cited, item);
        const text = item.text.replace(/\s+$/u, '');
        out.push({ clauseId: cited.id, ...meaning, start, end: start + text.length, quote: text, value: text.replace(ITEM_MARKER, '').replace(/[；;。]$/u, ''), subject: lead, label: itemLabel(item, cited) });
      }
    } else if (!meaning && JUDGED_AS.test(parent.text) && CATCH_ALL.test(parent.text) && isSearchable(parent)) {
      out.push({ clauseId: parent.id, type: 'criterion', start: 0, end: parent.text.length, quote: parent.text, value: parent.text, catchAll: true, label: parent.path.at(-1) ?? '' });
    }
  }
  return out;
}

/** Check items: list items that ask 是否…, with the heading they sit under. */
function checks(doc: ParsedDocument, byId: ReadonlyMap<string, Clause>): Array<Draft & { clauseId: string }> {
  const out: Array<Draft & { clauseId: string }> = [];
  for (const item of doc.clauses) {
    if (!ITEM_MARKER.test(item.text) || !/是否/u.test(item.text) || !item.parentId) continue;
    const parent = byId.get(item.parentId);
    const cited = citedOf(item, byId);
    const start = offsetIn(cited, item);
    const text = item.text.replace(/\s+$/u, '');
    const heading = (parent?.path.at(-1) ?? '').replace(ITEM_MARKER, '');
    out.push({ clauseId: cited.id, type: 'check', start, end: start + text.length, quote: text, value: text.replace(ITEM_MARKER, '').replace(/[；;。]$/u, ''), subject: heading });
  }
  return out;
}

// 检查项目：作业审批；检查内容：进入有限空间作业前是否办理作业审批… — a check table's row: its item and its 是否 cell
const ROW_ITEM_FIELD = /^(?:检查项目|检查事项|检查类别|项目|类别)$/u;

/** Check items of a check table: the row's 是否… cell, named by its 检查项目, under the table's heading. */
function rowChecks(doc: ParsedDocument, byId: ReadonlyMap<string, Clause>): Array<Draft & { clauseId: string }> {
  const out: Array<Draft & { clauseId: string }> = [];
  for (const row of doc.clauses) {
    if (row.kind !== 'row' || !/是否/u.test(row.text)) continue;
    const cells = rowCells(row.text);
    const check = cells.find((c) => /是否/u.test(c.value) && !ROW_ITEM_FIELD.test(c.header));
    if (!check) continue;
    const start = check.end - check.value.length;
    const heading = ((row.parentId ? byId.get(row.parentId) : undefined)?.path.at(-1) ?? '').replace(ITEM_MARKER, '');
    const item = cells.find((c) => ROW_ITEM_FIELD.test(c.header))?.value;
    out.push({ clauseId: row.id, type: 'check', start, end: start + check.value.length, quote: check.value, value: check.value, subject: heading, ...(item ? { label: item } : {}) });
  }
  return out;
}

/** Every fact of a parsed document, in clause order; ids are `${clauseId}/f1`, `/f2`, … */
export function extractFacts(doc: ParsedDocument): Fact[] {
  const byId = new Map(doc.clauses.map((c) => [c.id, c]));
  const drafts: Array<Draft & { clauseId: string }> = [];
  for (const clause of doc.clauses) {
    if (!isSearchable(clause) || clause.kind === 'preamble' && /^[^。；]{0,40}$/u.test(clause.text)) continue;
    for (const s of splitSentences(clause.text)) for (const f of sentenceFacts(s.text, s.start)) drafts.push({ ...f, clauseId: clause.id });
  }
  const listed = [...listFacts(doc, byId), ...checks(doc, byId), ...rowChecks(doc, byId)];
  // A sentence already read as a list item (its scope from the lead-in) is not a scope fact of its own.
  const covered = (d: Draft & { clauseId: string }) => d.type === 'scope' && listed.some((l) => l.clauseId === d.clauseId && l.start <= d.start && d.end <= l.end + 1);
  drafts.splice(0, drafts.length, ...drafts.filter((d) => !covered(d)), ...listed);
  const counters = new Map<string, number>();
  const order = new Map(doc.clauses.map((c, i) => [c.id, i]));
  return drafts
    .sort((a, b) => order.get(a.clauseId)! - order.get(b.clauseId)! || a.start - b.start)
    .map((d) => {
      const n = (counters.get(d.clauseId) ?? 0) + 1;
      counters.set(d.clauseId, n);
      return { id: `${d.clauseId}/f${n}`, docId: doc.document.id, ...d };
    });
}
