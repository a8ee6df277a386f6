/**
 * Duties written as sentences: a unit at the head of a clause segment (`区工信局每月组织开展…`,
 * `县级监管部门要进行…专项检查`, `厅安委会办公室督促协调…`), and how-often facts with the kind of
 * enterprise they bind (`生产经营单位主要负责人要每季度…至少开展1次…（其中，民爆生产销售企业每月至少1次）`).
 */
import type { Frequency } from '../schemas.js';
import type { Aliases } from '../lexicon/aliases.js';
import { CN_COUNT_CHARS, OUTLINE_PREFIX, splitSegments, splitSentencesAndAsides } from '../text/zh/index.js';
import { findFrequencies, isSpecific } from './frequency.js';
import { isUnitName, splitUnits } from './unit-names.js';

/** Units named as the subject of a segment, and where that segment starts. */
export interface SubjectHit {
  units: string[];
  /** 南岸区商务局配合。 — the segment only says these units cooperate (the sentence's lead is named before). */
  cooperates?: boolean;
  start: number;
  end: number;
}

/** A how-often fact with the units it is given to and the enterprises it binds. */
export interface FrequencyFact {
  frequency: Frequency;
  units: string[];
  targets: string[];
  /** The sentence holding it (an exact slice of the text searched) and where it starts. */
  sentence: string;
  start: number;
}

// 要 应 须 负责 牵头 将 每(月) 定期 统一 督促 组织 会同 配合 对 按照 进行 开展 — what follows a subject
const MARKER = new RegExp(`要|应当|应|须|必须|负责|牵头|将|每(?=[天日周月季半年\\d${CN_COUNT_CHARS}个])|定期|统一|督促|组织|会同|配合|对|按照|进行|开展|建立`, 'gu');

// 运用相关部门建立的… 积极配合协助应急主管部门对… 会同有关部门进行… 将应急管理部门建立的… — a verb, not a subject
const VERB_START = /^(?:积极|主动|认真|严格|切实|运用|利用|配合|协助|会同|联合|将|把|对|由|向|在|按照|根据|依据|依照|督促|指导|引导|支持|推动|加强|建立|开展|组织|请|以)/u;

// 配合。 配合做好… — what follows units that only cooperate, at the end of a segment.
const COOPERATES_ONLY = /^(?:配合|协助|协同配合)[^，。；]{0,8}[。；]?$/u;

/** The unit list heading a segment, if the words before some marker are all unit names. */
function subjectOf(seg: string): { units: string[]; cooperates: boolean } | undefined {
  // 2.各责任处室要… → 各责任处室要…; （其中 → 其中
  const body = seg.replace(OUTLINE_PREFIX, '').replace(/^[（(]/u, '');
  if (VERB_START.test(body)) return undefined;
  for (const m of body.matchAll(MARKER)) {
    if (m.index < 2) continue;
    // 第二项（汛前检查）改由县应急管理局牵头, 排查整治由区应急局负责 — the unit is the one after 由
    const before = body.slice(0, m.index);
    const units = splitUnits(/由([^由]+)$/u.exec(before)?.[1] ?? before);
    if (units.length > 0 && units.every(isUnitName)) return { units, cooperates: COOPERATES_ONLY.test(body.slice(m.index).trim()) };
  }
  return undefined;
}

/** Units heading any segment of `text`, in order. */
export function findSubjects(text: string): SubjectHit[] {
  const out: SubjectHit[] = [];
  for (const { text: s, start } of splitSegments(text)) {
    const subject = subjectOf(s);
    if (subject) out.push({ units: subject.units, ...(subject.cooperates ? { cooperates: true } : {}), start, end: start + s.length });
  }
  return out;
}

const targetRes = new WeakMap<Aliases, RegExp>();

/**
 * 民爆生产销售企业 / 民爆生产、销售企业 / 危险化学品生产企业 / 生产经营单位 / 企业: an industry word from the
 * alias table, then the trades, then 企业 or 生产经营单位.
 */
function targetPattern(aliases: Aliases): RegExp {
  const cached = targetRes.get(aliases);
  if (cached) return cached;
  const words = aliases
    .groupsOfKind('industry')
    .flatMap((g) => g.terms)
    .filter((t) => !/企业$/u.test(t))
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(`(?:${words.join('|')})?(?:生产|销售|经营|储存|使用|运输|、)*(?:企业|生产经营单位)`, 'gu');
  targetRes.set(aliases, re);
  return re;
}

/** The enterprise kind written last before `at` in `text` (the nearest subject of the obligation). */
function targetBefore(text: string, at: number, aliases: Aliases): string | undefined {
  const found = [...text.slice(0, at).matchAll(targetPattern(aliases))];
  // 、民爆生产、销售企业 → 民爆生产、销售企业
  return found.at(-1)?.[0].replace(/^、|、$/gu, '');
}

/**
 * Specific frequencies (not the bare 定期) in `text`, each with the subject units of its sentence that
 * precede it and the enterprise it binds, plus `extraTargets` (an industry label of the clause).
 */
export function findFrequencyFacts(text: string, aliases: Aliases, extraTargets: readonly string[] = []): FrequencyFact[] {
  const out: FrequencyFact[] = [];
  for (const { text: s, start } of splitSentencesAndAsides(text)) {
    const subjects = findSubjects(s);
    for (const hit of findFrequencies(s)) {
      if (!isSpecific(hit.frequency)) continue;
      const units = subjects.filter((h) => h.start <= hit.start).at(-1)?.units ?? [];
      const target = targetBefore(s, hit.start, aliases);
      const targets = [...new Set([...(target ? [target] : []), ...extraTargets])];
      const lead = /^[，,；;\s]*/u.exec(s)?.[0].length ?? 0;
      out.push({ frequency: hit.frequency, units, targets, sentence: s.slice(lead), start: start + lead });
    }
  }
  return out;
}
