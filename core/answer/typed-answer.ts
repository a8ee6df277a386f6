/**
 * Answer first: the facts of the asked type (answer-types.ts), stated in the user's terms before the
 * supporting quotes — 频次：每季度至少一次[1], 联系人：林雪，电话：0489-6213362[1], 算。属于第五条第（三）项…[1].
 * When the question asks a checkable fact (a number, a date, a frequency, a phone number) and no evidence
 * states one, it says what is missing, and the answer is a refusal.
 */
import type { Clause, DocumentMeta, Duty, Fact } from '../schemas.js';
import type { Aliases } from '../lexicon/aliases.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import { answerTypesOf, type AnswerType } from '../question/answer-types.js';
import { unitKind, type UnitKind } from '../text/zh/quantities.js';
import { ASKS_PHONE, ASKS_POST_NAME, NUMBER_KIND, PHONE_OF_UNIT } from '../text/zh/contacts.js';
import { ASKS_CLOCK, ASKS_DOCUMENT_APPLIES, ASKS_EVENT_COUNT, ASKS_THE_SAME } from '../question/cues.js';
import { findDocHints, titlesNamed } from '../retrieval/query-analysis.js';
import { norm } from '../text/normalize.js';
import { Citer } from './citer.js';
import { rankFactor, sentenceScore, type ScoredSentence } from './evidence.js';
import { ASKS_EXACT_DAY, CLOCK_TIME, DATE_RANGE, NOT_RECIPIENT, RECIPIENT, RECURRING_DUE, PENALTY_BOILERPLATE, STATES_OWN_SCOPE, STATES_PENALTY, STATES_PURPOSE, splitSentences } from '../text/zh/index.js';
import { penaltySpan } from './penalties.js';
import { groupBy } from '../group-by.js';
import { NATIONAL_LABEL, type Located } from './located.js';
import { isSearchable } from '../kb/searchable.js';

export interface AnswerFact {
  type: AnswerType;
  value: string;
  n: number;
}

export interface TypedAnswer {
  lines: string[];
  facts: AnswerFact[];
  /** Set when the question asks checkable facts and the evidence states none: what to say is missing. */
  missing?: string;
  /** Set when the lines answer the question whole (where each document applies): quotes only from what they cite. */
  whole?: true;
}

export interface TypedInput {
  q: QuestionAnalysis;
  /** The places the question is asked from, when it is. */
  located?: Located;
  scored: readonly ScoredSentence[];
  factsByClause: ReadonlyMap<string, readonly Fact[]>;
  /** Every fact of the knowledge base (criteria and contacts are looked up beyond the top hits). */
  allFacts: readonly Fact[];
  clauses: ReadonlyMap<string, Clause>;
  documents: ReadonlyMap<string, DocumentMeta>;
  duties: readonly Duty[];
  aliases: Aliases;
  citer: Citer;
  /** The question's informative terms and weights (weightTerms), to score sentences for one part of it. */
  weights?: ReadonlyMap<string, number>;
}

/** A sentence must score this share of the best sentence's score for its facts to answer the question. */
const SUBJECT_SHARE = 0.5;

/** A second sentence scoring at least this share of the best is stated beside it: the documents leave it open which. */
const CLOSE_SECOND = 0.9;

/** Documents that each state their own fact when a question asks across documents. */
const ACROSS_DOCS_MAX = 3;

/** A part of a message that holds this share of an even split of the message's informative weight names its own subject. */
const OWN_SUBJECT = 0.5;

/** Sentences searched for a fact of the asked type, best first. */
const TOP_SENTENCES = 6;
/** A number must come from a sentence about the asked subject: this share of the question's weight at least. */
const QUANTITY_COVERAGE = 0.3;
/** A frequency must come from a sentence about the asked subject (头顶库, not 特种设备): this share of the question's weight at least. */
const FREQUENCY_COVERAGE = 0.3;
/** A count must come from a sentence about the asked subject: this share of the question's weight at least. */
const COUNT_COVERAGE = 0.5;
/** A hazard situation matches a criterion when this share of its informative words is in the criterion. */
const CRITERION_MATCH = 0.3;

const QUANTITY_LABEL: Record<UnitKind, string> = {
  volume: '容积', area: '面积', length: '距离/长度', mass: '数量', money: '金额', percent: '比例', hours: '学时', duration: '期限', people: '人数', count: '数量', concentration: '浓度', pressure: '压力', speed: '速度',
};

/** The facts of a sentence's clause that lie inside the sentence. */
function factsOf(s: ScoredSentence, input: TypedInput, types: readonly Fact['type'][]): Fact[] {
  const at = s.clause.text.indexOf(s.text);
  if (at < 0) return [];
  return (input.factsByClause.get(s.clause.id) ?? []).filter((f) => types.includes(f.type) && f.start >= at && f.end <= at + s.text.length);
}

/** Sentences after a top sentence, in its clause, that may state what it announces (挂牌督办。督办期限一般不超过90日). */
const FOLLOWING = 2;

/**
 * The first of the top sentences that states facts passing `keep`, with those facts; a top sentence
 * that states none lends its place to the next sentences of its clause.
 */
function firstWith(input: TypedInput, types: readonly Fact['type'][], keep: (f: Fact, s: ScoredSentence) => boolean = () => true): { s: ScoredSentence; facts: Fact[] } | undefined {
  return sentencesWith(input, types, keep)[0];
}

/**
 * The top sentences that state facts passing `keep`, best first, with those facts; a top sentence that states
 * none lends its place to the next sentences of its clause. A sentence scored far below the best one is about
 * something else: its facts do not answer.
 */
function sentencesWith(input: TypedInput, types: readonly Fact['type'][], keep: (f: Fact, s: ScoredSentence) => boolean = () => true): Array<{ s: ScoredSentence; facts: Fact[] }> {
  const floor = (input.scored[0]?.score ?? 0) * SUBJECT_SHARE;
  const out: Array<{ s: ScoredSentence; facts: Fact[] }> = [];
  for (const s of input.scored.slice(0, TOP_SENTENCES).filter((x) => x.score >= floor)) {
    const own = factsOf(s, input, types).filter((f) => keep(f, s));
    if (own.length > 0) {
      out.push({ s, facts: own });
      continue;
    }
    const next = splitSentences(s.clause.text).filter((x) => x.start > s.clause.text.indexOf(s.text)).slice(0, FOLLOWING);
    for (const n of next) {
      const t: ScoredSentence = { ...s, text: n.text };
      const more = factsOf(t, input, types).filter((f) => keep(f, t));
      if (more.length > 0) {
        out.push({ s: t, facts: more });
        break;
      }
    }
  }
  return out;
}

function values(facts: readonly Fact[]): string {
  return [...new Set(facts.map((f) => f.value))].join('；');
}

/** One line `label：values[n]` from the first top sentence with facts of the types. */
/**
 * One line `label：values[n]` from the best sentence with facts of the types; when the next such sentence scores
 * nearly as well (two rows both about 报送进展), its facts are stated beside, each with its own citation.
 */
function statedLine(input: TypedInput, type: AnswerType, label: string, types: readonly Fact['type'][], keep?: (f: Fact, s: ScoredSentence) => boolean): { line: string; fact: AnswerFact } | undefined {
  const found = sentencesWith(input, types, keep);
  const [best, next] = found;
  if (!best) return undefined;
  // Asked across documents (分别是…, 跟市里的一样吗), each document states its own, named.
  const perDoc = input.q.cues.acrossDocs ? found.filter((h, i) => found.findIndex((x) => x.s.clause.docId === h.s.clause.docId) === i).slice(0, ACROSS_DOCS_MAX) : [];
  if (perDoc.length > 1) {
    const parts = perDoc.map((h) => ({ value: values(h.facts), title: input.documents.get(h.s.clause.docId)?.title ?? '', n: input.citer.cite(h.s.clause, h.s.text) }));
    return { line: `${label}：${parts.map((p) => `《${p.title}》${p.value}[${p.n}]`).join('；')}`, fact: { type, value: parts.map((p) => p.value).join('；'), n: parts[0]!.n } };
  }
  const shown = next && next.s.score >= best.s.score * CLOSE_SECOND && values(next.facts) !== values(best.facts) ? [best, next] : [best];
  const parts = shown.map((h) => ({ value: values(h.facts), n: input.citer.cite(h.s.clause, h.s.text) }));
  const value = parts.map((p) => p.value).join('；');
  return { line: `${label}：${parts.map((p) => `${p.value}[${p.n}]`).join('；')}`, fact: { type, value, n: parts[0]!.n } };
}

// ---- recipients -------------------------------------------------------------------------------------

/**
 * The first unit a sentence sends something to. A match that reads a thing as the unit (隐患报告表（附件3）报告市…)
 * is dropped and the scan goes on from its next character, so the unit inside it is still found.
 */
function recipientIn(text: string): string | undefined {
  const re = new RegExp(RECIPIENT.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // 自查报告报送所在区… matched at the noun 报告: the verb's tail is no part of the unit
    const unit = m[1]!.replace(/^(?:报送?|送|告|交)?至?/u, '');
    if (unit.length >= 2 && !NOT_RECIPIENT.test(unit)) return unit;
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

/** 报给谁: the unit the best evidence sends the report or application to (于6月30日前报市港口管理局). */
function recipientLine(input: TypedInput): { line: string; fact: AnswerFact } | undefined {
  for (const s of input.scored.slice(0, TOP_SENTENCES)) {
    const to = recipientIn(s.text);
    if (!to) continue;
    const n = input.citer.cite(s.clause, s.text);
    return { line: `报送（报告）对象：${to}[${n}]`, fact: { type: 'recipient', value: to, n } };
  }
  return undefined;
}

// ---- contacts ---------------------------------------------------------------------------------------

/** A unit the question names: a unit of the duty matrix or of a contact line, or a distinctive tail of one (执法支队). */
function unitsNamed(question: string, input: TypedInput, contacts: readonly Fact[]): string[] {
  const q = norm(question);
  const names = new Set([...input.duties.flatMap((d) => [...d.lead, ...d.cooperate]), ...contacts.map((c) => c.org ?? '')].filter((u) => u.length >= 3));
  const out: string[] = [];
  for (const name of names) {
    const n = norm(name);
    // 应急管理综合行政执法支队 is named by 执法支队; a tail of four characters or more is distinctive, and a short
    // name (港政科, 化工处) only whole
    for (let len = n.length; len >= Math.min(4, n.length); len--) {
      if (q.includes(n.slice(n.length - len))) {
        out.push(n.slice(n.length - len));
        break;
      }
    }
  }
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

function contactLine(input: TypedInput, c: Fact): { line: string; fact: AnswerFact } {
  const clause = input.clauses.get(c.clauseId)!;
  const n = input.citer.cite(clause, c.quote);
  const who = [c.org, c.person].filter((x) => x).join('');
  const value = c.email ? `邮箱 ${c.email}` : `${who}${c.phone ? `，电话：${c.phone}` : ''}`;
  return { line: `联系人：${value}[${n}]`, fact: { type: 'contact', value, n } };
}

/**
 * The contact for the question: of the unit it names; else of the unit that leads the task it is about
 * (涉氨冷库检查 → 工贸行业安全监督管理科负责涉氨制冷企业检查 → that unit's 联系人); else one in the best evidence.
 */
function contact(input: TypedInput): { line?: string; fact?: AnswerFact; missing?: string } {
  const docs = new Set(input.scored.slice(0, TOP_SENTENCES).map((s) => s.clause.docId));
  // 投诉举报电话, 值班电话: only a line that says it is that number answers, not the notice's 联系人
  const kind = NUMBER_KIND.exec(input.q.question)?.[1];
  const ofKind = (f: Fact) => kind === undefined || f.quote.includes(kind);
  const contacts = input.allFacts.filter((f) => f.type === 'contact' && f.phone !== undefined && ofKind(f));
  const named = unitsNamed(input.q.question, input, contacts);
  const ofUnit = (u: string) => contacts.filter((c) => norm(c.org ?? '').endsWith(norm(u)) || norm(u).endsWith(norm(c.org ?? '\u0000')));
  if (named.length > 0) {
    const found = named.flatMap(ofUnit);
    if (found[0]) return contactLine(input, found[0]);
    return { missing: `${named[0]}的联系方式（文件没有写明）` };
  }
  const wantsPhone = ASKS_PHONE.test(input.q.question);
  const top = input.scored.slice(0, TOP_SENTENCES);
  // 鸣珂消防救援站的值班电话: a unit named before the number wanted that no contact line is of — its number is missing,
  // and no other unit's number answers
  const ofNamed = PHONE_OF_UNIT.exec(input.q.question)?.[1];
  if (ofNamed && !contacts.some((c) => c.org !== undefined && (norm(c.org).includes(norm(ofNamed)) || norm(ofNamed).endsWith(norm(c.org))))) return { missing: `${ofNamed}的联系方式（文件没有写明）` };
  // 分管的副局长叫什么 asks a post's holder: only a text that names the post answers, never a contact line
  const asked = ASKS_POST_NAME.exec(input.q.question);
  const post = asked?.[1] ?? asked?.[2];
  // (领导 is no title: a text that names a leader names the title, 分管副局长张三, which the other posts catch)
  if (post && (post === '领导' || !top.some((s) => s.text.includes(post)))) return { missing: `${post}的姓名（文件没有写明）` };
  for (const s of top) {
    const direct = factsOf(s, input, ['contact']).filter((f) => (!wantsPhone || f.phone !== undefined) && ofKind(f));
    if (direct[0]) return contactLine(input, direct[0]);
    for (const d of input.duties.filter((x) => x.clauseId === s.clause.id)) {
      const c = d.lead.flatMap(ofUnit).find((x) => docs.has(x.docId) || x.docId === d.docId);
      if (c) return contactLine(input, c);
    }
  }
  // 打哪个电话问 about a notice: it names its one contact at the end (四、联系人), so the first document named or in
  // the evidence that has exactly one answers (a person's name or post, 副主任叫什么, is no such question)
  const docIds = wantsPhone ? [...input.q.query.docHints.map((h) => h.docId), ...top.map((s) => s.clause.docId)] : [];
  for (const docId of new Set(docIds)) {
    const ofDoc = [...new Map(contacts.filter((c) => c.docId === docId).map((c) => [c.phone, c])).values()];
    if (ofDoc.length === 1) return contactLine(input, ofDoc[0]!);
  }
  return { missing: kind !== undefined ? `${kind}电话（文件没有写明）` : '联系人或联系电话（文件没有写明）' };
}

// ---- hazard criteria --------------------------------------------------------------------------------

/** Documents the question is about, by place or name; every document when it names none. */
function docsInScope(q: QuestionAnalysis): Set<string> | undefined {
  const ids = [...q.query.places.flatMap((p) => p.docIds), ...q.query.docHints.map((h) => h.docId)];
  return ids.length > 0 ? new Set(ids) : undefined;
}

/** Share of the question's informative weight (terms the documents know) that a criterion contains. */
function criterionScore(q: QuestionAnalysis, text: string, known: (t: string) => boolean): number {
  const t = norm(text).toLowerCase();
  let total = 0;
  let got = 0;
  for (const { term, weight } of q.query.terms) {
    const w = term.startsWith('~') ? term.slice(1) : term;
    if (w.length < 2 || !known(w)) continue;
    total += weight;
    if (t.includes(w)) got += weight;
  }
  return total === 0 ? 0 : got / total;
}

/** The criteria in scope and the item the situation told matches best, if it matches (CRITERION_MATCH). */
function matchCriterion(input: TypedInput): { criteria: Fact[]; best?: Fact } {
  const scope = docsInScope(input.q);
  const criteria = input.allFacts.filter((f) => f.type === 'criterion' && (!scope || scope.has(f.docId)));
  const items = criteria.filter((f) => !f.catchAll);
  if (items.length === 0) return { criteria };
  const vocabulary = items.map((f) => norm(f.value).toLowerCase());
  const known = (w: string) => vocabulary.some((v) => v.includes(w));
  const best = items.map((f) => ({ f, score: criterionScore(input.q, f.value, known) })).sort((a, b) => b.score - a.score)[0]!;
  return { criteria, ...(best.score >= CRITERION_MATCH ? { best: best.f } : {}) };
}

/** The hazard verdict for the matched criterion (`below`: the stated sizes do not reach its thresholds). */
function hazard(input: TypedInput, { criteria, best }: ReturnType<typeof matchCriterion>, below: ReturnType<typeof belowCriterion>): { lines: string[]; facts: AnswerFact[]; matched: boolean } {
  if (criteria.every((f) => f.catchAll)) return { lines: [], facts: [], matched: false };
  if (best) {
    const clause = input.clauses.get(best.clauseId)!;
    const n = input.citer.cite(clause, best.quote);
    const title = input.documents.get(best.docId)?.title;
    if (below) {
      const rule = below.rule ? [`其中：“${below.rule.value}”[${input.citer.cite(input.clauses.get(below.rule.clauseId)!, below.rule.quote)}]`] : [];
      const lines = [`按您所说的数值，不属于${title ? `《${title}》` : ''}${best.label ?? ''}的情形：“${best.value}”[${n}]（${below.said}）`, ...rule];
      return { lines, facts: [{ type: 'hazard', value: `不属于 ${best.label ?? ''}`, n }], matched: true };
    }
    const lines = [`算重大事故隐患。属于${title ? `《${title}》` : ''}${best.label ?? ''}：“${best.value}”[${n}]（${best.subject ?? ''}）`];
    const facts: AnswerFact[] = [{ type: 'hazard', value: `${best.label ?? ''} ${best.value}`, n }];
    // A term of the criterion that the document defines (人员较多的生产场所 → 10人以上) is cited with it.
    for (const d of input.allFacts.filter((x) => x.type === 'scope' && x.scope === 'defines' && x.docId === best.docId)) {
      const term = /^([^，,]{2,20})[，,]?(?:是指|指)/u.exec(d.value)?.[1];
      if (!term || !best.value.includes(term)) continue;
      const m = input.citer.cite(input.clauses.get(d.clauseId)!, d.quote);
      lines.push(`其中“${term}”的含义：${d.value}[${m}]`);
    }
    return { lines, facts, matched: true };
  }
  const catchAll = criteria.find((f) => f.catchAll);
  const lines = ['文件列出的重大事故隐患判定情形中，没有与您描述直接对应的一项。'];
  if (catchAll) {
    const n = input.citer.cite(input.clauses.get(catchAll.clauseId)!, catchAll.quote);
    lines.push(`文件另有兜底规定：“${catchAll.value}”[${n}]`);
  }
  return { lines, facts: [], matched: false };
}

/**
 * 一级报警值设的20ppm，二级刚好120ppm against 一级报警值设定高于25ppm、二级报警值设定高于120ppm: the sizes the asker
 * states, compared with the criterion's own thresholds of the same unit (in order when they are as many), none of
 * them reached — the item is described but not met. Undefined when no stated size can be compared, or one meets.
 */
function belowCriterion(input: TypedInput, criterion: Fact): { said: string; rule?: Fact } | undefined {
  const limits = (input.factsByClause.get(criterion.clauseId) ?? []).filter((t) => t.type === 'threshold' && t.unit !== undefined && t.start >= criterion.start && t.end <= criterion.end);
  const pairs: Array<{ said: string; limit: Fact; ok: boolean }> = [];
  for (const unit of new Set(input.q.stated.map((s) => s.unit))) {
    const said = input.q.stated.filter((s) => s.unit === unit);
    const same = limits.filter((t) => t.unit === unit);
    const byOrder = said.length === same.length;
    said.forEach((s, i) => {
      for (const limit of byOrder ? [same[i]!] : same) {
        const ok = meets(s.number, limit);
        if (ok !== undefined) pairs.push({ said: s.text, limit, ok });
      }
    });
  }
  if (pairs.length === 0 || pairs.some((p) => p.ok)) return undefined;
  // right at a threshold, what the document says 高于/以上 include decides it: cited with it
  const atLimit = input.q.stated.some((s) => pairs.some((p) => p.said === s.text && p.limit.number === s.number));
  const rule = atLimit ? input.allFacts.find((x) => x.docId === criterion.docId && x.type === 'scope' && x.scope === 'defines' && /本数/u.test(x.value)) : undefined;
  return { said: pairs.map((p) => `${p.said}未达到“${p.limit.value}”`).join('，'), ...(rule ? { rule } : {}) };
}

// ---- applicability ----------------------------------------------------------------------------------

/** How far before a document's number the words the asker put before theirs are looked for (搭设跨度18米). */
const CONTEXT_SPAN = 8;

/** 以上/不少于 → at least; 以下/不足/少于 → below; the number the asker states is compared with it. */
function meets(stated: number, f: Fact): boolean | undefined {
  const c = f.comparator ?? '';
  if (f.number === undefined) return undefined;
  // 不超过 before 超过: the negated comparators are read first
  if (/不超过|不高于|不大于|以内|之内/u.test(c)) return stated <= f.number;
  if (/以上|不少于|不低于|不小于|达到|满/u.test(c)) return stated >= f.number;
  if (/超过|大于|高于/u.test(c)) return stated > f.number;
  if (/以下|不足|不到|少于|低于|小于|不满/u.test(c)) return stated < f.number;
  return undefined;
}

/**
 * Thresholds in other sentences of the best evidence's clauses (第二条 适用于…下列企业： → （二）液氨使用量5吨以上的…),
 * in a sentence that names what the question names (液氨).
 */
function thresholdsBeside(input: TypedInput, keep: (f: Fact) => boolean): Array<{ hit: { s: ScoredSentence }; f: Fact }> {
  const asked = input.q.query.terms.filter((t) => t.weight >= 1 && t.term.length >= 2 && !t.term.startsWith('~')).map((t) => t.term);
  const seen = new Set<string>();
  const out: Array<{ hit: { s: ScoredSentence }; f: Fact }> = [];
  for (const s of input.scored.slice(0, TOP_SENTENCES)) {
    if (seen.has(s.clause.id)) continue;
    seen.add(s.clause.id);
    const sentences = splitSentences(s.clause.text);
    for (const f of (input.factsByClause.get(s.clause.id) ?? []).filter((x) => (x.type === 'threshold' || x.type === 'scope') && keep(x))) {
      const sentence = sentences.find((x) => x.start <= f.start && f.end <= x.start + x.text.length);
      if (sentence && asked.some((t) => sentence.text.includes(t))) out.push({ hit: { s: { ...s, text: sentence.text } }, f });
    }
  }
  return out;
}

/**
 * 管不管得着 with a size stated (总投资才80万): the thresholds of the scope sentences (适用于, 不适用, 参照执行) of the
 * documents the best evidence comes from, wherever they rank — a document's scope article says who it binds.
 */
function scopeThresholds(input: TypedInput, keep: (f: Fact) => boolean): Array<{ hit: { s: ScoredSentence }; f: Fact }> {
  const best = input.scored[0];
  if (!best) return [];
  const docs = new Set(input.scored.slice(0, TOP_SENTENCES).map((s) => s.clause.docId));
  const scopes = input.allFacts.filter((f) => f.type === 'scope' && f.scope !== 'defines' && docs.has(f.docId));
  const out: Array<{ hit: { s: ScoredSentence }; f: Fact }> = [];
  for (const scope of scopes) {
    const clause = input.clauses.get(scope.clauseId);
    if (!clause) continue;
    for (const f of (input.factsByClause.get(clause.id) ?? []).filter((x) => x.type === 'threshold' && keep(x) && x.start >= scope.start && x.end <= scope.end)) {
      out.push({ hit: { s: { ...best, clause, text: scope.quote } }, f });
    }
  }
  return out;
}

/** A size the asker states, against the thresholds of the best evidence (液氨12吨 vs 10吨以上的逐家检查). */
function comparisons(input: TypedInput): { lines: string[]; facts: AnswerFact[] } {
  const lines: string[] = [];
  const facts: AnswerFact[] = [];
  for (const stated of input.q.stated) {
    const keep = (f: Fact) => f.unit === stated.unit && meets(stated.number, f) !== undefined;
    const top = sentencesWith(input, ['threshold', 'scope'], keep).flatMap((h) => h.facts.filter(keep).map((f) => ({ hit: h, f })));
    const beside = top.length > 0 ? top : thresholdsBeside(input, keep);
    const found = beside.length > 0 || !input.q.answerTypes.includes('applicability') ? beside : scopeThresholds(input, keep);
    // 跨度20米 is measured against 搭设跨度18米以上, not the 高度8米以上 before it in the same sentence.
    const said = (x: { hit: { s: ScoredSentence }; f: Fact }) => stated.context.length === 2 && x.hit.s.clause.text.slice(Math.max(0, x.f.start - CONTEXT_SPAN), x.f.start).includes(stated.context);
    // Of bands (1万平方米以下, 1万平方米以上5万平方米以下, 5万平方米以上), the one whose every bound the stated size meets.
    const inBand = (x: { hit: { s: ScoredSentence } }) =>
      (input.factsByClause.get(x.hit.s.clause.id) ?? []).filter((b) => keep(b) && x.hit.s.text.includes(b.quote)).every((b) => meets(stated.number, b));
    // (a band is a sibling of the best: in its clause or an item beside it, never a bound met in another article)
    const first = found[0];
    const sibling = (x: { hit: { s: ScoredSentence } }) => first !== undefined && x.hit.s.clause.docId === first.hit.s.clause.docId && x.hit.s.clause.path.slice(0, -1).join('/') === first.hit.s.clause.path.slice(0, -1).join('/');
    const band = (x: { hit: { s: ScoredSentence } }) => sibling(x) && inBand(x);
    const pick = found.find(said) ?? found.find(band) ?? thresholdsBeside(input, keep).find(band) ?? first;
    if (!pick) continue;
    const { hit, f } = pick;
    const ok = meets(stated.number, f)!;
    const n = input.citer.cite(hit.s.clause, hit.s.text);
    lines.push(`您所说的${stated.text}${ok ? '属于' : '不属于'}“${f.value}”的情形：“${hit.s.text}”[${n}]`);
    facts.push({ type: 'applicability', value: `${stated.text} ${ok ? '≥' : '<'} ${f.value}`, n });
    // Right at the threshold, what the document says 以上/以下 include decides it: cite that too.
    if (stated.number === f.number) {
      const rule = input.allFacts.find((x) => x.docId === hit.s.clause.docId && x.type === 'scope' && x.scope === 'defines' && /本数/u.test(x.value));
      if (rule) lines.push(`其中：“${rule.value}”[${input.citer.cite(input.clauses.get(rule.clauseId)!, rule.quote)}]`);
    }
    // Below a size that defines who is covered: what the document says of smaller ones (参照执行).
    if (!ok) {
      const refer = (input.factsByClause.get(hit.s.clause.id) ?? []).find((x) => x.type === 'scope' && x.scope === 'refers');
      if (refer) lines.push(`规模以下的：“${refer.value}”[${input.citer.cite(hit.s.clause, refer.quote)}]`);
    }
  }
  return { lines, facts };
}

/** Documents whose scope a question about them is answered with, and sentences of each (where it applies, what it leaves to another). */
const SCOPE_DOCS = 3;
const SCOPE_SENTENCES = 2;

/**
 * 《汕头经济特区消防条例》管得着吗？广东省的办法还管不管？ — whether documents apply to the asker: each one's own
 * statement of where it applies (本办法适用于本省行政区域内…), and what it leaves to another (本规定未作规定的，适用…),
 * for the documents the question names and, asked from a place, the local documents of its chain.
 */
function documentScopes(input: TypedInput): { lines: string[]; facts: AnswerFact[] } {
  const named = input.q.query.docHints.map((h) => h.docId);
  // (most specific first: the asked place's own, then up its chain)
  const chain = input.located?.chain ?? [];
  const local = [...(input.located?.levelOf ?? [])].filter(([, level]) => level !== NATIONAL_LABEL).sort(([, a], [, b]) => chain.indexOf(a) - chain.indexOf(b)).map(([id]) => id);
  // (a named document of another place than the asker's leaves out the asker's own)
  const elsewhere = named.some((id) => input.located && !input.located.docIds.includes(id));
  const docs = [...new Set([...named, ...(elsewhere ? [] : local)])].filter((id) => input.documents.get(id)?.status !== 'earlier-version').slice(0, SCOPE_DOCS);
  const lines: string[] = [];
  const facts: AnswerFact[] = [];
  const stated = new Map<string, number>();
  for (const clause of input.clauses.values()) {
    if (!docs.includes(clause.docId) || !isSearchable(clause)) continue;
    const title = input.documents.get(clause.docId)?.title ?? clause.docId;
    for (const s of splitSentences(clause.text).filter((x) => STATES_OWN_SCOPE.test(x.text))) {
      if ((stated.get(clause.docId) ?? 0) >= SCOPE_SENTENCES) break;
      stated.set(clause.docId, (stated.get(clause.docId) ?? 0) + 1);
      const n = input.citer.cite(clause, s.text);
      lines.push(`适用范围（《${title}》）：“${s.text}”[${n}]`);
      facts.push({ type: 'applicability', value: s.text, n });
    }
  }
  // the asked place's own document must say where it applies: the others' scopes alone would not answer for it
  const own = docs.filter((id) => input.located?.levelOf.get(id) === input.located?.places[0]);
  return own.length === 0 || own.some((id) => stated.has(id)) ? { lines, facts } : { lines: [], facts: [] };
}

function applicability(input: TypedInput): { lines: string[]; facts: AnswerFact[]; whole?: true } {
  if (ASKS_DOCUMENT_APPLIES.test(input.q.question)) {
    const scopes = documentScopes(input);
    if (scopes.lines.length > 0) return { ...scopes, whole: true };
  }
  const lines: string[] = [];
  const facts: AnswerFact[] = [];
  // An exclusion that names what the asker is (加油站 → 城镇燃气经营企业和加油加气站).
  const exclusion = firstWith(input, ['scope'], (f, s) => f.scope === 'excludes' && s.coverage >= 0.3);
  if (exclusion) {
    const f = exclusion.facts[0]!;
    const n = input.citer.cite(exclusion.s.clause, f.quote);
    const lead = f.subject && f.subject !== f.value ? `${f.subject}` : '';
    lines.push(`不在适用范围内：${lead}“${f.value}”[${n}]`);
    facts.push({ type: 'applicability', value: `不适用：${f.value}`, n });
  }
  return { lines, facts };
}

// ---- penalties ---------------------------------------------------------------------------------------

/** Penalty sentences stated: the best one, and one of another document (a local rule beside the national one). */
const PENALTIES = 2;
/** The best sentences that may describe the conduct a penalty sentence must name or continue… */
const CONDUCT = 3;
/** …and must say this share of what the user describes: a penalty for something else is not stated. */
const CONDUCT_COVERAGE = 0.3;
/** …or, asked of each level, at least this share, when that level's best sentence says no more of it. */
const LEVEL_CONDUCT_COVERAGE = 0.15;
/** The share of the question, penalty words aside, a penalty sentence must hold to stand for the conduct asked about. */
const OWN_CONDUCT = 0.15;
/** 有下列行为之一的 — a penalty sentence whose conduct is in the items below it. */
const LISTS_BELOW = /下列/u;

/**
 * The penalties for what the user describes, each quoted whole with its citation: those the law links to the
 * provision the best evidence is (违反本条例第三十三条第三项规定的…), or one of the best sentences itself (or its
 * 逾期不改正的… continuation) when it names the conduct and its penalty together. A penalty sentence that is merely
 * near is not stated: it may punish something else.
 */
function penalty(input: TypedInput): { lines: string[]; facts: AnswerFact[] } {
  // 罚多少？国家法律的罚款幅度是多少: each document's penalty is weighed against that document's own best evidence,
  // so the national one is found below a local regulation whose whole chapter outranks it
  // (so is one that names two documents: 溟汭条例规定罚多少？裁量基准里…按多少罚？)
  const byDoc = input.q.cues.levels || input.q.cues.acrossDocs || titlesNamed(input.q.query, input.documents) !== undefined ? groupBy(input.scored, (s) => s.clause.docId) : undefined;
  const ofDoc = (s: ScoredSentence) => byDoc?.get(s.clause.docId) ?? input.scored;
  const candidates = byDoc ? [...byDoc.values()].flatMap((xs) => xs.slice(0, TOP_SENTENCES * 2)).sort((a, b) => b.score - a.score) : input.scored.slice(0, TOP_SENTENCES * 2);
  const found: ScoredSentence[] = [];
  for (const s of candidates) {
    const whole = { ...s, text: penaltySpan(s.clause, s.text) };
    // (a penalty the law links to a described conduct needs no more than that conduct's coverage, checked below)
    if ((s.punishes === undefined && s.score < (ofDoc(s)[0]?.score ?? 0) * SUBJECT_SHARE) || !STATES_PENALTY.test(whole.text) || found.some((f) => f.clause.docId === s.clause.docId)) continue;
    const conduct = s.punishes === undefined ? ofDoc(s).slice(0, CONDUCT).find((c) => whole.text.includes(c.text)) : s;
    // 有下列行为之一的，处…罚款： names no conduct itself: only an item of its list that the user describes does
    // (asked of each level, a document's conduct need only be as near the question as that document's best sentence:
    // the national law words 单位不履行消防安全职责 its own way)
    const need = byDoc ? Math.max(LEVEL_CONDUCT_COVERAGE, Math.min(CONDUCT_COVERAGE, ofDoc(s)[0]?.coverage ?? 0)) : CONDUCT_COVERAGE;
    if (!conduct || conduct.coverage < need || (s.punishes === undefined && LISTS_BELOW.test(whole.text))) continue;
    // a penalty sentence standing for its own conduct must share more with the question than its boilerplate (罚款, 违反本条例第二十条)
    if (conduct.punishes === undefined && STATES_PENALTY.test(conduct.text) && criterionScore(input.q, conduct.text, (w) => !STATES_PENALTY.test(w) && !PENALTY_BOILERPLATE.test(w)) < OWN_CONDUCT) continue;
    found.push(whole);
    if (found.length === PENALTIES) break;
  }
  // a penalty another text's referral brought is stated after that referral (办法 第十五条 依照《条例》第二十六条 → 条例 第二十六条)
  const chain = (s: ScoredSentence): ScoredSentence[] => (s.referredBy ? [...chain(s.referredBy), s] : [s]);
  const stated = found.flatMap(chain).filter((s, i, all) => all.findIndex((x) => x.clause.id === s.clause.id && x.text === s.text) === i).map((s) => ({ s, n: input.citer.cite(s.clause, s.text) }));
  const title = (s: ScoredSentence) => input.documents.get(s.clause.docId)?.title;
  return {
    lines: stated.map(({ s, n }) => `罚则${title(s) ? `（《${title(s)}》）` : ''}：“${s.text}”[${n}]`),
    facts: stated.map(({ s, n }) => ({ type: 'penalty' as const, value: s.text, n })),
  };
}

// ---- purpose ---------------------------------------------------------------------------------------

/** The purpose a document states for what is asked, from a top sentence about it. */
function purposeLine(input: TypedInput): { line: string; fact: AnswerFact } | undefined {
  const s = input.scored.slice(0, TOP_SENTENCES).find((x) => STATES_PURPOSE.test(x.text) && x.coverage >= QUANTITY_COVERAGE);
  if (!s) return undefined;
  const n = input.citer.cite(s.clause, s.text);
  return { line: `文件写明的目的：“${s.text}”[${n}]`, fact: { type: 'reason', value: s.text, n } };
}

// ---- the text of an article ---------------------------------------------------------------------------

/** The whole article the question names (第二十一条 with its items), from the best sentence under it. */
function articleText(input: TypedInput): { line: string; fact: AnswerFact } | undefined {
  const ref = input.q.query.articles[0];
  const under = ref && input.scored.find((s) => s.clause.path.some((p) => norm(p).startsWith(ref.label)));
  if (!ref || !under) return undefined;
  let article: Clause | undefined = under.clause;
  while (article && !norm(article.path.at(-1) ?? '').startsWith(ref.label)) article = article.parentId ? input.clauses.get(article.parentId) : undefined;
  if (!article) return undefined;
  const n = input.citer.cite(article, article.text);
  const title = input.documents.get(article.docId)?.title ?? article.docId;
  return { line: `《${title}》${ref.label}原文：\n${article.text}[${n}]`, fact: { type: 'article', value: ref.label, n } };
}

// ---- the router -------------------------------------------------------------------------------------

/** Types whose fact can be checked for in the text: asking one that no evidence states is a refusal. */
const CHECKABLE = new Set<AnswerType>(['frequency', 'deadline', 'quantity', 'count', 'contact', 'penalty', 'amount', 'reason']);

/** What to say is missing when a checkable type finds nothing. */
const MISSING: Partial<Record<AnswerType, string>> = {
  frequency: '具体的频次要求（相关条款没有写明多久一次）',
  deadline: '具体的时间或期限（相关条款没有写明）',
  quantity: '具体的数值要求（相关条款没有规定）',
  count: '具体数量（文件没有统计或规定这个数）',
  penalty: '对这种行为的罚款数额（文件没有对应的罚则）',
  reason: '这样规定的理由或背景（文件只写规定本身，没有说明为什么）',
};

/** The questions of a message: 区里多久报？按细则多久书面报告？ → two. */
/** A sentence's coverage without the words that only say what shape the answer takes (每月 for 多久: aliases' form expansions). */
function subjectCoverage(input: TypedInput, s: ScoredSentence): number {
  if (!input.weights) return s.coverage;
  const total = [...input.weights.values()].reduce((a, b) => a + b, 0);
  const text = norm(s.text);
  let form = 0;
  for (const t of input.aliases.formTerms) if (text.includes(t)) form += input.weights.get(t) ?? 0;
  return total === 0 ? s.coverage : s.coverage - form / total;
}

function partsOf(question: string): string[] {
  return question.split(/[？?]/u).filter((p) => p.trim().length > 0);
}

/** A message of several questions: 有哪些地方规定？没做到罚多少？ */
function asksSeveral(question: string): boolean {
  return partsOf(question).length > 1;
}

/** The evidence re-scored for one part of the message: a sentence that holds more of that part's words moves up (its subject may be in another part: 这个调整过吗？现在多久一次？). */
function scoredFor(input: TypedInput, part: string): ScoredSentence[] {
  const text = norm(part);
  const own = new Map([...(input.weights ?? new Map<string, number>())].filter(([t]) => text.includes(t)));
  const total = [...own.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return [...input.scored];
  // a part with its own subject (按细则使用单位多久向区市场监管部门报告) is answered from its words alone; one that leans on
  // another part or an earlier turn (现在多久一次) only reorders the evidence for the whole message
  const whole = [...(input.weights ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0);
  const alone = !input.q.query.followUp && total >= (whole / partsOf(input.q.question).length) * OWN_SUBJECT;
  return input.scored
    .map((s) => {
      const share = sentenceScore(s.text, own, total);
      return alone ? { ...s, score: share * rankFactor(s.rank), coverage: share } : { ...s, score: s.score * (1 + share) };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * A checkable fact asked in several parts of one message (区里多久报区安委办？按细则多久向区市场监管部门报告？), each
 * part answered from the evidence about it; a fact asked in one part of several, answered from that part's words.
 */
function perPart(input: TypedInput, type: AnswerType, line: (input: TypedInput) => { line: string; fact: AnswerFact } | undefined): { line: string; fact: AnswerFact } | undefined {
  const parts = partsOf(input.q.question);
  if (!input.weights || parts.length < 2) return line(input);
  // a part naming its document (消防法要求多久一次) is answered from it; one that asks nothing itself but names another
  // (湝宁市条例呢) asks the part before it of that one
  const documents = [...input.documents.values()];
  const docsOf = (p: string) => new Set(findDocHints(p, documents).map((h) => h.docId));
  const asking: Array<{ text: string; docs: ReadonlySet<string> }> = [];
  for (const p of parts) {
    const docs = docsOf(p);
    if (answerTypesOf(p).includes(type)) asking.push({ text: p, docs });
    else if (asking.length > 0 && ASKS_THE_SAME.test(p) && docs.size > 0) asking.push({ text: `${asking.at(-1)!.text}，${p}`, docs });
  }
  if (asking.length === 0) return line(input);
  const byDoc = asking.some((a) => a.docs.size > 0);
  const found = asking.map((a) => line({ ...input, scored: scoredFor(input, a.text).filter((s) => a.docs.size === 0 || a.docs.has(s.clause.docId)) })).filter((r): r is { line: string; fact: AnswerFact } => r !== undefined);
  const distinct = found.filter((r, i) => found.findIndex((x) => x.fact.value === r.fact.value && (!byDoc || x.fact.n === r.fact.n)) === i);
  if (distinct.length <= 1) return distinct[0] ?? line(input);
  const label = distinct[0]!.line.slice(0, distinct[0]!.line.indexOf('：'));
  // (each document's value named by its title when the parts name documents)
  const title = (r: { fact: AnswerFact }) => {
    const doc = byDoc ? input.documents.get(input.citer.citations[r.fact.n - 1]?.docId ?? '') : undefined;
    return doc ? `《${doc.title}》` : '';
  };
  return { line: `${label}：${distinct.map((r) => title(r) + r.line.slice(r.line.indexOf('：') + 1)).join('；')}`, fact: { ...distinct[0]!.fact, value: distinct.map((r) => r.fact.value).join('；') } };
}

/** The typed facts that answer the question, first; `missing` when it asks checkable facts none of which are stated. */
export function typedAnswer(input: TypedInput): TypedAnswer {
  const lines: string[] = [];
  const facts: AnswerFact[] = [];
  let missing: string | undefined;
  let checkable = 0;
  let answered = 0;
  let whole = false;
  const add = (r: { line: string; fact: AnswerFact } | undefined): boolean => {
    if (!r) return false;
    // (期限 and 时限 read the same 三十日内 from one clause: it is stated once)
    if (facts.some((f) => f.value === r.fact.value && f.n === r.fact.n)) return true;
    lines.push(r.line);
    facts.push(r.fact);
    return true;
  };
  const addAll = (r: { lines: readonly string[]; facts: readonly AnswerFact[] }): void => {
    lines.push(...r.lines);
    facts.push(...r.facts);
  };
  // A size the asker states is compared with the document's threshold whatever else it asks.
  // (not when it asks why: 为什么从八十人降到五十人 states no size of the asker's)
  // The criterion a hazard question matches, read once; a hazard item the stated sizes do not reach says so itself,
  // size by size, with no other comparison beside it.
  const match = input.q.answerTypes.includes('hazard') ? matchCriterion(input) : undefined;
  const below = match?.best ? belowCriterion(input, match.best) : undefined;
  if (input.q.answerTypes[0] !== 'reason' && !below) addAll(comparisons(input));
  for (const type of input.q.answerTypes.slice(0, 3)) {
    switch (type) {
      case 'frequency': {
        checkable++;
        // 几点之前报 prefers a frequency that states its hour (每周五12时前) over a bare 每月
        const clock = ASKS_CLOCK.test(input.q.question) ? statedLine(input, type, '频次', ['frequency'], (f) => CLOCK_TIME.test(f.value)) : undefined;
        // (a message of several questions, or one asked of each document, spreads its words over several sentences)
        const floor = input.q.cues.acrossDocs ? 0 : FREQUENCY_COVERAGE / partsOf(input.q.question).length;
        if (add(clock ?? perPart(input, type, (i) => statedLine(i, type, '频次', ['frequency'], (_f, s) => subjectCoverage(i, s) >= floor)))) answered++;
        else missing ??= MISSING.frequency;
        break;
      }
      case 'deadline': {
        checkable++;
        // 专家组具体哪天到我们厂 asks one day; a stage's span (5月6日至8月31日) does not say which
        const span = ASKS_EXACT_DAY.test(input.q.question) ? statedLine({ ...input, citer: new Citer(input.documents) }, type, '时限', ['deadline']) : undefined;
        if (span && DATE_RANGE.test(span.fact.value)) missing ??= `具体哪一天（文件只规定了时间段${span.fact.value}，没有写明具体日期）`;
        // 每个月几号前报 is answered by a deadline that recurs (每月10日前), which is read as a frequency
        else if (add(perPart(input, type, (i) => statedLine(i, type, '时限', ['deadline', 'frequency'], (f) => f.type === 'deadline' || RECURRING_DUE.test(f.value))))) answered++;
        else missing ??= MISSING.deadline;
        break;
      }
      case 'quantity': {
        checkable++;
        const kind = input.q.quantityKind;
        // 去年死了几个人 asks how many there were: a threshold a rule sets (1人以上) is not that number
        const events = ASKS_EVENT_COUNT.test(input.q.question);
        const keep = (f: Fact, s: ScoredSentence) => f.unit !== undefined && (kind === undefined || unitKind(f.unit) === kind) && s.coverage >= QUANTITY_COVERAGE && !(events && f.comparator !== undefined);
        if (add(perPart(input, type, (i) => statedLine(i, type, kind ? QUANTITY_LABEL[kind] : '规定', ['threshold', 'deadline'], keep)))) answered++;
        else missing ??= MISSING.quantity;
        break;
      }
      case 'article':
        add(articleText(input));
        break;
      case 'count': {
        checkable++;
        // how many there are is a number stated as such, not a threshold a rule sets (100台以上的商场)
        const keep = (f: Fact, s: ScoredSentence) => f.unit !== undefined && unitKind(f.unit) === 'count' && f.comparator === undefined && s.coverage >= COUNT_COVERAGE;
        if (add(statedLine(input, type, '数量', ['threshold'], keep))) answered++;
        else missing ??= MISSING.count;
        break;
      }
      case 'contact': {
        checkable++;
        const c = contact(input);
        if (c.line && c.fact) {
          lines.push(c.line);
          facts.push(c.fact);
          answered++;
        } else missing ??= c.missing;
        break;
      }
      case 'hazard':
        addAll(hazard(input, match!, below));
        break;
      case 'reason': {
        // a purpose the documents state (为加强…，制定本条例) is the only reason they give
        checkable++;
        if (add(purposeLine(input))) answered++;
        else missing ??= MISSING.reason;
        break;
      }
      case 'penalty': {
        checkable++;
        const p = penalty(input);
        addAll(p);
        if (p.lines.length > 0) answered++;
        // 罚多少 asks an amount: with no penalty for what is described, none is given — the whole answer is that,
        // or, when the message asks other things too (…有哪些规定？没做到罚多少？), that part of it
        else if (input.q.answerTypes.includes('amount') && asksSeveral(input.q.question)) lines.push(`罚则：文件中没有找到${MISSING.penalty}。`);
        else if (input.q.answerTypes.includes('amount')) missing ??= MISSING.penalty;
        break;
      }
      case 'applicability': {
        const scopes = applicability(input);
        addAll(scopes);
        whole ||= scopes.whole === true;
        break;
      }
      case 'recipient':
        add(recipientLine(input));
        break;
      default:
        break;
    }
  }
  // Refuse only when every asked type is a checkable fact and none is stated (谁在管…离多远 is still a duty question);
  // nothing is cited yet then, so the refusal cites only the nearest clauses it shows.
  const allCheckable = input.q.answerTypes.slice(0, 3).every((t) => CHECKABLE.has(t));
  return { lines, facts, ...(allCheckable && answered === 0 && lines.length === 0 && missing ? { missing } : {}), ...(whole ? { whole: true as const } : {}) };
}
