/**
 * The parentheticals that assign units to an item. Two families:
 * labelled — `（责任处室：A、B）`, `（牵头单位：A；配合单位：B、C）`, `（牵头：A，配合：B）`;
 * worded — `（A、B按职责分工配合，C、D负责，以下均需C、D负责，不再列出）`.
 * A parenthetical that is anything else (`（其中，…）`, `（试行）`) is not an assignment.
 */
import { ASSIGNMENT_LABEL, COOPERATE_ROLE, DEADLINE_LABEL, UNIT_FIELD_START, splitAtPeriods } from '../text/zh/index.js';
import { isUnitName, splitUnits } from './unit-names.js';

/** What one parenthetical says. `defaultLead` is a lead stated for the items that follow. */
export interface Assignment {
  lead: string[];
  cooperate: string[];
  defaultLead?: string[];
  /** The labels named only 责任…, so lead and cooperating units are not told apart. */
  undifferentiated: boolean;
  /** The parenthetical with its brackets, an exact slice of the text searched. */
  quote: string;
  start: number;
}

// A、B按职责分工配合 / A等配合 / A、B协同配合
const COOPERATE = /^(.+?)(?:等)?(?:按职责分工|按照职责分工|按职责|依职责|根据职责)?(?:协同)?(?:配合|协助|参与)$/u;

// 以下均需C、D负责 / 以下均由C牵头负责 / 下同由C负责
const DEFAULT = /^(?:以下|下同|后同)(?:均|各项|任务)*(?:需|由|为|需由)?(.+?)(?:牵头)?(?:负责|牵头)$/u;

// C、D负责 / 由C牵头 / C牵头负责
// (第六项（…）改由C牵头, 排查整治由C负责 — what the segment says before 由 is the task, not the unit)
const LEAD = /^(?:[^，,；;]*?由)?(.+?)(?:牵头负责|牵头|负责|主责)$/u;

// 不再列出 / 不再一一列出 / 不再重复
const CLOSING = /^不再(?:一一)?(?:列出|列明|重复|注明)$/u;

/** Bracketed spans of text, outermost only: （…） or (…), nested brackets kept inside. */
export function parentheticals(text: string): Array<{ inner: string; start: number; end: number }> {
  const out: Array<{ inner: string; start: number; end: number }> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ inner: text.slice(open + 1, i), start: open, end: i + 1 });
    }
  }
  return out;
}

function parseLabelled(inner: string): Omit<Assignment, 'quote' | 'start'> | undefined {
  const labels = [...inner.matchAll(ASSIGNMENT_LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
  const lead: string[] = [];
  const cooperate: string[] = [];
  let onlyResponsible = true;
  labels.forEach((m, i) => {
    // （牵头单位：A；配合单位：B；完成时限：…） — the last unit field ends where the deadline field begins
    const value = inner.slice(m.index + m[0].length, labels[i + 1]?.index ?? inner.length).split(DEADLINE_LABEL)[0]!;
    // 区应急局； → 区应急局
    const units = splitUnits(value.replace(/[；;，,。\s]+$/u, ''));
    const role = m[1]!;
    if (role !== '责任') onlyResponsible = false;
    (COOPERATE_ROLE.test(role) ? cooperate : lead).push(...units);
  });
  if (lead.length + cooperate.length === 0) return undefined;
  return { lead, cooperate, undifferentiated: onlyResponsible && lead.length > 1 };
}

function parseWorded(inner: string): Omit<Assignment, 'quote' | 'start'> | undefined {
  const lead: string[] = [];
  const cooperate: string[] = [];
  let defaultLead: string[] | undefined;
  // 市发改委、工信局按职责分工配合，市产业集聚区管委会负责 → two segments
  for (const raw of inner.split(/[，,；;]/u)) {
    const seg = raw.trim();
    if (seg === '' || CLOSING.test(seg)) continue;
    const d = DEFAULT.exec(seg);
    const c = d ? null : COOPERATE.exec(seg);
    const l = d || c ? null : LEAD.exec(seg);
    const units = splitUnits((d ?? c ?? l)?.[1] ?? '');
    // every segment must be a list of units followed by its role, or this is not an assignment
    if (units.length === 0 || !units.some(isUnitName)) return undefined;
    if (d) defaultLead = units;
    else (c ? cooperate : lead).push(...units);
  }
  if (lead.length + cooperate.length === 0 && !defaultLead) return undefined;
  return { lead, cooperate, ...(defaultLead ? { defaultLead } : {}), undifferentiated: false };
}

/** The assignment a parenthetical's inner text makes, or undefined when it makes none. */
export function parseAssignment(inner: string): Omit<Assignment, 'quote' | 'start'> | undefined {
  const s = inner.trim();
  return parseLabelled(s) ?? parseWorded(s);
}

/** Consecutive field lines outside brackets (牵头单位：…；配合单位：…), read like a labelled parenthetical. */
function fieldAssignments(text: string, inBrackets: (at: number) => boolean): Assignment[] {
  const out: Assignment[] = [];
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (!run) return;
    const quote = text.slice(run.start, run.end);
    const a = parseLabelled(quote.replace(/[。；;\s]+$/u, ''));
    if (a) out.push({ ...a, quote, start: run.start });
    run = undefined;
  };
  for (const s of splitAtPeriods(text)) {
    if (!UNIT_FIELD_START.test(s.text) || inBrackets(s.start)) {
      flush();
      continue;
    }
    run = { start: run?.start ?? s.start, end: s.start + s.text.length };
  }
  flush();
  return out;
}

/**
 * 由市应急局牵头，市工信局、市公安局配合，2024年底前完成 — the comma-separated segments at the start of
 * a sentence that each name units and their role; the sentence's other segments are not part of it.
 */
function wordedSentences(text: string, inBrackets: (at: number) => boolean): Assignment[] {
  const out: Assignment[] = [];
  for (const s of splitAtPeriods(text)) {
    if (inBrackets(s.start)) continue;
    const segments = s.text.split(/(?<=[，,；;])/u);
    const lead = leadingRun(segments);
    // …开展专项督导，每半年开展一次，由仓储监管科牵头，执法大队配合。 — the units may also close the sentence.
    const run = lead ?? trailingRun(segments);
    if (!run) continue;
    const a = parseWorded(run.text);
    // Only a sentence that names who leads: 市工信局配合 alone says nothing of who is responsible.
    if (a && a.lead.length > 0) out.push({ ...a, quote: run.text, start: s.start + run.at });
  }
  return out;
}

/** The longest run of segments from the start that parses as who leads and who cooperates. */
function leadingRun(segments: readonly string[]): { text: string; at: number } | undefined {
  let taken = '';
  for (const seg of segments) {
    const next = taken + seg;
    if (!parseWorded(trimSeparator(next))) break;
    taken = next;
  }
  return taken ? { text: trimSeparator(taken), at: 0 } : undefined;
}

/** The longest run of segments that ends the sentence and parses so (由X牵头，Y配合。), after at least one task segment. */
function trailingRun(segments: readonly string[]): { text: string; at: number } | undefined {
  let best: { text: string; at: number } | undefined;
  for (let i = segments.length - 1; i >= 1; i--) {
    const text = trimSeparator(segments.slice(i).join('').replace(/[。]$/u, ''));
    if (!parseWorded(text)) break;
    best = { text, at: segments.slice(0, i).join('').length };
  }
  return best;
}

function trimSeparator(s: string): string {
  return s.replace(/[，,；;]$/u, '');
}

/**
 * Every assignment in `text`, in order: parentheticals, then field lines and leading clauses of
 * sentences outside brackets.
 */
export function findAssignments(text: string): Assignment[] {
  const out: Assignment[] = [];
  const spans = parentheticals(text);
  for (const p of spans) {
    const a = parseAssignment(p.inner);
    if (a) out.push({ ...a, quote: text.slice(p.start, p.end), start: p.start });
  }
  const inBrackets = (at: number) => spans.some((p) => at >= p.start && at < p.end);
  out.push(...fieldAssignments(text, inBrackets), ...wordedSentences(text, inBrackets));
  return out.sort((a, b) => a.start - b.start);
}
