/**
 * Whether the retrieved evidence answers the question at all. Saying "not found" beats a confident
 * answer about something else: an amount no clause states, a year the document does not reach, or a
 * subject (安全评价, 特种作业) no document mentions.
 */
import type { Clause } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { QUANTITY, ROLE_SPELLINGS, STANDARD_CODE, unitKind } from '../text/zh/index.js';
import type { Aliases } from '../lexicon/aliases.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import type { AnswerType } from '../question/answer-types.js';
import { clauseTextIndex, normalizedTexts, type ScoredSentence } from './evidence.js';

/** Not the offered words themselves: repeating 中级 or 初级 would read as an answer. */
const OFFERED_MISSING = '问题里给出的两种说法（文件对两者都没有写到）';

/**
 * 区里办还是市里办, 应急局还是住建局, 往卫健委报还是应急局报, 全市都适用还是只管琤浦区 — alternatives that name levels,
 * units or places, which documents spell otherwise.
 */
const OFFERS_UNIT = /[省市县区镇乡村]里|[省市县区]级|(?:局|厅|科|处|委|办|中心|队)[报交送管查办]?$|^全[省市县区州]|[省市县区州]$/u;

/** Answer types whose offered alternatives are units or roles. */
const WHO: ReadonlySet<AnswerType> = new Set(['lead', 'cooperate', 'recipient', 'contact']);

/** Below this share of the question's informative weight, the best sentence is about something else. */
const MIN_COVERAGE = 0.15;

export interface Verdict {
  supported: boolean;
  /** What was not found, phrased to follow 文件中没有找到. */
  missing: string;
}

/** 50万元, 1.5 亿元, 二百元以上五百元以下 — a sentence that states an amount of money. */
function statesAmount(text: string): boolean {
  return [...text.matchAll(QUANTITY)].some((m) => m[4] !== undefined && unitKind(m[4]) === 'money');
}

/**
 * The asked safety concepts (安全评价, 特种作业) that no clause mentions, directly or through an alias.
 * A question about one of them is not answered by these documents.
 */
export function unknownConcepts(asked: readonly string[], clauses: readonly Clause[], aliases: Aliases): string[] {
  const texts = clauseTextIndex(clauses);
  const inCorpus = (t: string) => texts.has(t) || roleSpellings(t).some((v) => texts.has(v)) || splitIn(t, normalizedTexts(clauses));
  const known = (t: string) => inCorpus(t) || aliases.groupsOf(t).some((g) => g.terms.some((a) => inCorpus(norm(a))));
  return asked.filter((c) => !known(c));
}

/** 岗前培训 in 岗前安全培训 or 岗前燃气安全培训: a four-character concept whose halves the documents write with up to four characters between. */
function splitIn(term: string, texts: readonly string[]): boolean {
  if ([...term].length !== 4) return false;
  const gap = new RegExp(`${term.slice(0, 2)}[\\p{Script=Han}]{1,4}${term.slice(2)}`, 'u');
  return texts.some((t) => gap.test(t));
}

/** The other spellings of a role: 押运员 → 押运人员, 押运人员 → 押运员. */
function roleSpellings(term: string): string[] {
  return ROLE_SPELLINGS.flatMap(([short, long]) => (term.endsWith(long) ? [term.slice(0, -long.length) + short] : term.endsWith(short) ? [term.slice(0, -short.length) + long] : []));
}

/** Judges the evidence for the analysed question; `scored` are the candidate sentences, best first. */
export function judgeSupport(q: Pick<QuestionAnalysis, 'cues' | 'concepts' | 'answerTypes'>, scored: readonly ScoredSentence[], clauses: readonly Clause[], aliases: Aliases): Verdict {
  const top = scored.slice(0, 6);
  const best = top[0];
  if (!best || best.coverage < MIN_COVERAGE) return { supported: false, missing: '能回答这个问题的条款' };
  // (a penalty the law links to the conduct asked about states it too, though ranked below the conduct's sentences)
  if (q.cues.amount && !top.some((s) => statesAmount(s.text)) && !scored.some((s) => s.punishes !== undefined && statesAmount(s.text))) return { supported: false, missing: '具体金额（相关条款没有规定数额）' };
  if (q.cues.standardCode && !top.some((s) => new RegExp(STANDARD_CODE.source, 'u').test(s.text))) return { supported: false, missing: '标准的编号（相关条款没有写明标准编号）' };
  if (q.cues.laterThan !== undefined) {
    const year = q.cues.laterThan;
    const reaches = top.some((s) => [...s.clause.text.matchAll(/(\d{4})\s*年/gu)].some((m) => Number(m[1]) >= year));
    if (!reaches) return { supported: false, missing: `${year}年以后的安排（文件规定的时间范围没有到${year}年）` };
  }
  const unknown = unknownConcepts(q.concepts, clauses, aliases);
  if (unknown.length > 0) return { supported: false, missing: `关于“${unknown.join('、')}”的规定` };
  // 中级还是初级: when no document says either, neither is the answer (who-questions offer units, which documents spell in full)
  const offered = q.cues.alternatives;
  if (offered && !q.answerTypes.some((t) => WHO.has(t)) && !offered.some((o) => OFFERS_UNIT.test(o)) && unknownConcepts(offered, clauses, aliases).length === offered.length) {
    return { supported: false, missing: OFFERED_MISSING };
  }
  return { supported: true, missing: '' };
}
