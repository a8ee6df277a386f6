/**
 * The question, analysed once per ask: its intent and answerer, the retrieval analysis (terms, places,
 * industries, articles and documents it names, whether it follows up), what its wording asks for (the
 * cues) and the unit and safety concepts it names. Every answerer reads this; none re-reads the question.
 */
import type { AnswerContext } from '../answer/context.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import type { AskRequest, ChatTurn, Duty } from '../schemas.js';
import type { Aliases } from '../lexicon/aliases.js';
import { norm } from '../text/normalize.js';
import { ACROSS_DOCS, ALTERNATIVES, ASKS_STANDARD_CODE, ASKS_HOW_OFTEN, ASKS_SOMETHING, ASKS_LEVELS, ASKS_AMOUNT, ASKS_COOPERATE, ASKS_LEAD, ASKS_LIST, ASKS_METADATA, ASKS_REFERENCE, ASKS_TASKS, LATER_THAN } from './cues.js';
import { classify, ruleFor, type AnswererKey, type Intent } from './intents.js';
import { answerTypesOf, askedQuantity, type AnswerType } from './answer-types.js';
import { COLLOQUIAL_DECIMAL, QUANTITY, WAN_WITHOUT_UNIT, quantityNumber, unitKind, type UnitKind } from '../text/zh/quantities.js';
import { BEFORE_LAST_REVISION, LEVEL_PREFIX, OWN_SECTION, askedDate } from '../text/zh/index.js';
import { revisionEve } from '../kb/in-force.js';

export interface QuestionCues {
  /** Asks who leads (谁牵头, 由谁负责) — read with 配合 words removed, so 谁配合 alone is not a lead question. */
  lead: boolean;
  /** Asks who cooperates (配合, 协助). */
  cooperate: boolean;
  /** A unit asks for its own tasks (化工处负责哪些事). */
  tasks: boolean;
  /** Asks for a list (分几个阶段, 哪些). */
  list: boolean;
  /** Asks across documents (各自, 有什么不同). */
  acrossDocs: boolean;
  /** Asks for the levels side by side (国家怎么规定、我们省有没有更严的). */
  levels: boolean;
  /** Asks which document or standard (依据哪个标准). */
  reference: boolean;
  /** Asks for an amount of money. */
  amount: boolean;
  /** 2025年以后 → 2025. */
  laterThan?: number;
  /** Asks a standard's code (哪个国家标准编号). */
  standardCode: boolean;
  /** 中级还是初级 → [中级, 初级]: the answers the asker offers to choose from. */
  alternatives?: [string, string];
  /** What a question about the document itself asks for. */
  metadata: { number: boolean; date: boolean; issuer: boolean; span: boolean; effective: boolean; valid: boolean; revision: boolean; first: boolean; passed: boolean };
}

export interface QuestionAnalysis {
  question: string;
  history: readonly ChatTurn[];
  previousQuestion?: string;
  intent: Intent;
  answerer: AnswererKey;
  /** Words answers of this intent tend to contain (retrieval hint). */
  hints: readonly string[];
  /** Terms, places, industries, articles and documents named, follow-up — what retrieval uses. */
  query: QueryAnalysis;
  cues: QuestionCues;
  /** The longest unit of the duty matrix the question names (化工处, 安全生产科), if any. */
  unit?: string;
  /** Safety concepts of the lexicon the question names (安全评价, 特种作业), longest first. */
  concepts: string[];
  /** The text a checklist is drafted from: a follow-up (那只要消防方面的呢？) narrows the previous request. */
  checklistRequest: string;
  /** The kinds of fact the answer must state (answer-types.ts), first the main one; a follow-up with none keeps the previous turn's. */
  answerTypes: AnswerType[];
  /** What a quantity question asks a number of (多少米 → length). */
  quantityKind?: UnitKind;
  /** Quantities the asker states about itself (液氨有12吨, 储罐800立方米, 8个人), with the two characters before (跨度20米 → 跨度). */
  stated: Array<{ number: number; unit: string; text: string; context: string }>;
  /** The date the question names in its own words (2025年的时候, 去年; ISO), if it names one. */
  namedDate?: string;
  /** The date whose rules apply (ISO): the request's asOf, else a date the question names, else today. */
  asOf: string;
}

/** Quantities written in the question: 12吨, 800立方米, 8个人 (read as 8人), 7米5 (7.5米); 不到8米 compares and 24小时内 limits, they state nothing. */
export function statedQuantities(question: string): QuestionAnalysis['stated'] {
  // 8个人 → 8人; 投资80万 → 80万元 (an amount said without 元; 8万平方米 is 80000平方米); 7米5 → 7.5米; 500平 → 500平方米
  const q = question
    .normalize('NFKC')
    .replace(/(\d+)个人/gu, '$1人')
    .replace(WAN_WITHOUT_UNIT, '$1万元')
    .replace(COLLOQUIAL_DECIMAL, '$1.$3$2')
    .replace(/(\d+(?:\.\d+)?)平(?![方米])/gu, '$1平方米');
  const out: QuestionAnalysis['stated'] = [];
  for (const m of q.matchAll(QUANTITY)) {
    const [whole, comparator, percent, num, unit, after] = m;
    const n = percent ?? num ?? '';
    // 不到8米 compares; 一年有几次 says "a year", not a length of time the asker has; 24小时内报 is a time limit
    const within = unitKind(unit ?? '') === 'duration' && /内/u.test(after ?? q.slice(m.index + whole.length, m.index + whole.length + 1));
    // 多久做一次 asks how often: its 一次 is the question's, not a count the asker states
    const perTime = unit === '次' && (n === '一' || n === '1') && ASKS_HOW_OFTEN.test(q);
    // 一个500平的超市: 一个 is the article, not a count
    const article = n === '一' && ['个', '家', '座', '处', '台', '套'].includes(unit ?? '');
    // 2023年 is a year of the calendar, not a length of time
    const calendarYear = unit === '年' && /^\d{4}$/u.test(n);
    // 1万平方米以下的项目 states a range the asker is in, not a size to compare
    const range = after !== undefined && !/内$/u.test(after);
    if (comparator !== undefined || range || within || perTime || article || calendarYear || (n === '一' && unitKind(unit ?? '') === 'duration')) continue;
    const number = quantityNumber(n);
    if (Number.isFinite(number)) out.push({ number, unit: percent !== undefined ? '%' : unit!, text: whole, context: q.slice(Math.max(0, m.index - 2), m.index) });
  }
  return out;
}

/** A message that asks something: a question mark, or question words in a message that does not end as a statement (。). */
function asks(message: string): boolean {
  return /[？?]\s*$/u.test(message) || (!/。\s*$/u.test(message) && ASKS_SOMETHING.test(message));
}

/** The last thing the user asked before this question. */
export function previousQuestionOf(history: readonly ChatTurn[] | undefined): string | undefined {
  return history?.filter((t) => t.role === 'user').at(-1)?.content;
}

/** The wording cues of one question. */
export function readCues(question: string): QuestionCues {
  const later = LATER_THAN.exec(question);
  const alternatives = ALTERNATIVES.exec(question);
  return {
    lead: ASKS_LEAD.test(question.replace(/配合|协助|协同/gu, '')),
    cooperate: ASKS_COOPERATE.test(question),
    tasks: ASKS_TASKS.test(question),
    list: ASKS_LIST.test(question),
    acrossDocs: ACROSS_DOCS.test(question),
    levels: ASKS_LEVELS.test(question),
    reference: ASKS_REFERENCE.test(question),
    amount: ASKS_AMOUNT.test(question),
    standardCode: ASKS_STANDARD_CODE.test(question),
    ...(later ? { laterThan: Number(later[1]) } : {}),
    ...(alternatives ? { alternatives: [alternatives[1]!, alternatives[2]!] as [string, string] } : {}),
    metadata: {
      number: ASKS_METADATA.number.test(question),
      date: ASKS_METADATA.date.test(question),
      issuer: ASKS_METADATA.issuer.test(question),
      span: ASKS_METADATA.span.test(question),
      effective: ASKS_METADATA.effective.test(question),
      valid: ASKS_METADATA.valid.test(question),
      revision: ASKS_METADATA.revision.test(question),
      first: ASKS_METADATA.first.test(question),
      passed: ASKS_METADATA.passed.test(question),
    },
  };
}

/**
 * The safety concepts named in the question; a shorter one inside a longer one already found is not repeated.
 * A concept inside a longer alias the question uses stands for that alias (电梯 in 人货电梯 → 人货电梯 = 施工升降机).
 */
export function conceptsAsked(question: string, concepts: readonly string[], aliasTerms: readonly string[] = []): string[] {
  const q = norm(question);
  const asked: string[] = [];
  for (const c of concepts) {
    if (!q.includes(c) || asked.some((a) => a.includes(c))) continue;
    const longer = aliasTerms.filter((t) => t.length > c.length && t.includes(c) && q.includes(t)).sort((a, b) => b.length - a.length)[0];
    if (!asked.includes(longer ?? c)) asked.push(longer ?? c);
  }
  return asked;
}

/**
 * The longest unit of the duty matrix that the question names (化工处, 安全生产科, 市应急局…), as written or in
 * another spelling of its alias group (南岸区应急局 names 南岸区应急管理局).
 */
export function unitNamed(question: string, duties: readonly Duty[], aliases?: Aliases): string | undefined {
  const q = norm(question);
  const all = unitsOf(duties, aliases);
  const names = all.filter((u) => u.spellings.some((s) => q.includes(s))).map((u) => u.name);
  // 工信局 with no level names the first such unit the documents list (市工业和信息化局 before 区工业和信息化局)
  return names.sort((a, b) => b.length - a.length)[0] ?? all.find((u) => u.bare.some((s) => q.includes(s)))?.name;
}

const units = new WeakMap<readonly Duty[], ReadonlyArray<{ name: string; spellings: string[]; bare: string[] }>>();


/** The matrix's distinct units of three characters or more, in first-seen order, each with its spellings (`norm`ed) and those spellings without a one-character level; once per duty list. */
function unitsOf(duties: readonly Duty[], aliases?: Aliases): ReadonlyArray<{ name: string; spellings: string[]; bare: string[] }> {
  let got = units.get(duties);
  if (!got) {
    const listed = new Set(duties.flatMap((d) => [...d.lead, ...d.cooperate]).filter((u) => [...u].length >= 3));
    // 局安全监督科 is the 安全监督科 the same documents list: one unit, named by its section
    const names = new Set([...listed].map((u) => OWN_SECTION.exec(u)?.[1] ?? u).filter((u) => listed.has(u)));
    got = [...names].map((name) => {
      const spellings = (aliases?.unitSpellings(name) ?? [name]).map(norm).filter((s) => [...s].length >= 3);
      // 市工业和信息化局 is also 工信局 when the question gives no level (not 场监督管理局: LEVEL_PREFIX knows 市场)
      const bare = spellings.flatMap((s) => {
        const level = LEVEL_PREFIX.exec(s)?.[0];
        return level && [...s].length - level.length >= 3 ? [s.slice(level.length)] : [];
      });
      return { name, spellings, bare };
    });
    units.set(duties, got);
  }
  return got;
}

const conceptWords = new WeakMap<Aliases, readonly string[]>();

/** The alias terms a concept may be read as, units left out: 港口局 names a unit, not a safety concept to find in the texts. */
function conceptVocabulary(aliases: Aliases): readonly string[] {
  let got = conceptWords.get(aliases);
  if (!got) {
    const units = new Set(aliases.groupsOfKind('unit').flatMap((g) => g.terms));
    conceptWords.set(aliases, (got = aliases.vocabulary().filter((t) => !units.has(t))));
  }
  return got;
}

/** Analyses the request once; `ctx` gives the lexicon, the searcher's reading of places and documents, and the duty matrix. */
export function analyzeQuestion(ctx: AnswerContext, request: AskRequest): QuestionAnalysis {
  const { question } = request;
  const history = request.history ?? [];
  const previousQuestion = previousQuestionOf(history);
  const { rule, answerer } = classify(question, previousQuestion);
  const unit = unitNamed(question, ctx.kb.duties, ctx.lexicon.aliases);
  const checklistRequest = previousQuestion && ruleFor(question).intent !== 'checklist' ? `${previousQuestion}\n${question}` : question;
  const query = ctx.searcher.analyze(question, history);
  let answerTypes = answerTypesOf(question);
  // 那进罐之前多久做检测？ after "我们有几个发酵罐…" — a statement asked nothing, so it lends no answer type
  if (answerTypes[0] === 'open' && previousQuestion && query.followUp && asks(previousQuestion)) answerTypes = answerTypesOf(previousQuestion);
  const quantityKind = askedQuantity(question);
  const namedDate = askedDate(question, ctx.today());
  return {
    question,
    history,
    ...(previousQuestion !== undefined ? { previousQuestion } : {}),
    intent: rule.intent,
    answerer,
    hints: rule.hints,
    query,
    cues: readCues(question),
    ...(unit ? { unit } : {}),
    concepts: conceptsAsked(question, ctx.lexicon.concepts, conceptVocabulary(ctx.lexicon.aliases)),
    checklistRequest,
    answerTypes,
    ...(quantityKind ? { quantityKind } : {}),
    stated: statedQuantities(question),
    ...(namedDate ? { namedDate } : {}),
    asOf: request.asOf ?? namedDate ?? (BEFORE_LAST_REVISION.test(question) ? revisionEve(ctx.kb.documents, [...query.docHints.map((h) => h.docId), ...query.places.flatMap((p) => p.docIds)]) : undefined) ?? ctx.today(),
  };
}
