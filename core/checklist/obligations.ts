/**
 * Which sentences of a clause bind the asker. A sentence binds an enterprise when an enterprise is its
 * subject (企业要…) or the object of a directive (督促企业…); it binds a unit when the unit is its subject,
 * when the duty matrix names the unit for the clause, or when nothing else is named in a document addressed
 * to the unit. Sentences without a subject of their own carry the subject of the sentence before.
 */
import type { Clause, DocumentMeta, Duty } from '../schemas.js';
import { norm } from '../text/normalize.js';
import type { Aliases } from '../lexicon/aliases.js';
import { ENTERPRISE_UNIT_SOURCE, LEVEL_START, SUBJECT_ENTERPRISE_SOURCE, SUBJECT_UNIT_END_SOURCE, UNIT_LEVEL, splitSentences } from '../text/zh/index.js';
import { splitUnits } from '../duties/unit-names.js';
import type { ChecklistScope } from './scope.js';

export type Actor = 'enterprise' | 'directed' | 'unit' | 'none';

/** One sentence that binds the asker, with what the item is made from. */
export interface Obligation {
  clause: Clause;
  /** Exact substring of the clause text. */
  sentence: string;
  /** Offset of the sentence in the clause text. */
  start: number;
  actor: Actor;
  /** Unit written as the subject, for actor `unit`. */
  unit?: string;
  /** True when the sentence or its clause's heading names the asker's industry. */
  specific: boolean;
}

// 民爆生产、销售企业要 / 企业主要负责人要 / 生产经营单位主要负责人要 / 民爆、修造船等监管行业要 — an enterprise (or an
// industry's enterprises) as subject; not the slogan 管行业必须管安全.
// (不带储存设施经营危险化学品的企业，应当… — the subject set off by a comma)
const ENTERPRISE_ACTOR = new RegExp(`${SUBJECT_ENTERPRISE_SOURCE}[，,]?(?:要|应当|应|必须|须|严禁|不得)`, 'u');
// 储存单位 as the subject UNIT_ACTOR reads is an enterprise
const ENTERPRISE_NAME = new RegExp(`企业|公司|${ENTERPRISE_UNIT_SOURCE}`, 'u');
// 督促企业单位加大… / 指导企业采取… / 要求生产经营单位… — an enterprise as the object of a directive.
const DIRECTED = /(?:督促|指导|要求|责令)[^，。；]{0,6}?(?:企业|生产经营单位)/u;
// 各县（市、区）工信局、经发局要 / 县级监管部门要 / 区工信局每月 / 局机关各科室、局属各单位要 — a unit as subject.
const UNIT_ACTOR = new RegExp(`^(?:要)?((?:各|有关)?[\\u4e00-\\u9fff（）、]{0,24}?${SUBJECT_UNIT_END_SOURCE})(?:主要负责同志)?(?:要|应|每|负责|将|牵头|组织|进行)`, 'u');
// （其中，民爆生产销售企业每月至少 1 次） — a parenthetical that narrows the sentence to one kind of enterprise.
export const NARROWING = /[（(]其中[，,]([^）)]*)[）)]/gu;

/** Industry alias keys a text names. */
export function industriesIn(text: string, aliases: Aliases): string[] {
  const t = norm(text);
  return aliases
    .groupsOfKind('industry')
    .filter((g) => g.terms.some((term) => t.includes(term)))
    .map((g) => g.key);
}

const pathCache = new WeakMap<Aliases, WeakMap<Clause, readonly string[]>>();

/** `industriesIn` of the clause's heading path, worked out once per clause: a checklist reads it for every clause of the knowledge base. */
export function pathIndustries(clause: Clause, aliases: Aliases): readonly string[] {
  let byClause = pathCache.get(aliases);
  if (!byClause) pathCache.set(aliases, (byClause = new WeakMap()));
  let got = byClause.get(clause);
  if (!got) byClause.set(clause, (got = industriesIn(clause.path.join(' '), aliases)));
  return got;
}

/** The label a label clause opens with: `软件和信息技术服务业，` of 软件和信息技术服务业，重点检查…. */
export function labelPrefix(clause: Clause): string {
  const label = clause.kind === 'label' ? clause.path.at(-1) : undefined;
  return label && clause.text.startsWith(label) ? (/^[^，,：:]*[，,：:]/u.exec(clause.text)?.[0] ?? '') : '';
}

function actorOf(sentence: string, label: string): { actor: Actor; unit?: string } | undefined {
  const body = sentence.startsWith(label) ? sentence.slice(label.length) : sentence;
  const unit = UNIT_ACTOR.exec(body);
  if (unit && !ENTERPRISE_NAME.test(unit[1]!)) return DIRECTED.test(body) ? { actor: 'directed', unit: unit[1]! } : { actor: 'unit', unit: unit[1]! };
  if (ENTERPRISE_ACTOR.test(body)) return { actor: 'enterprise' };
  if (DIRECTED.test(body)) return { actor: 'directed' };
  return undefined;
}

/** True when the written unit is the asked one: 县工信局 matches 各县（市、区）工信局; 军民结合推进处 matches itself. */
export function unitMatches(aliases: Aliases, asked: string, written: string): boolean {
  return splitUnits(written).some((w) => oneUnitMatches(aliases, asked, w));
}

function oneUnitMatches(aliases: Aliases, asked: string, written: string): boolean {
  const a = aliases.canonicalUnit(asked);
  const w = aliases.canonicalUnit(written.replace(/[（(][^）)]*[）)]/gu, '')).replace(/^各/u, '');
  if (w === a || w.endsWith(a) || a.endsWith(w)) return true;
  // Same kind of unit (工业和信息化局) at a compatible level: 县工信局 ~ 各县（市、区）工信局.
  const key = (s: string) => aliases.groupsOf(s.replace(LEVEL_START, '')).find((g) => g.kind === 'unit')?.key;
  const level = (s: string) => UNIT_LEVEL.exec(s)?.[1];
  const ka = key(asked.replace(LEVEL_START, ''));
  return ka !== undefined && aliases.canonicalUnit(written).endsWith(ka) && (level(asked) === undefined || written.includes(level(asked)!));
}

function unitRows(clause: Clause, duties: readonly Duty[]): Duty[] {
  return duties.filter((d) => d.clauseId === clause.id && (d.lead.length > 0 || d.cooperate.length > 0) && d.how !== 'sentence');
}

/**
 * The sentences of one clause that bind the scope. `otherIndustry` clauses (a heading naming only other
 * industries) never reach here.
 */
export function obligationsOf(clause: Clause, scope: ChecklistScope, doc: DocumentMeta | undefined, duties: readonly Duty[], aliases: Aliases): Obligation[] {
  const label = labelPrefix(clause);
  const headedBy = pathIndustries(clause, aliases);
  // a document titled for an industry (…危险化学品安全管理办法) speaks of it in every article
  const titled = industriesIn(doc?.title ?? '', aliases);
  const inLabel = clause.kind === 'label' && headedBy.some((k) => scope.industries.includes(k));
  const out: Obligation[] = [];
  let carried: { actor: Actor; unit?: string } | undefined;
  const rows = scope.unit ? unitRows(clause, duties) : [];
  const rowForUnit = scope.unit !== undefined && rows.some((d) => [...d.lead, ...d.cooperate].some((u) => unitMatches(aliases, scope.unit!, u)));
  const addressed = scope.unit !== undefined && (doc?.addressees ?? []).some((a) => unitMatches(aliases, scope.unit!, a));
  for (const s of splitSentences(clause.text)) {
    if (isHeadingLine(s.text, clause)) continue;
    const own = actorOf(s.text, label);
    const who = own ?? carried ?? { actor: 'none' as Actor };
    // The next sentence keeps the subject, not the object of a directive: 工信局要…督促企业…。做好民爆行业安全监管 is the 工信局's.
    carried = who.actor === 'directed' ? (who.unit ? { actor: 'unit', unit: who.unit } : { actor: 'none' }) : who;
    const mentioned = industriesIn(s.text.replace(NARROWING, ''), aliases);
    const narrowed = [...s.text.matchAll(NARROWING)].flatMap((m) => industriesIn(m[1]!, aliases));
    // 民爆、修造船等监管行业要… binds those industries only.
    if (scope.industries.length > 0 && mentioned.length > 0 && !mentioned.some((k) => scope.industries.includes(k))) continue;
    const specific = [...headedBy, ...titled, ...mentioned, ...narrowed].some((k) => scope.industries.includes(k));
    let binds: boolean;
    if (scope.role === 'enterprise') {
      binds = who.actor === 'enterprise' || who.actor === 'directed' || (inLabel && s.start <= label.length && who.actor === 'none');
    } else {
      const ownUnit = who.unit !== undefined && unitMatches(aliases, scope.unit!, who.unit);
      // A sentence with no subject of its own (or one that only directs enterprises) is the addressee's.
      const unnamed = who.actor === 'none' || (who.actor === 'directed' && who.unit === undefined);
      binds = ownUnit || rowForUnit || (unnamed && rows.length === 0 && addressed);
    }
    if (!binds) continue;
    out.push({ clause, sentence: s.text, start: s.start, actor: who.actor, ...(who.unit ? { unit: who.unit } : {}), specific });
  }
  return out;
}

/** `（一）进一步做好防火工作。` or `三、主要任务` — the heading line that opens a clause, not an obligation. */
function isHeadingLine(sentence: string, clause: Clause): boolean {
  const last = clause.path.at(-1);
  if (!last || clause.kind === 'label') return false;
  const t = sentence.replace(/[。；;]$/u, '');
  return t === last || (last.endsWith('…') && t.startsWith(last.slice(0, -1)));
}
