/**
 * Reads a question (and the chat so far) into weighted terms and hints: places, industries,
 * article numbers, document titles or numbers, and whether it asks who is responsible.
 */
import type { ChatTurn, DocumentMeta } from '../schemas.js';
import { keepsOrder, norm } from '../text/normalize.js';
import { ARTICLE_NUMBER, DOC_NUMBER_IN_QUESTION, ISSUED_TITLE, LAW_BEFORE_ARTICLE, STANDARD_CLAUSE_REF, canonicalDocNumber, chineseToNumber, numberToChinese } from '../text/zh/index.js';
import type { Aliases, WeightedTerm } from '../lexicon/aliases.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { ASKER_SPEAKS_OF_ITSELF, ASKS_DUTY, ASKS_FRONT_MATTER, LEANS_ON_CONTEXT, SHORT_FOLLOW_UP } from '../question/cues.js';
import { answerTypesOf } from '../question/answer-types.js';
import { findPlaces, type PlaceEntry, type PlaceIndex } from './places.js';
import { NATIONAL } from '../lexicon/gazetteer.js';
import { cjkBigrams, normalizeForSearch } from '../lexicon/tokenizer.js';

/** Weight of a character bigram relative to a word: bigrams are recall insurance, not evidence. */
export const BIGRAM_WEIGHT = 0.3;
/** Weight of words carried from the previous user turn into a follow-up question. */
export const CARRIED_WEIGHT = 0.35;
/** Weight of words carried from the previous assistant answer. */
export const ANSWER_CARRIED_WEIGHT = 0.15;

// A quoted title, e.g. 《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》.
const QUOTED_TITLE = /《([^《》]{2,80})》/gu;

/** A lookup of an article by number; `law` is the law or regulation the question names, if any. */
export interface ArticleRef {
  /** Canonical label with Chinese numerals, e.g. 第二十一条. */
  label: string;
  law?: string;
}

/** A place named in the question (or carried from the chat). */
export interface PlaceHint extends PlaceEntry {
  carried: boolean;
}

export interface QueryAnalysis {
  /** Weighted BM25 terms: own words 1, synonyms < 1, bigrams BIGRAM_WEIGHT, carried words less. */
  terms: WeightedTerm[];
  /** Text for the embedder: the question, plus the previous question for a follow-up. */
  vectorText: string;
  places: PlaceHint[];
  /** Alias-group keys of industries named (or carried), e.g. 民用爆炸物品. */
  industries: string[];
  industriesCarried: boolean;
  articles: ArticleRef[];
  /** Documents named by 《title》 or by document number. */
  docHints: Array<{ docId: string; label: string }>;
  asksDuty: boolean;
  /** Asks whether a situation is a major hazard (算不算重大隐患, 怎么定性). */
  asksHazard: boolean;
  /** The asker speaks of itself (我们在苎岩县…): a place it names is where it is, and the places enclosing it bind it too. */
  speaksOfItself: boolean;
  /** Asks about the document itself: its number, issuer, date, addressees (文号, 谁发的, 发给哪些单位). */
  asksFrontMatter: boolean;
  followUp: boolean;
}

/** Article numbers in the question, with the law named right before them. */
export function findArticles(question: string): ArticleRef[] {
  const q = question.normalize('NFKC');
  const law = LAW_BEFORE_ARTICLE.exec(q)?.[1];
  const out: ArticleRef[] = [];
  for (const m of q.matchAll(ARTICLE_NUMBER)) {
    const n = chineseToNumber(m[1]!);
    if (!Number.isInteger(n) || n <= 0) continue;
    const label = `第${numberToChinese(n)}条`;
    if (!out.some((a) => a.label === label)) out.push(law ? { label, law } : { label });
  }
  // 第5.2条 of a standard: its clause is headed 5.2
  for (const m of q.matchAll(STANDARD_CLAUSE_REF)) if (!out.some((a) => a.label === m[1])) out.push(law ? { label: m[1]!, law } : { label: m[1]! });
  return out;
}

/**
 * The documents a question names by title when it names two titles or more, one per title (its current text first);
 * a name several titles share (安全生产条例 of 煤矿…, 建设工程…) names none of them.
 */
export function titlesNamed(analysis: Pick<QueryAnalysis, 'docHints'>, documents: ReadonlyMap<string, DocumentMeta>): string[] | undefined {
  const title = (id: string) => documents.get(id)?.title;
  const titlesOf = (label: string) => new Set(analysis.docHints.filter((h) => h.label === label).map((h) => title(h.docId)));
  const byTitle = new Map<string, string>();
  for (const h of analysis.docHints) {
    const t = title(h.docId);
    if (t !== undefined && !byTitle.has(t) && titlesOf(h.label).size === 1) byTitle.set(t, h.docId);
  }
  return byTitle.size > 1 ? [...byTitle.values()] : undefined;
}

/** Documents the question names by a quoted title or a document number. */
export function findDocHints(question: string, documents: readonly DocumentMeta[]): Array<{ docId: string; label: string }> {
  const q = question.normalize('NFKC');
  const out: Array<{ docId: string; label: string }> = [];
  for (const m of q.matchAll(QUOTED_TITLE)) {
    const t = norm(m[1]!);
    for (const d of documents) if (norm(d.title).includes(t)) out.push({ docId: d.id, label: m[1]! });
  }
  for (const m of q.matchAll(DOC_NUMBER_IN_QUESTION)) {
    const n = canonicalDocNumber(m[0]);
    for (const d of documents) if (d.docNumber && norm(d.docNumber).endsWith(n)) out.push({ docId: d.id, label: m[0] });
  }
  // 危险化学品安全管理条例, 安全生产法 — a title named without 《》, as people type laws and regulations.
  const nq = norm(q);
  for (const { doc: d, short } of shortTitles(documents)) {
    if (nq.includes(short) && !out.some((o) => o.docId === d.id)) out.push({ docId: d.id, label: short });
  }
  // 粉尘涉爆隐患判定细则 for 《汀川市工贸企业粉尘涉爆重大事故隐患判定细则》: a title shortened the way people do,
  // its characters in order, its kind (细则, 办法) kept, a third of it or more
  // a title already named in full (霁川省安全生产条例) is not read again as a shortening of another (安全生产许可证条例)
  const namedEnds = new Set(out.flatMap((o) => {
    const label = norm(o.label);
    const at = nq.indexOf(label);
    return at < 0 ? [] : [at + label.length];
  }));
  for (const m of nq.matchAll(TITLE_END)) {
    const end = m.index + m[0].length;
    if (namedEnds.has(end)) continue;
    // 有限空间办法的决定 names a 决定, not the 办法
    if (/^的[\p{Script=Han}]{0,4}?(?:细则|办法|条例|规定|方案|标准|通知|决定|意见)/u.test(nq.slice(end))) continue;
    // the longest words before the kind that shorten a title are the typed title (居民住宅区消防安全管理条例, not 安全管理条例)
    for (let start = Math.max(0, end - TITLE_TYPED_MAX); start <= end - TITLE_TYPED_MIN; start++) {
      const typed = nq.slice(start, end);
      const found = shortTitles(documents).filter(({ doc, inner }) => !out.some((o) => o.docId === doc.id) && abbreviatesTitle(typed, inner));
      if (found.length === 0) continue;
      out.push(...found.map(({ doc }) => ({ docId: doc.id, label: typed })));
      break;
    }
  }
  // (a name that fits one title, or its versions, names those documents; one that fits several names none)
  const addOneTitle = (found: readonly ShortTitle[], label: string): void => {
    if (found.length > 0 && new Set(found.map(({ inner }) => inner)).size === 1) out.push(...found.filter(({ doc }) => !out.some((o) => o.docId === doc.id)).map(({ doc }) => ({ docId: doc.id, label })));
  };
  // 湝宁市条例, 国家应急条例, 湝宁市综合体火灾预案 — a place (or 国家) and a kind, maybe words of the title between: that
  // place's documents of that kind whose titles hold the words (one text, or its versions)
  for (const m of nq.matchAll(PLACE_AND_KIND)) {
    const [, place, words, kind] = m as unknown as [string, string, string, string];
    const national = place === '国家' || place === '全国';
    // (溟汭条例: the place without its level, as people say it)
    const ofPlace = (p: string | undefined) => p !== undefined && (p === place || p.replace(LEVEL_END, '') === place);
    addOneTitle(shortTitles(documents).filter(({ doc, inner }) => (national ? doc.place === NATIONAL : ofPlace(doc.place)) && inner.endsWith(kind) && keepsOrder(words, inner)), m[0]);
  }
  // 裁量基准, 检查计划 — words of one title and its kind, with no place: the one document so titled
  for (const m of nq.matchAll(WORDS_AND_KIND)) {
    const [, words, kind] = m as unknown as [string, string, string];
    addOneTitle(shortTitles(documents).filter(({ inner }) => inner.endsWith(kind) && keepsOrder(words, inner)), m[0]);
  }
  // the current text of a regulation before an earlier version of it
  return out.sort((a, b) => rankStatus(documents, a.docId) - rankStatus(documents, b.docId));
}

/** 关于印发湝宁市大型商业综合体火灾事故应急预案的通知 — what a notice issues, named without 《》 (group 1). */
const LEVEL_END = /[省市区县]$/u;

/** 裁量基准, 检查计划, 责任清单 — words of a title (group 1) and its kind (group 2). */
const WORDS_AND_KIND = /([\p{Script=Han}]{2,8}?)(基准|清单|计划|预案)/gu;
const ISSUED_UNQUOTED = /关于印发([^《》]+?)的通知$/u;

/** 湝宁市条例, 溟汭条例, 国家应急条例: a place or 国家 (group 1), words of a title (group 2) and its kind (group 3). */
const PLACE_AND_KIND = /(国家|全国|[\p{Script=Han}]{2,4}?[省市区县]?)([\p{Script=Han}]{0,10}?)(条例|办法|规定|细则|预案|方案|基准|清单|计划)/gu;

// 细则, 办法, 决定 — the kind a typed title ends with; the words before it are read back from there.
const TITLE_END = /细则|办法|条例|规定|方案|标准|通知|决定|意见/gu;
const TITLE_TYPED_MAX = 26;
const TITLE_TYPED_MIN = 6;

/** True when `typed` (这个, 那个 aside) keeps `title`'s characters in order, ends as it does, and is a third of it or more. */
function abbreviatesTitle(typedWords: string, title: string): boolean {
  const typed = typedWords.replace(/这个|那个|这份|那份/gu, '');
  return typed.length >= 6 && typed.slice(-2) === title.slice(-2) && typed.length * 3 >= title.length && keepsOrder(typed, title);
}

function rankStatus(documents: readonly DocumentMeta[], id: string): number {
  return documents.find((d) => d.id === id)?.status === 'earlier-version' ? 1 : 0;
}

interface ShortTitle {
  doc: DocumentMeta;
  /** The title as typed without 《》. */
  short: string;
  /** The title a 关于印发《…》的通知 issues (a trailing （试行） dropped), else `short`: what a shortening is read against. */
  inner: string;
}

const shortTitlesCache = new WeakMap<readonly DocumentMeta[], readonly ShortTitle[]>();

/** Titles as typed without 《》 (中华人民共和国 and a trailing (2021年修正) dropped), of four characters or more; once per document list. */
function shortTitles(documents: readonly DocumentMeta[]): readonly ShortTitle[] {
  let got = shortTitlesCache.get(documents);
  if (!got) {
    const dropTrailing = (t: string) => t.replace(/[（(][^）)]*[）)]$/u, '');
    got = documents
      .map((doc) => {
        const short = dropTrailing(norm(doc.title).replace(/^中华人民共和国/u, ''));
        // (关于印发湝宁市…应急预案的通知 issues its 预案 without 《》 too)
        const issued = ISSUED_TITLE.exec(doc.title)?.[1] ?? ISSUED_UNQUOTED.exec(doc.title)?.[1];
        return { doc, short, inner: issued ? dropTrailing(norm(issued)) : short };
      })
      // 消防法 is a law's everyday name at three characters; other titles that short are no title
      .filter((t) => [...t.short].length >= 4 || (t.short.length === 3 && t.short.endsWith('法')));
    shortTitlesCache.set(documents, got);
  }
  return got;
}

/** True when the question asks which unit leads, cooperates or is responsible. */
export function asksForDuty(question: string): boolean {
  return ASKS_DUTY.test(question);
}

/** Industry alias keys among the terms (a synonym or a looser expansion of weight ≥ 0.5 counts). */
export function findIndustries(terms: readonly WeightedTerm[], aliases: Aliases): string[] {
  const keys = new Set<string>();
  for (const { term, weight } of terms) {
    if (weight < 0.5) continue;
    for (const g of aliases.groupsOf(term)) if (g.kind === 'industry') keys.add(g.key);
  }
  return [...keys];
}

function mergeInto(target: Map<string, number>, terms: Iterable<WeightedTerm>, scale = 1): void {
  for (const { term, weight } of terms) {
    const w = weight * scale;
    if (w > (target.get(term) ?? 0)) target.set(term, w);
  }
}

/** Words, synonyms and bigrams of one text, stopwords removed after expansion (多久 still expands to 每年). */
function termsOf(text: string, lexicon: Lexicon): WeightedTerm[] {
  const { aliases, tokenizer } = lexicon;
  const expanded = aliases.expandTerms(tokenizer.segment(text)).filter((t) => !tokenizer.isStopword(t.term));
  const bigrams = cjkBigrams(text)
    .filter((b) => !tokenizer.isStopword(b.slice(1)))
    .map((term) => ({ term, weight: BIGRAM_WEIGHT }));
  const merged = new Map<string, number>();
  mergeInto(merged, expanded);
  mergeInto(merged, bigrams);
  return [...merged].map(([term, weight]) => ({ term, weight }));
}

function lastTurn(history: readonly ChatTurn[], role: ChatTurn['role']): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.role === role) return history[i]!.content;
  return undefined;
}

/** Words of a previous turn worth carrying: no bigrams, and no words of an industry the question has switched away from. */
function carriedTerms(text: string, industries: readonly string[], lexicon: Lexicon): WeightedTerm[] {
  return termsOf(text, lexicon).filter(({ term }) => {
    if (term.startsWith('~')) return false;
    const other = lexicon.aliases.groupsOf(term).some((g) => g.kind === 'industry' && industries.length > 0 && !industries.includes(g.key));
    return !other;
  });
}

/** Analyses a question; with history, a follow-up inherits place, industry and topic words from the previous turns. */
export function analyzeQuery(question: string, lexicon: Lexicon, places: PlaceIndex, documents: readonly DocumentMeta[], history: readonly ChatTurn[] = []): QueryAnalysis {
  const q = normalizeForSearch(question);
  const merged = new Map<string, number>();
  const own = termsOf(q, lexicon);
  mergeInto(merged, own);
  const prevUser = lastTurn(history, 'user');
  const followUp = prevUser !== undefined && (LEANS_ON_CONTEXT.test(q.trim()) || q.length <= SHORT_FOLLOW_UP);
  let placeHints: PlaceHint[] = findPlaces(q, places).map((p) => ({ ...p, carried: false }));
  let industries = findIndustries(own, lexicon.aliases);
  let industriesCarried = false;
  if (followUp && prevUser !== undefined) {
    if (placeHints.length === 0) placeHints = findPlaces(prevUser, places).map((p) => ({ ...p, carried: true }));
    if (industries.length === 0) {
      industries = findIndustries(termsOf(prevUser, lexicon), lexicon.aliases);
      industriesCarried = industries.length > 0;
    }
    mergeInto(merged, carriedTerms(prevUser, industriesCarried ? [] : industries, lexicon), CARRIED_WEIGHT);
    const answer = lastTurn(history, 'assistant');
    if (answer) mergeInto(merged, carriedTerms(answer.slice(0, 300), industriesCarried ? [] : industries, lexicon), ANSWER_CARRIED_WEIGHT);
  }
  return {
    terms: [...merged].map(([term, weight]) => ({ term, weight })),
    vectorText: followUp && prevUser !== undefined ? `${prevUser}\n${question}` : question,
    places: placeHints,
    industries,
    industriesCarried,
    articles: findArticles(q),
    docHints: findDocHints(q, documents),
    asksDuty: asksForDuty(q),
    asksHazard: answerTypesOf(q).includes('hazard'),
    speaksOfItself: ASKER_SPEAKS_OF_ITSELF.test(q),
    asksFrontMatter: ASKS_FRONT_MATTER.test(q),
    followUp,
  };
}
