/**
 * The duty matrix of one document: who leads, who cooperates, by when, how often, for each clause.
 *
 * Precedence inside a clause: a table row, else an assigning parenthetical, else a default stated
 * earlier (`以下均需…负责，不再列出`), else units heading a sentence. A default holds for every later
 * clause of the same top-level section (一、二、…) that is not a bare heading, until a new default replaces
 * it; an item that names its own lead overrides it for that item only. Sentence subjects never override
 * a default: in `各行业主管部门要…（…按职责分工配合）` the departments are named as cooperators.
 */
import type { Clause, Deadline, Duty, Frequency, ParsedDocument } from '../schemas.js';
import { OUTLINE_PREFIX, TABLE_MARK, firstPeriodSentence } from '../text/zh/index.js';
import { findAssignments, type Assignment } from './assignment.js';
import { findDeadlines, joinDeadlines, phaseDeadline } from './deadline.js';
import { findFrequencies, isSpecific, mainFrequency } from './frequency.js';
import type { Aliases } from '../lexicon/aliases.js';
import { findFrequencyFacts, findSubjects, type FrequencyFact } from './sentence-facts.js';
import { findTableRows, rowHeaders, tableStart } from './table-rows.js';

interface DefaultLead {
  lead: string[];
  from: string;
  section: string | undefined;
}

/** A row before ids are given: everything of Duty but its ids and clause fields. */
type Draft = Omit<Duty, 'id' | 'docId' | 'clauseId' | 'path'>;

const NOT_DUTIES = new Set<Clause['kind']>(['preamble', 'closing', 'attachment']);
const TASK_MAX = 60;

/** `1.健全安全生产监管机制。` → 健全安全生产监管机制: no outline number, no closing punctuation, at most TASK_MAX. */
function clip(s: string): string {
  const t = s.replace(OUTLINE_PREFIX, '').replace(/[。；;，,\s]+$/u, '').trim();
  return t.length > TASK_MAX ? `${t.slice(0, TASK_MAX)}…` : t;
}

/** 民爆行业 → 民爆, 修造船等其他监管行业 → 修造船, 废弃资源综合利用业 stays: the industry an inline label binds. */
function labelTargets(clause: Clause): string[] {
  if (clause.kind !== 'label') return [];
  const name = clause.path.at(-1) ?? '';
  const t = name.replace(/(?:等其他监管行业|等其他行业|等行业|行业)$/u, '');
  return t ? [t] : [];
}

function optional(deadline: Deadline | undefined, frequency: Frequency | undefined): Partial<Draft> {
  return { ...(deadline ? { deadline } : {}), ...(frequency ? { frequency } : {}) };
}

/** Rows for the facts after the first, copying the main row's units (the item assigns all of it). */
function extraFacts(main: Draft, facts: readonly FrequencyFact[]): Draft[] {
  return facts.slice(1).map((f) => ({
    ...main,
    task: clip(f.sentence),
    frequency: f.frequency,
    targets: f.targets,
  }));
}

function fromAssignments(text: string, found: Assignment[], dflt: DefaultLead | undefined): { main: Draft; inheritedFrom?: string } | undefined {
  const withLead = found.find((a) => a.lead.length > 0 || a.defaultLead);
  const cooperate = found.flatMap((a) => a.cooperate);
  const base = { task: clip(firstPeriodSentence(text)), cooperate, targets: [] as string[] };
  if (withLead) {
    const lead = found.flatMap((a) => (a.lead.length ? a.lead : (a.defaultLead ?? [])));
    const undifferentiated = found.some((a) => a.undifferentiated);
    return { main: { ...base, lead, ...(undifferentiated ? { undifferentiated } : {}), how: 'explicit', quote: withLead.quote } };
  }
  const quote = found[0]?.quote ?? firstPeriodSentence(text);
  if (dflt) return { main: { ...base, lead: [...dflt.lead], how: 'inherited', quote }, inheritedFrom: dflt.from };
  if (found.length) return { main: { ...base, lead: [], how: 'explicit', quote } };
  return undefined;
}

function fromSentences(text: string, facts: FrequencyFact[], labels: string[], regular: Frequency | undefined): Draft[] {
  const all = findSubjects(text);
  // X负责……，Y配合 — Y cooperates when a lead is named before it; alone, 市工信局配合 is still who acts.
  const subjects = all.some((s) => !s.cooperates) ? all.filter((s) => !s.cooperates) : all;
  const lead = [...new Set(subjects.flatMap((s) => s.units))];
  const cooperate = [...new Set(all.filter((s) => s.cooperates && !subjects.includes(s)).flatMap((s) => s.units))].filter((u) => !lead.includes(u));
  if (lead.length === 0) return facts.filter((f) => f.units.length + f.targets.length > 0).map(factRow);
  // the units' own how-often is the first fact given to them; the others bind someone else
  const own = facts.find((f) => f.units.length > 0);
  const quote = text.slice(subjects[0]!.start, all.at(-1)!.end).replace(/^\s+/u, '');
  const targets = [...new Set([...(own?.targets ?? []), ...labels])];
  const frequency = own?.frequency ?? regular;
  const main: Draft = { task: clip(firstPeriodSentence(text)), lead, cooperate, targets, how: 'sentence', quote, ...optional(undefined, frequency) };
  const rest = facts.filter((f) => f !== own && f.units.length + f.targets.length > 0);
  return [main, ...rest.map(factRow)];
}

function factRow(f: FrequencyFact): Draft {
  return { task: clip(f.sentence), lead: f.units, cooperate: [], frequency: f.frequency, targets: f.targets, how: 'sentence', quote: f.sentence.replace(/[，,；;]+$/u, '') };
}

interface ClauseResult {
  drafts: Draft[];
  inheritedFrom?: string;
  newDefault?: string[];
}

function proseDuties(clause: Clause, prose: string, dflt: DefaultLead | undefined, isHeading: boolean, aliases: Aliases): ClauseResult {
  const found = findAssignments(prose);
  const labels = labelTargets(clause);
  const facts = findFrequencyFacts(prose, aliases, labels);
  const frequency = mainFrequency(findFrequencies(prose));
  const heading = firstPeriodSentence(prose);
  const deadline = joinDeadlines([phaseDeadline(heading), ...findDeadlines(prose)].filter((d): d is Deadline => !!d));
  const newDefault = found.find((a) => a.defaultLead)?.defaultLead;
  const assigned = isHeading && !found.length ? undefined : fromAssignments(prose, found, dflt);
  if (assigned) {
    const main: Draft = { ...assigned.main, targets: [...new Set([...(facts[0]?.targets ?? []), ...labels])], ...optional(deadline, frequency) };
    const drafts = [main, ...extraFacts(main, facts)];
    return { drafts, ...(assigned.inheritedFrom ? { inheritedFrom: assigned.inheritedFrom } : {}), ...(newDefault ? { newDefault } : {}) };
  }
  const regular = frequency && !isSpecific(frequency) ? frequency : undefined;
  const drafts = fromSentences(prose, facts, labels, regular);
  if (drafts[0]) Object.assign(drafts[0], optional(deadline, undefined));
  else if (deadline && (phaseDeadline(heading) || labels.length)) {
    drafts.push({ task: clip(heading), lead: [], cooperate: [], deadline, targets: labels, how: 'sentence', quote: heading });
  }
  return { drafts };
}

/** A table row clause read as a table: its own header：value pairs give the header line. */
function rowDuties(clause: Clause): ClauseResult {
  // 序号：1；重点任务：… → headers 序号, 重点任务, …
  const headers = rowHeaders(clause.text);
  const drafts = findTableRows(`${TABLE_MARK}${headers.join('｜')}\n${clause.text}`).map((row) => {
    const { deadline, frequency, start, ...rest } = row;
    return { ...rest, task: clip(row.task), targets: [], how: 'table' as const, ...optional(deadline, frequency) };
  });
  return { drafts };
}

function clauseDuties(clause: Clause, dflt: DefaultLead | undefined, hasChildren: boolean, aliases: Aliases): ClauseResult {
  if (NOT_DUTIES.has(clause.kind)) return { drafts: [] };
  if (clause.kind === 'row') return rowDuties(clause);
  const text = clause.text;
  const prose = text.slice(0, tableStart(text));
  const rows = findTableRows(text);
  // a heading over items or a table (（二）强化产业区安全生产源头管控。) inherits no default of its own
  const isHeading = (hasChildren || rows.length > 0) && !/[。\n]/u.test(prose.trim().replace(/[。\s]+$/u, ''));
  const result = prose.trim() ? proseDuties(clause, prose, dflt, isHeading, aliases) : { drafts: [] };
  for (const row of rows) {
    const { deadline, frequency, ...rest } = row;
    result.drafts.push({ ...rest, task: clip(row.task), targets: [], how: 'table', ...optional(deadline, frequency) });
  }
  return result;
}

/** Every duty of a parsed document, in clause order; ids are `${clauseId}/d1`, `/d2`, … The aliases name the industries duties bind. */
export function extractDuties(doc: ParsedDocument, aliases: Aliases): Duty[] {
  const parents = new Set(doc.clauses.map((c) => c.parentId).filter((p): p is string => !!p));
  const out: Duty[] = [];
  let dflt: DefaultLead | undefined;
  for (const clause of doc.clauses) {
    if (dflt && dflt.section !== clause.path[0]) dflt = undefined;
    const { drafts, inheritedFrom, newDefault } = clauseDuties(clause, dflt, parents.has(clause.id), aliases);
    drafts.forEach((d, i) => {
      const from = d.how === 'inherited' && inheritedFrom ? { inheritedFrom } : {};
      out.push({ id: `${clause.id}/d${i + 1}`, docId: doc.document.id, clauseId: clause.id, path: clause.path, ...d, ...from });
    });
    if (newDefault) dflt = { lead: newDefault, from: clause.id, section: clause.path[0] };
  }
  return out;
}

/** The clause that stated the default an inherited duty's lead comes from; undefined for other duties. */
export function defaultSourceOf(duty: Duty): string | undefined {
  return duty.how === 'inherited' ? duty.inheritedFrom : undefined;
}
