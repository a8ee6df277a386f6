/**
 * The duty eval of the contract (evals/README.md, `--duties`): extracted duty rows against a gold
 * matrix, rows matched by anchor. Pure: documents, duties and gold rows in, the report out.
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../core/errors.js';
import type { Duty, ParsedDocument } from '../core/schemas.js';
import { norm } from '../core/text/normalize.js';

/** One gold row, as in duties.jsonl. */
export const GoldDutySchema = Type.Object({
  doc: Type.String(),
  item: Type.String(),
  anchor: Type.String({ minLength: 1 }),
  task: Type.Optional(Type.String()),
  lead: Type.Array(Type.String()),
  cooperate: Type.Array(Type.String()),
  deadline: Type.String(),
  kind: Type.Optional(Type.String()),
  /** `default_rule` when the lead is carried from an earlier 以下均需…负责. */
  lead_source: Type.Optional(Type.String()),
  frequency: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});
export type GoldDuty = Static<typeof GoldDutySchema>;

/** What was extracted for one gold row; null when no duty sits on the anchored clause. */
export interface GotDuty {
  dutyId: string;
  lead: string[];
  cooperate: string[];
  deadline: string;
  how: Duty['how'];
}

export interface DutyEvalRow {
  doc: string;
  item: string;
  anchor: string;
  gold: { lead: string[]; cooperate: string[]; deadline: string };
  got: GotDuty | null;
  leadOk: boolean;
  cooperateOk: boolean;
  deadlineOk: boolean;
  /** Present for gold rows whose lead comes from a default: extracted as inherited with the right lead. */
  inheritedOk?: boolean;
}

export interface DutyEvalReport {
  summary: Record<string, number>;
  rows: DutyEvalRow[];
}

/** Gold rows from JSON Lines; a malformed line is reported with its number. */
export function parseGoldDuties(jsonl: string): GoldDuty[] {
  const out: GoldDuty[] = [];
  jsonl.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (cause) {
      throw new AppError('BAD_REQUEST', `gold duty line ${i + 1} is not JSON; fix the file`, { cause });
    }
    if (!Value.Check(GoldDutySchema, raw)) {
      const first = [...Value.Errors(GoldDutySchema, raw)][0];
      throw new AppError('BAD_REQUEST', `gold duty line ${i + 1} is malformed at ${first?.instancePath ?? '?'}: ${first?.message ?? ''}`);
    }
    out.push(raw);
  });
  return out;
}

/** The smallest clause of the gold's file whose text holds the anchor, as the contract matches citations. */
function anchoredClause(docs: readonly ParsedDocument[], g: GoldDuty): string | undefined {
  const doc = docs.find((d) => d.document.file === g.doc);
  const anchor = norm(g.anchor);
  const hits = (doc?.clauses ?? []).filter((c) => norm(c.text).includes(anchor));
  return hits.sort((a, b) => a.text.length - b.text.length)[0]?.id;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a.map(norm));
  const y = new Set(b.map(norm));
  return x.size === y.size && [...x].every((u) => y.has(u));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function count(acc: Counts, gold: readonly string[], got: readonly string[]): void {
  const g = new Set(gold.map(norm));
  const x = new Set(got.map(norm));
  for (const u of x) {
    if (g.has(u)) acc.tp++;
    else acc.fp++;
  }
  for (const u of g) if (!x.has(u)) acc.fn++;
}

function prf(c: Counts, name: string): Record<string, number> {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { [`${name}-precision`]: p, [`${name}-recall`]: r, [`${name}-f1`]: f };
}

function deadlineOk(gold: string, got: string): boolean {
  const g = norm(gold);
  const x = norm(got);
  if (g === '') return x === '';
  return x !== '' && (x.includes(g) || g.includes(x));
}

function evalRow(g: GoldDuty, clauseId: string | undefined, duties: readonly Duty[]): DutyEvalRow {
  // the clause's first row is its assignment; later rows are its extra how-often facts
  const d = clauseId === undefined ? undefined : duties.find((x) => x.clauseId === clauseId);
  const got: GotDuty | null = d
    ? { dutyId: d.id, lead: d.lead, cooperate: d.cooperate, deadline: d.deadline?.text ?? '', how: d.how }
    : null;
  const lead = got?.lead ?? [];
  const row: DutyEvalRow = {
    doc: g.doc,
    item: g.item,
    anchor: g.anchor,
    gold: { lead: g.lead, cooperate: g.cooperate, deadline: g.deadline },
    got,
    leadOk: sameSet(g.lead, lead),
    cooperateOk: sameSet(g.cooperate, got?.cooperate ?? []),
    deadlineOk: deadlineOk(g.deadline, got?.deadline ?? ''),
  };
  if (g.lead_source === 'default_rule') row.inheritedOk = got?.how === 'inherited' && row.leadOk;
  return row;
}

/**
 * Scores duties against gold rows: micro precision/recall/F1 of lead and cooperate units (names compared
 * verbatim after norm), the share of rows with both sets exact, deadline accuracy, and how many
 * default-rule leads were extracted as inherited and right.
 */
export function dutyMetrics(docs: readonly ParsedDocument[], duties: readonly Duty[], gold: readonly GoldDuty[]): DutyEvalReport {
  const lead: Counts = { tp: 0, fp: 0, fn: 0 };
  const cooperate: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows = gold.map((g) => evalRow(g, anchoredClause(docs, g), duties));
  rows.forEach((r) => {
    count(lead, r.gold.lead, r.got?.lead ?? []);
    count(cooperate, r.gold.cooperate, r.got?.cooperate ?? []);
  });
  const share = (ok: (r: DutyEvalRow) => boolean, of: DutyEvalRow[] = rows): number =>
    of.length === 0 ? 1 : of.filter(ok).length / of.length;
  const defaults = rows.filter((r) => r.inheritedOk !== undefined);
  const summary: Record<string, number> = {
    rows: rows.length,
    matched: rows.filter((r) => r.got).length,
    ...prf(lead, 'lead'),
    ...prf(cooperate, 'cooperate'),
    'exact-rows': share((r) => r.leadOk && r.cooperateOk),
    'deadline-accuracy': share((r) => r.deadlineOk),
    'inherited-rows': defaults.length,
    'inherited-correct': share((r) => r.inheritedOk === true, defaults),
  };
  return { summary, rows };
}
