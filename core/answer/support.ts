/**
 * Whether the retrieved evidence answers the question at all. Saying "not found" beats a confident
 * answer about something else: an amount no clause states, a year the document does not reach, or a
 * subject (安全评价, 特种作业) no document mentions.
 */
import { readFileSync } from 'node:fs';
import type { Clause } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { groupsOf } from '../retrieval/aliases.js';
import { normalizedTexts, type ScoredSentence } from './evidence.js';

/** Below this share of the question's informative weight, the best sentence is about something else. */
const MIN_COVERAGE = 0.15;

export interface Verdict {
  supported: boolean;
  /** What was not found, phrased to follow 文件中没有找到. */
  missing: string;
}

// 多少补助资金, 能拿多少钱, 补贴标准是多少 — asks for an amount of money.
const ASKS_AMOUNT = /(?:多少|几)(?:钱|万|元|资金|补助|补贴|奖励|经费)|(?:补助|补贴|奖励|资金|经费|奖补).{0,8}(?:多少|几|标准)|金额/u;
// 50万元, 1.5 亿元, 3000元
const AMOUNT = /\d+(?:\.\d+)?\s*(?:万|亿)?\s*元/u;
// 2023年以后, 2025年之后
const LATER_THAN = /(\d{4})\s*年?\s*(?:以后|之后|以来|后)/u;

let concepts: string[] | undefined;

/** The safety-concept lexicon, longest first so 特种作业人员 is found before 特种作业. */
function conceptList(): string[] {
  concepts ??= readFileSync(new URL('./data/safety-concepts.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .sort((a, b) => b.length - a.length);
  return concepts;
}

/**
 * Safety concepts the question asks about that no clause mentions, directly or through an alias:
 * 安全评价, 特种作业. A question about one of them is not answered by these documents.
 */
export function unknownConcepts(question: string, clauses: readonly Clause[]): string[] {
  const q = norm(question);
  const texts = normalizedTexts(clauses);
  const inCorpus = (t: string) => texts.some((x) => x.includes(t));
  const known = (t: string) => inCorpus(t) || groupsOf(t).some((g) => g.terms.some((a) => inCorpus(norm(a))));
  const asked: string[] = [];
  for (const c of conceptList()) if (q.includes(c) && !asked.some((a) => a.includes(c))) asked.push(c);
  return asked.filter((c) => !known(c));
}

/** Judges the evidence; `scored` are the candidate sentences, best first. */
export function judgeSupport(question: string, scored: readonly ScoredSentence[], clauses: readonly Clause[]): Verdict {
  const top = scored.slice(0, 6);
  const best = top[0];
  if (!best || best.coverage < MIN_COVERAGE) return { supported: false, missing: '能回答这个问题的条款' };
  if (ASKS_AMOUNT.test(question) && !top.some((s) => AMOUNT.test(s.text))) return { supported: false, missing: '具体金额（相关条款没有规定数额）' };
  const later = LATER_THAN.exec(question);
  if (later) {
    const year = Number(later[1]);
    const reaches = top.some((s) => [...s.clause.text.matchAll(/(\d{4})\s*年/gu)].some((m) => Number(m[1]) >= year));
    if (!reaches) return { supported: false, missing: `${year}年以后的安排（文件规定的时间范围没有到${year}年）` };
  }
  const unknown = unknownConcepts(question, clauses);
  if (unknown.length > 0) return { supported: false, missing: `关于“${unknown.join('、')}”的规定` };
  return { supported: true, missing: '' };
}
