/**
 * Picks the sentences that answer a question from the retrieved clauses: term overlap weighted by
 * rarity, the clause's rank, and what the intent asks for (a frequency, a date, a unit, a ban).
 */
import type { Clause } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { SubstringIndex } from '../text/substring-index.js';
import { DOC_NUMBER_TAIL_SOURCE, RESPONSIBLE_BRACKET, splitSentences, type Sentence } from '../text/zh/index.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import type { SearchHit } from '../retrieval/search.js';
import type { Intent } from '../question/intents.js';

export interface ScoredSentence {
  clause: Clause;
  text: string;
  /** Rank of its clause among the hits (0 = best). */
  rank: number;
  score: number;
  /** Share of the question's informative weight the sentence covers (0..1). */
  coverage: number;
  /** Set on a penalty brought in for the conduct sentence it punishes (penalties.ts): that sentence. */
  punishes?: string;
  /** Set on a penalty a referral in another text brought (依照《…条例》第二十六条的规定处罚): that referral. */
  referredBy?: ScoredSentence;
}

// 每季度, 每半年至少1次, 每5年至少一次, 2次以上, 定期
const FREQUENCY = /每(?:天|日|周|月|季度?|半年|年|\d+年|[一二三四五]年)|至少|\d+\s*次|[一两二三四五]次|次以上|定期|24小时/u;
// 2019年12月底, 2020年7月至12月, 2021年, …前
const DATE = /\d{4}\s*年|\d{1,2}\s*月底|底前|以前|之前|阶段/u;
// a unit assignment: 负责, 牵头, 配合, 责任处室
const UNIT = /负责|牵头|配合|责任处室|责任单位|建立|报/u;
// a ban or a criterion
const BAN = /严禁|禁止|不得|判定标准|隐患|重点/u;

// 自2011年12月1日起施行, 同时废止, 以本方案为准
const IN_FORCE = /施行|废止|生效|有效期|不再执行|为准|替代|取代/u;

const INTENT_CUE: Partial<Record<Intent, RegExp>> = { frequency: FREQUENCY, deadline: DATE, duty: UNIT, hazard: BAN, supersede: IN_FORCE };

/** 2025, 2025年, 去年, (…的)时候 — a term that only says when. */
const TIME_WORD = /^(?:\d{4}年?|去年|前年|今年|时候|的时|那时|当时|那会儿?)$/u;

/**
 * Query terms and how informative each is (idf over clause texts). When the question names its
 * documents, rarity is measured inside them: in a question about 舞钢产业区, 产业区 is in nearly every
 * clause of that plan and says nothing about which clause answers. Place names are left out: they
 * choose the document, they are not what the answer must say; so are the words of an asked time (2025年的时候,
 * 去年) when `asksTime`: they choose the text in force, which does not write them.
 */
export function weightTerms(analysis: QueryAnalysis, clauses: readonly Clause[], asksTime = false): Map<string, number> {
  const { index, perDoc } = clauseTexts(clauses);
  const docs = new Set([...analysis.places.flatMap((p) => p.docIds), ...analysis.docHints.map((h) => h.docId)]);
  const n = docs.size > 0 ? [...docs].reduce((sum, d) => sum + (perDoc.get(d) ?? 0), 0) : index.texts.length;
  const places = analysis.places.map((p) => norm(p.name));
  const weights = new Map<string, number>();
  for (const { term, weight } of analysis.terms) {
    const t = term.startsWith('~') ? term.slice(1) : term;
    if (t.length < 2 && !/\d/u.test(t)) continue;
    if (places.some((p) => p.includes(t) || t.includes(p))) continue;
    if (asksTime && TIME_WORD.test(t)) continue;
    const holding = index.containing(t);
    const df = docs.size > 0 ? holding.filter((i) => docs.has(clauses[i]!.docId)).length : holding.length;
    if (df === 0) continue;
    const idf = Math.log(1 + n / df);
    weights.set(t, Math.max(weights.get(t) ?? 0, weight * idf));
  }
  return weights;
}

interface ClauseTexts {
  /** `norm` of every clause text, in clause order, indexed for substring lookups. */
  index: SubstringIndex;
  /** Clauses per document id. */
  perDoc: Map<string, number>;
}

const cache = new WeakMap<readonly Clause[], ClauseTexts>();

/** Built once per clause list (a knowledge base's lives as long as it serves) and kept while the list is. */
function clauseTexts(clauses: readonly Clause[]): ClauseTexts {
  let got = cache.get(clauses);
  if (!got) {
    const perDoc = new Map<string, number>();
    for (const c of clauses) perDoc.set(c.docId, (perDoc.get(c.docId) ?? 0) + 1);
    got = { index: new SubstringIndex(clauses.map((c) => norm(c.text))), perDoc };
    cache.set(clauses, got);
  }
  return got;
}

/** `norm` of every clause text, computed once per clause list. */
export function normalizedTexts(clauses: readonly Clause[]): readonly string[] {
  return clauseTexts(clauses).index.texts;
}

/** The normalised clause texts, indexed: which clauses contain a string, without scanning them all. */
export function clauseTextIndex(clauses: readonly Clause[]): SubstringIndex {
  return clauseTexts(clauses).index;
}

/** The share of the question's informative weight a text covers (0..1). */
export function sentenceScore(text: string, weights: Map<string, number>, total: number): number {
  const s = norm(text);
  let got = 0;
  for (const [t, w] of weights) if (s.includes(t)) got += w;
  return total === 0 ? 0 : got / total;
}

/** A sentence's share from its clause's place in the retrieved list: each rank down costs a little. */
export function rankFactor(rank: number): number {
  return 1 / (1 + 0.12 * rank);
}

function isHeading(clause: Clause): boolean {
  return clause.kind.startsWith('outline') && splitSentences(clause.text).length === 1 && [...clause.text].length <= 50 && !RESPONSIBLE_BRACKET.test(clause.text);
}

const REFERENCE = new RegExp(`《[^》]+》|${DOC_NUMBER_TAIL_SOURCE}`, 'u');

// 检查主体：区城管部门； — one cell of a table row written out in an article's text (header：value); not a
// bracketed field list (（牵头单位：…；配合单位：…）), which is a sentence's own aside.
const CELL = /^[^（(：:；;\n][^：:；;\n]{0,15}[：:][^；;\n]*[；;]?$/u;

/**
 * An article that holds a table writes each row on a line of cells (检查主体：…；检查对象：…；检查频次：…): the
 * row is one fact, like a row clause, so its cells are joined back into one sentence.
 */
function withRowLines(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    const sameLine = prev !== undefined && !text.slice(prev.start, s.start).includes('\n');
    if (prev && sameLine && CELL.test(prev.text.split(/[；;]/u).at(-2) ?? prev.text) && CELL.test(s.text)) out[out.length - 1] = { start: prev.start, text: text.slice(prev.start, s.start + s.text.length) };
    else out.push(s);
  }
  return out;
}

// 问四：…也算违规吗？ — a sentence that is itself a question (an 一问一答's heading), not a rule.
const ASKS_ITSELF = /[？?]\s*$/u;
/** What a sentence that states no rule (a question, a text lent to other things) keeps of its score. */
const NO_RULE_SHARE = 0.4;

// 电动自行车以外的其他电动车辆…，参照本条例执行 — a sentence that lends the whole text to other things.
const LENDS_TEXT = /参照本(?:条例|办法|规定|细则|标准|方案)执行/u;

// ＿＿＿, ____ — the blank of a form.
const FORM_BLANK = /[＿_]{3,}/u;

/** How much of the removed clause's relevance the clause that removed it takes. */
const STANDS_FOR_SHARE = 0.9;

/** Every sentence of the top hits, scored; best first. `wantsReference`: the question asks which document or standard. */
export function scoreSentences(hits: readonly SearchHit[], weights: Map<string, number>, intent: Intent, depth = 8, wantsReference = false): ScoredSentence[] {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const cue = INTENT_CUE[intent];
  const out: ScoredSentence[] = [];
  hits.slice(0, depth).forEach((hit, rank) => {
    // The clause's heading path counts toward what its sentences answer; a clause that removed the one retrieved
    // (删去第十四条) is about what that one was about.
    const context = Math.max(sentenceScore(hit.clause.path.join(' '), weights, total) * 0.3, hit.standsFor ? sentenceScore(hit.standsFor, weights, total) * STANDS_FOR_SHARE : 0);
    // A table row is one fact (task, units, deadline together); its cells are not sentences.
    const sentences = hit.clause.kind === 'row' ? [{ text: hit.clause.text, start: 0 }] : withRowLines(hit.clause.text, splitSentences(hit.clause.text));
    // A heading with sub-items (（三）深化…预防控制体系。) or a preamble line names a topic; its items answer.
    const weak = isHeading(hit.clause) || hit.clause.kind === 'preamble' ? 0.5 : 1;
    for (const s of sentences) {
      // A bare heading line before the body (一、总体要求) is a title, not something the document says; a line that
      // announces the list below it (第四条 网格员履行下列职责：) says something.
      if (s.start === 0 && sentences.length > 1 && /^[^。；，,]{1,30}$/u.test(s.text) && !/[:：]$/u.test(s.text)) continue;
      // 检查日期：＿＿＿＿年＿＿月＿＿日 — a blank of a form to fill in says nothing
      if (FORM_BLANK.test(s.text)) continue;
      const coverage = Math.min(1, sentenceScore(s.text, weights, total) + context);
      let score = coverage * weak * rankFactor(rank);
      if (cue?.test(s.text)) score *= 1.35;
      if (wantsReference && REFERENCE.test(s.text)) score *= 1.35;
      // The title line of an item (（八）培育壮大安全应急产业。) says less than the sentences after it; a question
      // (问四：临时停几分钟，也算违规吗？) says nothing, its answer does.
      if (s.start === 0 && sentences.length > 1 && /^[^，。；]{0,30}[。；]$/u.test(s.text)) score *= 0.7;
      if (ASKS_ITSELF.test(s.text)) score *= NO_RULE_SHARE;
      // 其他电动车辆…参照本条例执行 lends the whole text to something else: it shares the text's words, not a rule
      if (intent !== 'applicability' && LENDS_TEXT.test(s.text)) score *= NO_RULE_SHARE;
      out.push({ clause: hit.clause, text: s.text, rank, score, coverage });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Documents to answer from one by one: those the question names, or, for a question across documents
 * (各自, 分别, 几份文件), every document whose best sentence is close to the overall best.
 */
export function documentsToCover(acrossDocs: boolean, scored: readonly ScoredSentence[], named: readonly string[] | undefined): string[] | undefined {
  if (named && named.length > 1) return [...named];
  if (!acrossDocs || named?.length === 1) return undefined;
  const best = scored[0]?.score ?? 0;
  const docs: string[] = [];
  for (const s of scored) if (s.score >= best * 0.5 && !docs.includes(s.clause.docId)) docs.push(s.clause.docId);
  return docs.length > 1 ? docs.slice(0, 4) : undefined;
}

/** Sentences quoted from one clause at most (一是…二是…三是… lists need more than one). */
const PER_CLAUSE = 3;

/**
 * The sentences to quote: the best, then others close to it, at most PER_CLAUSE per clause and `max` in all.
 * With `perDoc`, each listed document contributes its own best sentences (a question across documents).
 */
export function selectSentences(scored: readonly ScoredSentence[], max: number, perDoc?: readonly string[]): ScoredSentence[] {
  const best = scored[0];
  if (!best) return [];
  const pick = (pool: readonly ScoredSentence[], limit: number, floor: number): ScoredSentence[] => {
    const chosen: ScoredSentence[] = [];
    for (const s of pool) {
      if (chosen.length >= limit) break;
      // The rest of the best sentence's clause (…严格限制；申报类…实施“一票否决”) needs less to be kept.
      if (s.score < (s.clause.id === pool[0]?.clause.id ? floor * 0.6 : floor)) continue;
      if (chosen.filter((c) => c.clause.id === s.clause.id).length >= PER_CLAUSE) continue;
      if (chosen.some((c) => c.text === s.text)) continue;
      chosen.push(s);
    }
    return chosen;
  };
  if (perDoc && perDoc.length > 1) {
    return perDoc.flatMap((docId) => {
      const pool = scored.filter((s) => s.clause.docId === docId);
      return pick(pool, Math.max(1, Math.floor(max / perDoc.length)), (pool[0]?.score ?? 0) * 0.6);
    });
  }
  return pick(scored, max, best.score * 0.6);
}
