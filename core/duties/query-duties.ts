/**
 * Questions over the duty matrix: "化工处负责哪些事" (by unit), "谁牵头城市安全风险评估" (by task),
 * narrowed by document and by the kind of enterprise bound.
 */
import type { Aliases } from '../lexicon/aliases.js';
import type { DocumentMeta, Duty } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { unitMatches } from './unit-names.js';

/** Filters; all given ones must hold. */
export interface DutyQuery {
  /** A unit by any alias: 工信局, 工业和信息化局, 经信局, 化工处, 市工信局. */
  unit?: string;
  /** Words of the task: 风险评估, 疏散逃生演练. */
  task?: string;
  /** A document id, file name, or part of its title. */
  doc?: string;
  /** A kind of enterprise or industry by any alias: 民爆, 民用爆炸物品, 危化品. */
  target?: string;
}

/** A matching duty, the role the queried unit plays in it, and its document. */
export interface DutyHit {
  duty: Duty;
  role?: 'lead' | 'cooperate';
  document?: DocumentMeta;
  /** Share of the task words found, 1 when no task was asked. */
  score: number;
}

/** Overlapping character pairs of the Chinese words: 风险评估 → 风险 险评 评估. */
export function bigrams(s: string): string[] {
  const t = norm(s).replace(/[^\p{L}\p{N}]/gu, '');
  if (t.length < 2) return t ? [t] : [];
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
}

/** 1 when the task words occur as written, else the share of their pairs found in the row. */
function taskScore(query: string, duty: Duty): number {
  const hay = norm(`${duty.task}${duty.quote}`);
  if (hay.includes(norm(query))) return 1;
  const pairs = bigrams(query);
  if (pairs.length === 0) return 0;
  return pairs.filter((p) => hay.includes(p)).length / pairs.length;
}

function roleOf(unit: string, duty: Duty, aliases: Aliases): 'lead' | 'cooperate' | undefined {
  if (duty.lead.some((n) => unitMatches(aliases, unit, n, duty.lead))) return 'lead';
  if (duty.cooperate.some((n) => unitMatches(aliases, unit, n, duty.cooperate))) return 'cooperate';
  return undefined;
}

function docMatches(doc: string, duty: Duty, meta: DocumentMeta | undefined): boolean {
  const q = norm(doc);
  if (duty.docId === doc || meta?.file === doc) return true;
  return !!meta && (norm(meta.file).includes(q) || norm(meta.title).includes(q));
}

/** 民爆 finds 民爆生产销售企业 (contains an alias) and 民用爆炸物品 (same alias group); 民爆企业 does not find 企业. */
function targetMatches(target: string, duty: Duty, aliases: Aliases): boolean {
  const groups = new Set(aliases.groupsOf(target).map((g) => g.key));
  const terms = new Set([norm(target).toLowerCase(), ...aliases.groupsOf(target).flatMap((g) => g.terms)]);
  return duty.targets.some((t) => {
    const n = norm(t).toLowerCase();
    return [...terms].some((term) => n.includes(term)) || aliases.groupsOf(t).some((g) => groups.has(g.key));
  });
}

/** Share of task pairs a row must hold to count as about the task. */
const TASK_MIN = 0.5;

/**
 * The duties that match every given filter, best task match first (document order otherwise), each with
 * the role the queried unit plays. No filter at all returns every duty.
 */
export function queryDuties(duties: readonly Duty[], documents: readonly DocumentMeta[], query: DutyQuery, aliases: Aliases): DutyHit[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const hits: DutyHit[] = [];
  for (const duty of duties) {
    const document = byId.get(duty.docId);
    if (query.doc && !docMatches(query.doc, duty, document)) continue;
    if (query.target && !targetMatches(query.target, duty, aliases)) continue;
    const role = query.unit ? roleOf(query.unit, duty, aliases) : undefined;
    if (query.unit && !role) continue;
    const score = query.task ? taskScore(query.task, duty) : 1;
    if (score < TASK_MIN) continue;
    hits.push({ duty, score, ...(role ? { role } : {}), ...(document ? { document } : {}) });
  }
  // stable sort keeps document order among equal scores
  return query.task ? hits.sort((a, b) => b.score - a.score) : hits;
}
