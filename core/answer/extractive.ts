/**
 * The offline answer: short Chinese sentences around exact quotes, every fact with its [n]. Nothing is
 * written that the cited clauses do not say; when the evidence is not enough, it says so.
 */
import type { Clause, DocumentMeta, Duty, Fact, Override } from '../schemas.js';
import { titlesNamed, type QueryAnalysis } from '../retrieval/query-analysis.js';
import type { SearchHit } from '../retrieval/search.js';
import type { Aliases } from '../lexicon/aliases.js';
import type { Tokenizer } from '../lexicon/tokenizer.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import type { Intent } from '../question/intents.js';
import type { AnswerType } from '../question/answer-types.js';
import { Citer } from './citer.js';
import { typedAnswer, type AnswerFact } from './typed-answer.js';
import { notHeld } from './not-held.js';
import { NATIONAL_LABEL, levelsToCover, noLocalTextNote, type Located } from './located.js';
import { CN_COUNT_CHARS, LEVEL_OF_SUFFIX, PHONE, askedMonths, rowMonths, splitSentences } from '../text/zh/index.js';
import { bigrams, queryDuties } from '../duties/query-duties.js';
import { norm } from '../text/normalize.js';
import { ALL_LEVELS, ASKS_LEAD_ROWS, COMPARES_LEVELS, NAMES_LEVEL } from '../question/cues.js';
import { documentsToCover, scoreSentences, selectSentences, sentenceScore, weightTerms, type ScoredSentence } from './evidence.js';
import { isSearchable } from '../kb/searchable.js';
import { judgeSupport } from './support.js';
import { withPenalties } from './penalties.js';
import { changedRowLines, partialChange } from './changed-row.js';
import type { ClauseChange } from '../kb/in-force.js';

export interface ExtractiveInput {
  q: QuestionAnalysis;
  /** The intent to answer as; the question's own, or `general` for the quotes after a metadata answer. */
  intent: Intent;
  hits: SearchHit[];
  aliases: Aliases;
  tokenizer: Tokenizer;
  duties: readonly Duty[];
  factsByClause: ReadonlyMap<string, readonly Fact[]>;
  /** Clauses not in force on the asked date: their duty rows are not offered either. */
  excluded: ReadonlySet<string>;
  /** A sentence of an article that lies in one of its 款 or 项 not in force (changed or removed). */
  inExcludedPart: (clauseId: string, text: string) => boolean;
  /** Clause-level changes between documents: a row changed in part is answered as it stands now. */
  overrides: readonly Override[];
  /** How each clause a change touches stands on the asked date: a quote of an amended article says so. */
  changes: ReadonlyMap<string, ClauseChange>;
  /** The place the question is asked from: quotes across its levels are labelled, a missing local text is said. */
  located?: Located;
  allFacts: readonly Fact[];
  documents: ReadonlyMap<string, DocumentMeta>;
  clauses: ReadonlyMap<string, Clause>;
  allClauses: readonly Clause[];
  /** ISO date of today. */
  today: string;
  /** Shared numbering when the answer has other parts. */
  citer?: Citer;
}

export interface Composed {
  answer: string;
  supported: boolean;
  citer: Citer;
  /** The facts stated first, each with its [n]. */
  facts: AnswerFact[];
}

/** Supporting quotes after typed facts. */
const TYPED_QUOTES = 2;

/** Share of the best sentence's score another level's best sentence needs to be quoted as that level's rule. */
const LEVEL_SHARE = 0.5;

/** The answer types a fact of each kind states: a refusal about a year withholds clauses stating them. */
const FACT_OF_TYPE: Partial<Record<Fact['type'], readonly AnswerType[]>> = {
  frequency: ['frequency', 'deadline'],
  deadline: ['deadline', 'frequency'],
  threshold: ['quantity', 'count', 'amount'],
  contact: ['contact'],
};

/** Share of its task's character pairs another document's duty row must share with the best evidence to be that task. */
const SAME_TASK = 0.5;

/** Questions that ask for a list (phases, bans, criteria) may quote more sentences. */
const MAX_QUOTES: Record<Intent, number> = { checklist: 6, metadata: 2, supersede: 4, duty: 3, deadline: 4, frequency: 3, hazard: 4, applicability: 3, general: 3 };

const LEAD_IN: Record<Intent, string> = {
  checklist: '相关要求如下',
  metadata: '文件信息如下',
  supersede: '文件关于施行、废止和效力的规定如下',
  duty: '责任分工如下',
  deadline: '时间要求如下',
  frequency: '频次要求如下',
  hazard: '文件的相关要求如下',
  applicability: '与您相关的要求如下',
  general: '文件的相关规定如下',
};

export function shortTitle(doc: DocumentMeta | undefined): string {
  return doc ? `《${doc.title}》` : '';
}

function where(clause: Clause, documents: ReadonlyMap<string, DocumentMeta>): string {
  return `${shortTitle(documents.get(clause.docId))}${clause.path.join(' › ')}`;
}

/** Documents the question is about: those of the places it names, when it names any. */
function targetDocs(analysis: QueryAnalysis): string[] | undefined {
  const ids = [...new Set(analysis.places.flatMap((p) => p.docIds))];
  return ids.length > 0 ? ids : undefined;
}

/**
 * Asked about an industry that has its own heading (那换成废旧物资回收利用的企业呢？ → 废弃资源综合利用业), the sentences
 * under another industry's heading (the 软件和信息技术服务业 asked before) answer for that one, not this.
 */
function otherIndustriesLeft(scored: ScoredSentence[], asked: readonly string[], aliases: Aliases): ScoredSentence[] {
  if (asked.length === 0) return scored;
  // (read once per clause: a clause's sentences share its heading)
  const byClause = new Map<string, string[]>();
  const of = (s: ScoredSentence): string[] => byClause.get(s.clause.id) ?? byClause.set(s.clause.id, aliases.industriesIn(norm(s.clause.path.join(' ')))).get(s.clause.id)!;
  const headedByAsked = (s: ScoredSentence) => of(s).some((k) => asked.includes(k));
  if (!scored.some(headedByAsked)) return scored;
  return scored.filter((s) => of(s).length === 0 || headedByAsked(s));
}

function quoteLines(chosen: readonly ScoredSentence[], input: ExtractiveInput, citer: Citer): string[] {
  // Across levels, each quote says whose rule it is: 【国家】, 【河南省】, 【南阳市】.
  const across = new Set(chosen.map((s) => input.located?.levelOf.get(s.clause.docId))).size > 1;
  const label = (s: ScoredSentence) => (across && input.located?.levelOf.has(s.clause.docId) ? `【${input.located.levelOf.get(s.clause.docId)}】` : '');
  // (a sentence of an amended article that the new text kept, or a field the change left: 第二条（已由《…通知》修改）)
  const amendedBy = (s: ScoredSentence) => {
    const change = input.changes.get(s.clause.id);
    const by = change?.status === '已调整' && change.scope === undefined && change.by ? input.clauses.get(change.by) : undefined;
    return by ? `（已由${shortTitle(input.documents.get(by.docId))}修改）` : '';
  };
  return chosen.map((s) => `- ${label(s)}${where(s.clause, input.documents)}${amendedBy(s)}：“${s.text}”[${citer.cite(s.clause, s.text)}]`);
}

/** Composes the extractive answer; duty questions go through the duty matrix first. */
export function composeExtractive(input: ExtractiveInput): Composed {
  const citer = input.citer ?? new Citer(input.documents);
  const { q } = input;
  const weights = weightTerms(q.query, input.allClauses, q.namedDate !== undefined);
  const docs = targetDocs(q.query);
  // 北岸区的…跟市里通知的一样吗 compares the place's document with others: the place does not narrow the evidence;
  // nor does it for a located question, whose evidence is its chain of places already (东坪市 ⊂ 青川省)
  const narrow = docs?.length === 1 && !q.cues.acrossDocs && !q.cues.levels && !input.located;
  // 上半年排了哪些演练: a row planned for another part of the year is not listed
  const months = askedMonths(q.question);
  const inWindow = (s: ScoredSentence) => !months || rowMonths(s.text).every((m) => m >= months.from && m <= months.to);
  const ranked = scoreSentences(input.hits, weights, input.intent, input.hits.length, q.cues.reference).filter((s) => (!narrow || docs.includes(s.clause.docId)) && !input.inExcludedPart(s.clause.id, s.text) && inWindow(s));
  // What a breach costs is written in another article than the duty the user describes: bring it beside.
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const referrals = { documents: input.documents, inForce: (c: Clause) => !input.excluded.has(c.id), asked: (text: string) => sentenceScore(text, weights, total) };
  const scored = otherIndustriesLeft(q.answerTypes.includes('penalty') ? withPenalties(ranked, input.allClauses, referrals, q.cues.levels || q.cues.acrossDocs) : ranked, q.query.industries, input.aliases);
  const absent = notHeld(input);
  // 2028年…巡查几次: a clause stating 每月至少巡查一次 is not offered beside the refusal, it would read as 2028's rule
  const statesAsked = (s: ScoredSentence) => (input.factsByClause.get(s.clause.id) ?? []).some((f) => s.text.includes(f.quote) && FACT_OF_TYPE[f.type]?.some((t) => q.answerTypes.includes(t)));
  if (absent) return { answer: abstain(absent.missing, absent.year ? scored.filter((s) => !statesAsked(s)) : scored, input, citer), supported: false, citer, facts: [] };
  const verdict = judgeSupport(q, scored, input.allClauses, input.aliases);
  if (!verdict.supported) return { answer: abstain(verdict.missing, scored, input, citer), supported: false, citer, facts: [] };
  const typed = typedAnswer({ ...input, scored, citer, weights });
  if (typed.missing) return { answer: abstain(typed.missing, scored, input, citer), supported: false, citer, facts: [] };
  const duty = itemLines(input, scored, citer);
  const lines = [...typed.lines, ...(duty?.lines ?? [])];
  // Asked from a place about its levels (国家怎么规定、我们省更严吗), each level's best document answers in turn: the
  // one the question names first (国家消防法), when it has evidence. Unless the levels are asked for, a level whose best
  // sentence is far below the best evidence (a 台账 rule beside the 出租 rule asked) is not quoted as that level's rule.
  // Asked for its levels, a level the question names answers with whatever evidence it has; one it does not name
  // (the national rules, asked 省里和市里各有什么要求) still needs evidence near the best.
  const named = q.cues.levels ? levelsNamed(q.question) : undefined;
  const share = (docId: string) => (named && (named.size === 0 || named.has(levelOfLabel(input.located?.levelOf.get(docId)))) ? 0 : LEVEL_SHARE);
  const rankedDocs = scored.filter((s) => s.score >= (scored[0]?.score ?? 0) * share(s.clause.docId)).map((s) => s.clause.docId);
  const levels = input.located && (q.cues.levels || input.intent === 'applicability') ? levelsToCover(input.located, [...q.query.docHints.map((h) => h.docId).filter((id) => rankedDocs.includes(id)), ...rankedDocs]) : undefined;
  // (the one place a located question names gives its chain's documents, not documents to quote one by one; two
  // places compared — 舞钢…跟宁夏…比 — do)
  // (nor does a question naming documents of two titles — 安全生产法…？溟汭条例…？ — leave either out)
  const perDoc = levels ?? titlesNamed(q.query, input.documents) ?? documentsToCover(q.cues.acrossDocs, scored, (input.located?.places.length ?? 0) === 1 ? undefined : docs);
  // After the facts stated first, a few quotes support them; without them the quotes are the answer.
  const max = duty ? duty.quotes : typed.facts.length > 0 ? TYPED_QUOTES : Math.max(MAX_QUOTES[input.intent], (perDoc?.length ?? 0) * 2);
  // The quotes after typed facts come from the clauses those facts cite, so they support what was stated. A penalty
  // too: the conduct's own article (第十六条 应当履行下列消防安全职责：) beside the penalty that names it was not asked.
  const cited = new Set(citer.citations.map((c) => c.clauseId));
  // (nor, asked for a fact from a place that has several documents — 萸州's 办法 and the 决定 amending it — does each of
  // them bring its nearest clause, unless the question asks what applies, for the levels or across documents)
  const levelsAsked = q.cues.levels || q.cues.acrossDocs || (input.located?.places.length ?? 0) > 1;
  // (nor, asked for the levels, when each level's document already has its fact stated: 河南's fine and the law's 警告)
  const citedDocs = new Set(citer.citations.map((c) => c.docId));
  const everyDocStated = perDoc !== undefined && perDoc.every((id) => citedDocs.has(id));
  const factsOnly = typed.whole === true || (typed.facts.length > 0 && (!perDoc || everyDocStated || !(levelsAsked || input.intent === 'applicability')));
  // (after duty lines, from the documents that assign the duty: a 检查表 row naming the same task says nothing of who leads it)
  const supporting = factsOnly ? scored.filter((s) => cited.has(s.clause.id)) : duty ? scored.filter((s) => citedDocs.has(s.clause.docId)) : scored;
  const chosen = selectSentences(supporting.length > 0 || typed.whole ? supporting : scored, max, factsOnly ? undefined : perDoc);
  const quoted = quoteLines(enumerate(input, chosen) ?? wholeClauses(input, chosen), input, citer);
  if (input.intent === 'supersede') quoted.push(...datesOf(chosen, input.documents));
  const note = input.located ? noLocalTextNote(input.located, input.documents.values()) : undefined;
  const head = [...(note ? [note] : []), ...(lines.length > 0 ? lines : [`根据文件，${LEAD_IN[input.intent]}：`])];
  return { answer: [...head, ...(lines.length > 0 && quoted.length > 0 ? ['依据原文：'] : []), ...quoted].join('\n'), supported: true, citer, facts: typed.facts };
}

/**
 * The levels a question names (国家 → national, 省里 → province); empty when it asks for every level (三级, 更严吗
 * without naming), or compares one named level with the others (区里是不是要求更高).
 */
function levelsNamed(question: string): Set<string> {
  const named = new Set(NAMES_LEVEL.filter((l) => l.re.test(question)).map((l) => l.level));
  return ALL_LEVELS.test(question) || (named.size === 1 && COMPARES_LEVELS.test(question)) ? new Set() : named;
}

/** The level of a quote's label: 国家 → national, 岑岚省 → province, 萸州市 → city, 筠廊区 and 檀口县 → district. */
function levelOfLabel(label: string | undefined): string {
  if (!label || label === NATIONAL_LABEL) return 'national';
  const level = LEVEL_OF_SUFFIX[Object.keys(LEVEL_OF_SUFFIX).find((suffix) => label.endsWith(suffix)) ?? ''];
  return level === 'county' ? 'district' : (level ?? 'district');
}

/** Which of several rules is in force turns on dates: each quoted document's own, as its metadata states it. */
function datesOf(chosen: readonly ScoredSentence[], documents: ReadonlyMap<string, DocumentMeta>): string[] {
  const docs = [...new Set(chosen.map((s) => s.clause.docId))].map((id) => documents.get(id)).filter((d): d is DocumentMeta => d !== undefined);
  if (docs.length === 0) return [];
  return ['各文件日期：', ...docs.map((d) => `- ${shortTitle(d)}：${d.dateText ? `${d.dateKind ?? ''}日期 ${d.dateText}` : '文件未写明成文或印发日期'}`)];
}

// 分四个阶段进行, 包括以下…, 如下：— a clause that announces the list its sub-items give.
const ANNOUNCES_LIST = new RegExp(`分[${CN_COUNT_CHARS}\\d]+个|以下|如下|下列|[:：]$`, 'u');

/**
 * When a quoted clause announces a list (从…至…，分四个阶段进行。) and the question asks for the list,
 * the answer is that sentence and the first sentence of each sub-item, instead of loose quotes.
 */
function enumerate(input: ExtractiveInput, chosen: readonly ScoredSentence[]): ScoredSentence[] | undefined {
  if (!input.q.cues.list) return undefined;
  const head = chosen.find((s) => ANNOUNCES_LIST.test(s.text) && input.allClauses.some((c) => c.parentId === s.clause.id));
  if (!head) return undefined;
  const children = input.allClauses.filter((c) => c.parentId === head.clause.id).slice(0, 10);
  // The 项 of an article are cited as the article (their text is part of it), like every other law citation.
  const items = children.map((c) => ({ ...head, clause: isSearchable(c) ? c : head.clause, text: splitSentences(c.text)[0]?.text ?? c.text }));
  return [head, ...items];
}

/** A clause short enough to quote whole when a list question draws several of its sentences. */
const WHOLE_CLAUSE_MAX = 400;

/**
 * 重点排查哪些 — when two or more of the chosen sentences come from one short clause, the clause is the
 * list: quote it whole instead of fragments that drop the items between them.
 */
function wholeClauses(input: ExtractiveInput, chosen: readonly ScoredSentence[]): ScoredSentence[] {
  if (!input.q.cues.list) return [...chosen];
  const out: ScoredSentence[] = [];
  for (const s of chosen) {
    const same = chosen.filter((c) => c.clause.id === s.clause.id);
    if (same.length < 2 || s.clause.text.length > WHOLE_CLAUSE_MAX || s.clause.kind === 'row') out.push(s);
    else if (!out.some((o) => o.clause.id === s.clause.id)) out.push({ ...s, text: s.clause.text });
  }
  return out;
}

/** 电话：0489-6213359 in a sentence (PHONE without its global flag, for one test at a time). */
const STATES_PHONE = new RegExp(PHONE.source, 'u');

function abstain(missing: string, scored: readonly ScoredSentence[], input: ExtractiveInput, citer: Citer): string {
  // Refusing a phone number, another unit's number is not offered beside it: it would be taken for the answer.
  const asksContact = input.q.answerTypes.includes('contact');
  const near = selectSentences(asksContact ? scored.filter((s) => !STATES_PHONE.test(s.text)) : scored, 2);
  const lines = [`文件中没有找到${missing}。`];
  if (near.length > 0) {
    lines.push('最接近的相关条款（仅供参考，并未直接回答该问题）：');
    lines.push(...quoteLines(near, input, citer));
  }
  return lines.join('\n');
}

/**
 * The duty row behind the best evidence: the row of the clause holding the best sentence, else of the
 * best-ranked clause that has one. An inherited lead also cites where the default was set.
 */
function pickDuty(input: ExtractiveInput, scored: readonly ScoredSentence[]): Duty | undefined {
  const rows = input.duties.filter((d) => d.lead.length > 0 || d.cooperate.length > 0);
  const ofClause = (id: string) => rows.find((d) => d.clauseId === id);
  const best = scored[0] ? ofClause(scored[0].clause.id) : undefined;
  if (best) return best;
  const top = input.hits.slice(0, 3).map((h) => ofClause(h.clause.id)).find((d) => d !== undefined);
  if (!top || !scored[0] || top.docId === scored[0].clause.docId) return top;
  // When an adjusting notice answers best (第3项“危险货物集装箱堆场分类堆存…”调整为…), another document's row
  // answers only if it is that task (规范集装箱堆场管理), not whatever row retrieval ranked high.
  const said = norm(scored[0].text);
  const pairs = bigrams(top.task);
  return pairs.filter((p) => said.includes(p)).length >= pairs.length * SAME_TASK ? top : undefined;
}

/** Every row of the unit, with its role, each cited: the reverse of "who leads X". */
function unitTaskLines(input: ExtractiveInput, unit: string, citer: Citer): string[] {
  const docs = input.q.query.places.flatMap((p) => p.docIds);
  // 哪几项把我们列成配合单位 asks only for the rows where the unit cooperates; 我们科牵头的活儿 only for those it leads.
  const role = input.q.cues.cooperate && !input.q.cues.lead ? 'cooperate' : ASKS_LEAD_ROWS.test(input.q.question) ? 'lead' : undefined;
  const rows = queryDuties(input.duties, [...input.documents.values()], { unit }, input.aliases).filter((r) => (docs.length === 0 || docs.includes(r.duty.docId)) && !input.excluded.has(r.duty.clauseId) && (!role || r.role === role));
  if (rows.length === 0) return [];
  const lines = [`${unit}在文件中承担的任务（共${rows.length}项）：`];
  for (const r of rows.slice(0, 15)) {
    const clause = input.clauses.get(r.duty.clauseId);
    if (!clause) continue;
    const role = r.role === 'cooperate' ? '配合' : r.duty.undifferentiated ? '责任处室' : '负责/牵头';
    const when = r.duty.deadline ? `，时限：${r.duty.deadline.text}` : '';
    lines.push(`- ${where(clause, input.documents)}：${r.duty.task}（${role}${when}）[${citer.cite(clause, r.duty.quote)}]`);
  }
  if (rows.length > 15) lines.push(`……另有${rows.length - 15}项，可在“职责分工”中按单位筛选查看。`);
  return lines;
}

/**
 * The lines about a task: a duty question's (not one that asks only whom a report goes to — 向谁报告 — which a row's
 * lead would answer wrongly), or, for 那现在牵头单位变没变 after a change, the item as it stands.
 */
function itemLines(input: ExtractiveInput, scored: readonly ScoredSentence[], citer: Citer): { lines: string[]; quotes: number } | undefined {
  const types = input.q.answerTypes;
  if (input.intent === 'duty') return types.includes('recipient') && !types.includes('lead') && !types.includes('cooperate') ? undefined : dutyLines(input, scored, citer);
  const asksField = types.some((t) => t === 'lead' || t === 'cooperate' || t === 'deadline' || t === 'frequency');
  return input.intent === 'supersede' && asksField ? changedItem(input, scored, pickDuty(input, scored), citer) : undefined;
}

/** Duty lines and how many supporting quotes should follow them (none after a unit's task list: each row is cited). */
function dutyLines(input: ExtractiveInput, scored: readonly ScoredSentence[], citer: Citer): { lines: string[]; quotes: number } {
  const unit = input.q.cues.tasks ? input.q.unit : undefined;
  if (unit) {
    const lines = unitTaskLines(input, unit, citer);
    if (lines.length > 0) return { lines, quotes: 0 };
  }
  const duty = pickDuty(input, scored);
  const changed = changedItem(input, scored, duty, citer);
  if (changed) return changed;
  const lines = dutyRowLines(input, duty, citer);
  return { lines, quotes: lines.length > 0 ? 1 : MAX_QUOTES.duty };
}

/**
 * 第8项…牵头单位调整为市大数据局，配合单位和完成时限不变: an item changed in part is given as it stands now, whether
 * the item or the changing sentence answers best — with no quotes after it, as the old item's whole text would quote
 * the value that was changed.
 */
function changedItem(input: ExtractiveInput, scored: readonly ScoredSentence[], duty: Duty | undefined, citer: Citer): { lines: string[]; quotes: number } | undefined {
  const best = scored[0];
  // (the duty picked may be the item itself or the changing sentence, which names its new lead: …改由科技和信息化科牵头)
  const change = partialChange(input.overrides, input.q.asOf, (o) => (duty ? o.targetClauseId === duty.clauseId || (o.clauseId === duty.clauseId && o.quote.includes(duty.quote)) : best !== undefined && o.clauseId === best.clause.id && best.text.includes(o.quote.slice(0, 12))));
  const lines = change ? changedRowLines(change, input.clauses, input.duties, (c) => where(c, input.documents), citer) : [];
  return lines.length > 0 ? { lines, quotes: 0 } : undefined;
}

function dutyRowLines(input: ExtractiveInput, duty: Duty | undefined, citer: Citer): string[] {
  if (!duty) return [];
  const clause = input.clauses.get(duty.clauseId)!;
  const { cues } = input.q;
  const wantCoop = cues.cooperate && duty.cooperate.length > 0;
  const wantLead = (cues.lead || !wantCoop) && duty.lead.length > 0;
  const n = citer.cite(clause, duty.quote);
  const out = [`${where(clause, input.documents)}：`];
  if (wantLead && duty.how === 'inherited' && duty.inheritedFrom) {
    const source = input.clauses.get(duty.inheritedFrom);
    const rule = source ? defaultRule(source.text) : undefined;
    const m = source && rule ? citer.cite(source, rule) : n;
    out.push(`- 负责单位：${duty.lead.join('、')}。本条没有单独写明负责单位，按文件“${rule ?? ''}”的约定确定[${m}]。`);
  } else if (wantLead && duty.undifferentiated) {
    out.push(`- 责任处室：${duty.lead.join('、')}[${n}]（文件只列出责任处室，未区分牵头与配合）。`);
  } else if (wantLead) {
    out.push(`- 负责（牵头）：${duty.lead.join('、')}[${n}]。`);
  }
  if (wantCoop || (wantLead && duty.cooperate.length > 0 && cues.cooperate)) out.push(`- 配合单位：${duty.cooperate.join('、')}[${n}]。`);
  if (duty.deadline) out.push(`- 完成时限：${duty.deadline.text}[${n}]。`);
  return out;
}

/** 以下均需市产业集聚区管委会、红山街道办负责，不再列出 — the sentence that sets a default lead. */
function defaultRule(text: string): string | undefined {
  return /以下均[需由]?[^，。；）)]*负责(?:[，,]不再列出)?/u.exec(text)?.[0];
}
