/**
 * What the knowledge base does not hold, checked before any quote is offered as an answer: an article
 * the document does not have, a 文号, a standard or a document named by title that is not in the knowledge base,
 * a regulation asked as it stood before its held text, a year no document reaches (or a text still to come), a unit
 * or a place no document mentions. Each gives the phrase that follows 文件中没有找到.
 */
import type { Clause, DocumentMeta, Duty, Fact, LegalLevel } from '../schemas.js';
import type { Aliases } from '../lexicon/aliases.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import { keepsOrder, norm } from '../text/normalize.js';
import { ASKS_LOCAL_DOCUMENT, ARTICLE_PATH_ELEMENT, BOOK_TITLE, DONE_AFTER_BAN, PLACE_CENTER, STANDARD_CLAUSE_PATH, STANDARD_CLAUSE_REF, DOC_NUMBER_IN_QUESTION, ORDER_NUMBER_IN_QUESTION, RULES_NAMED_IN_QUESTION, NOT_A_NAME, PLACE_SUFFIX_WORDS, STANDARD_CODE, THAT_STANDARD, UNIT_SUFFIX_WORDS, UNIT_WORD, askedYears, canonicalDocNumber, chineseToNumber, yearsWrittenIn } from '../text/zh/index.js';
import type { Tokenizer } from '../lexicon/tokenizer.js';
import { clauseTextIndex, normalizedTexts } from './evidence.js';
import { versionDate } from '../kb/in-force.js';
import { NATIONAL } from '../lexicon/gazetteer.js';
import type { Located } from './located.js';

export interface NotHeldInput {
  q: QuestionAnalysis;
  documents: ReadonlyMap<string, DocumentMeta>;
  allClauses: readonly Clause[];
  aliases: Aliases;
  tokenizer: Tokenizer;
  duties: readonly Duty[];
  allFacts: readonly Fact[];
  /** ISO date of today: a standing rule (a law, a regulation) speaks for every year from its first text to now. */
  today: string;
  /** The places the question is asked from, when it is. */
  located?: Located;
}

/**
 * 瑢垣市有没有出尘肺病专项治理方案 — whether a place has issued a document of its own, asked of a place the knowledge
 * base holds no local text for: the national rules do not answer it.
 */
function missingLocalDocument(input: NotHeldInput): string | undefined {
  const kind = ASKS_LOCAL_DOCUMENT.exec(input.q.question)?.[1];
  const located = input.located;
  // (翎阜市 with its province's texts but none of its own has issued none either)
  if (kind === undefined || !located) return undefined;
  const place = located.places[0]!;
  if (located.localHeld.includes(place)) return undefined;
  return `${place}的${kind}（知识库中没有${place}自己的地方性法规或文件）`;
}

/** Everything the documents say, normalised: clause texts, titles, numbers, issuers, places. */
function corpusText(input: NotHeldInput): (t: string) => boolean {
  const texts = clauseTextIndex(input.allClauses);
  let meta = metaCache.get(input.documents);
  if (!meta) {
    meta = [...input.documents.values()].map((d) => norm([d.title, d.docNumber ?? '', ...(d.issuers ?? []), d.region ?? '', ...(d.addressees ?? [])].join(' ')));
    metaCache.set(input.documents, meta);
  }
  return (t) => texts.has(t) || meta.some((x) => x.includes(t));
}

// What is read from every clause or document on each ask is worked out once per knowledge base: its clause
// list and document map live as long as it serves (the assistant builds them once), so they key these caches.
const metaCache = new WeakMap<ReadonlyMap<string, DocumentMeta>, readonly string[]>();
const yearsCache = new WeakMap<readonly Clause[], ReadonlySet<number>>();

/** The documents a question about an article means: the law it names, else those it names, else all. */
function articleDocs(input: NotHeldInput, law: string | undefined): DocumentMeta[] {
  const docs = [...input.documents.values()];
  if (law) {
    for (let start = 0; start <= law.length - 2; start++) {
      const tail = law.slice(start);
      const hits = docs.filter((d) => norm(d.title).includes(tail));
      if (hits.length > 0) return hits;
    }
  }
  const named = new Set(input.q.query.docHints.map((h) => h.docId));
  return named.size > 0 ? docs.filter((d) => named.has(d.id)) : docs;
}

function missingArticle(input: NotHeldInput): string | undefined {
  for (const ref of input.q.query.articles.filter((a) => a.label.startsWith('第'))) {
    const docs = articleDocs(input, ref.law);
    const ids = new Set(docs.map((d) => d.id));
    const numbers = input.allClauses.filter((c) => ids.has(c.docId)).flatMap((c) => c.path.map((p) => ARTICLE_PATH_ELEMENT.exec(p)?.[0]).filter((x): x is string => x !== undefined));
    if (numbers.some((n) => n === ref.label)) continue;
    if (numbers.length === 0) continue;
    const last = Math.max(...numbers.map((n) => chineseToNumber(n.slice(1, -1))));
    const title = docs.length === 1 ? `《${docs[0]!.title}》` : '这些文件';
    return `${ref.label}（${title}共${last}条）`;
  }
  return undefined;
}

/** A standard's clause number the question names that no clause of a standard held carries (第8.2条 of one that ends at 7). */
function missingClauseNumber(input: NotHeldInput): string | undefined {
  const refs = [...input.q.question.normalize('NFKC').matchAll(STANDARD_CLAUSE_REF)].map((m) => m[1]!);
  if (refs.length === 0) return undefined;
  const numbers = new Set(input.allClauses.flatMap((c) => c.path.filter((p) => STANDARD_CLAUSE_PATH.test(p))));
  const ref = refs.find((r) => !numbers.has(r));
  return numbers.size > 0 && ref !== undefined ? `第${ref}条（知识库中的标准没有这一条）` : undefined;
}

/** A 文号 the question names that is no document's own (it may still be cited by one). */
function missingDocNumber(input: NotHeldInput, known: (t: string) => boolean): string | undefined {
  for (const m of input.q.question.normalize('NFKC').matchAll(DOC_NUMBER_IN_QUESTION)) {
    const n = canonicalDocNumber(m[0]);
    const held = [...input.documents.values()].some((d) => {
      const own = d.docNumber ? canonicalDocNumber(d.docNumber) : undefined;
      return own !== undefined && (own.endsWith(n) || n.endsWith(own));
    });
    if (!held) return `文号为${m[0]}的文件（知识库中没有这份文件${known(n) ? '；提到它的条款见下' : ''}）`;
  }
  // a 规章 carries its order numbers in its first lines (2023年6月12日省人民政府令第187号公布): one no text writes is not held
  for (const m of input.q.question.normalize('NFKC').matchAll(ORDER_NUMBER_IN_QUESTION)) {
    const held = [...input.documents.values()].some((d) => d.docNumber !== undefined && norm(d.docNumber).endsWith(norm(m[1]!)));
    if (!held && !known(norm(m[1]!))) return `${m[0]}（知识库中没有这份文件）`;
  }
  return undefined;
}

/** A standard the question asks the content of (by code or 《title》) that no document of the knowledge base is. */
function missingStandard(input: NotHeldInput): string | undefined {
  const { q } = input;
  if (q.cues.reference || !q.answerTypes.every((t) => ['quantity', 'count', 'amount', 'frequency', 'deadline', 'open'].includes(t))) return undefined;
  const asked = THAT_STANDARD.test(q.question) && q.previousQuestion !== undefined ? `${q.previousQuestion}\n${q.history.map((t) => t.content).join('\n')}\n${q.question}` : q.question;
  const titles = [...input.documents.values()].map((d) => norm(d.title));
  for (const m of asked.normalize('NFKC').matchAll(STANDARD_CODE)) {
    const code = norm(m[0]).replace(/[-—－]\d{4}$/u, '');
    if (!titles.some((t) => t.includes(code))) return `${m[0]}的原文（知识库中没有收录这份标准；提到它的条款见下）`;
  }
  return undefined;
}

/**
 * A document the question names by title (《高层民用建筑消防安全管理规定》, 云岫市危险化学品安全管理办法里) that is no
 * document of the knowledge base: a title holds it when the name's characters occur in order in the title
 * (《消防法》, 《危化品安全管理条例》 and 《判定细则》 name held texts) or in a heading of its clauses (an attachment).
 */
function missingTitle(input: Pick<NotHeldInput, 'q' | 'documents' | 'allClauses'>, known: (t: string) => boolean): string | undefined {
  if (input.q.cues.reference) return undefined;
  const question = input.q.question.normalize('NFKC');
  const names = [...question.matchAll(BOOK_TITLE), ...question.matchAll(RULES_NAMED_IN_QUESTION)].map((m) => norm(m[1]!));
  if (names.length === 0) return undefined;
  const held = heldNames(input);
  for (const name of names) {
    // 《蓼汀市那个液化气规定》 points at a title in everyday words: its pointing words are not part of it
    const core = name.replace(/^中华人民共和国/u, '').replace(TITLE_FILLER, '');
    if (held.some((t) => keepsOrder(core, t))) continue;
    return `《${name}》的原文（知识库中没有收录这份文件${known(name) ? '；提到它的条款见下' : ''}）`;
  }
  return undefined;
}

/** Whether the question names a document by title that the knowledge base does not hold (a checklist from it cannot be drafted). */
export function namesDocumentNotHeld(input: Pick<NotHeldInput, 'q' | 'documents' | 'allClauses'>): boolean {
  return missingTitle(input, () => false) !== undefined;
}

/** Words that point at a title rather than belong to it: 那个, 这份, 的. */
const TITLE_FILLER = /那个|这个|那份|这份|那部|这部|的/gu;

const heldCache = new WeakMap<readonly Clause[], readonly string[]>();

/** The titles of the documents held and the headings of their clauses, normalised. */
function heldNames(input: Pick<NotHeldInput, 'documents' | 'allClauses'>): readonly string[] {
  let got = heldCache.get(input.allClauses);
  if (!got) {
    const headings = new Set(input.allClauses.flatMap((c) => c.path));
    got = [...[...input.documents.values()].map((d) => d.title), ...headings].map(norm);
    heldCache.set(input.allClauses, got);
  }
  return got;
}

/**
 * A law or regulation the question names, asked as it stood on a date before any text of it held took effect
 * (北京市消防条例2011年修订以前): the knowledge base does not hold the text of that date.
 */
function missingVersion(input: NotHeldInput): string | undefined {
  const { q } = input;
  if (q.asOf >= input.today) return undefined;
  const titles = new Set(q.query.docHints.map((h) => input.documents.get(h.docId)?.title).filter((t): t is string => t !== undefined));
  for (const title of titles) {
    const versions = [...input.documents.values()].filter((d) => d.title === title);
    if (!versions.every((d) => d.legalLevel && STANDING_RULES.has(d.legalLevel))) continue;
    const since = versions.map(versionDate).filter((d): d is string => d !== undefined).sort()[0];
    if (since && since > q.asOf) return `《${title}》在${q.asOf.slice(0, 4)}年时的文本（知识库中只有${since}起施行的版本）`;
  }
  return undefined;
}

/** Legal levels whose text stays in force until changed: they answer for any year since their first text. */
const STANDING_RULES: ReadonlySet<LegalLevel> = new Set<LegalLevel>(['法律', '行政法规', '部门规章', '地方性法规', '经济特区法规', '地方政府规章']);

/** Years the documents write: each year written, and every year inside a span (2024—2026年). */
function yearsWritten(input: NotHeldInput): ReadonlySet<number> {
  let inClauses = yearsCache.get(input.allClauses);
  if (!inClauses) {
    inClauses = yearsIn(normalizedTexts(input.allClauses));
    yearsCache.set(input.allClauses, inClauses);
  }
  const inTitles = yearsIn([...input.documents.values()].map((d) => norm(d.title)));
  return new Set([...inClauses, ...inTitles]);
}

function yearsIn(texts: readonly string[]): Set<number> {
  return new Set(texts.flatMap(yearsWrittenIn));
}

/** Years a standing rule (a law, a regulation) has stood: from its first text to its end or today. */
function yearsStood(input: NotHeldInput): Set<number> {
  const years = new Set<number>();
  for (const d of input.documents.values()) {
    if (!d.legalLevel || !STANDING_RULES.has(d.legalLevel)) continue;
    const first = [d.revisions?.[0]?.date, d.effective, d.date].find((x) => x !== undefined);
    const last = Number((d.validUntil ?? input.today).slice(0, 4));
    if (first) for (let y = Number(first.slice(0, 4)); y <= last; y++) years.add(y);
  }
  return years;
}

/** A year the documents do not reach; a year naming a text (2025年修订的…, 2019年版) must be one they write, and not yet to come. */
function missingYear(input: NotHeldInput): string | undefined {
  const q = input.q.question.normalize('NFKC').replace(/《[^》]*》/gu, '');
  const asked = askedYears(q);
  if (asked.length === 0) return undefined;
  const written = yearsWritten(input);
  const stood = yearsStood(input);
  // a text of a year still to come (2027年再修改的条例) is held by no knowledge base, whatever years the documents write
  const future = asked.find((a) => a.namesText && a.year > Number(input.today.slice(0, 4)))?.year;
  if (future !== undefined) return `${future}年修改后的文本（知识库只收录已公布的文本）`;
  const missing = asked.find((a) => !written.has(a.year) && (a.namesText || !stood.has(a.year)))?.year;
  return missing !== undefined ? `${missing}年的安排（文件中没有涉及${missing}年的内容）` : undefined;
}

/**
 * Names the question gives with a suffix (a unit: 交警|支队, 住建局; a place: 新塘|港区, 南岸|区), read from the
 * question cut into words: a suffix word joined to the word before it, or one word that is a whole name.
 */
function namesWith(input: NotHeldInput, suffixes: ReadonlySet<string>, whole?: RegExp): Array<{ name: string; stem: string }> {
  const words = input.tokenizer.cut(input.q.question);
  const out: Array<{ name: string; stem: string }> = [];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (suffixes.has(w) && !(w === '办' && DONE_AFTER_BAN.test(words[i + 1] ?? '')) && prev && prev.length >= 2 && /^[\p{Script=Han}]+$/u.test(prev) && !input.tokenizer.isStopword(prev) && !NOT_A_NAME.test(prev)) out.push({ name: prev + w, stem: prev });
    else if (whole?.test(w)) out.push({ name: w, stem: w });
  });
  return out;
}

/** True when the characters of `short` occur in order in `long` and both end alike: 住建局 in 住房和城乡建设局. */
function abbreviates(short: string, long: string): boolean {
  return short.at(-1) === long.at(-1) && keepsOrder(short, long);
}

/** A unit no document mentions, as written, by alias, or abbreviated (港口局 for 港口管理局): 住建局, 交警支队. */
function missingUnit(input: NotHeldInput, known: (t: string) => boolean): string | undefined {
  // Gathered only for a name the texts do not hold as written (most questions name none).
  let units: string[] | undefined;
  for (const { name } of namesWith(input, UNIT_SUFFIX_WORDS, UNIT_WORD)) {
    if (PLACE_CENTER.test(name)) continue;
    const aliases = input.aliases.groupsOf(name).flatMap((g) => g.terms);
    if (known(name) || aliases.some((a) => known(norm(a))) || (units ??= unitsNamed(input)).some((u) => abbreviates(name, u))) continue;
    return `关于“${name}”的内容（文件中没有提到这个单位）`;
  }
  return undefined;
}

/** Every unit the knowledge base names (duty matrix, facts, issuers, addressees), normalised. */
function unitsNamed(input: NotHeldInput): string[] {
  return [
    ...input.duties.flatMap((d) => [...d.lead, ...d.cooperate]),
    ...input.allFacts.flatMap((f) => (f.org ? [f.org] : [])),
    ...[...input.documents.values()].flatMap((d) => [...(d.issuers ?? []), ...(d.addressees ?? [])]),
  ].map(norm);
}

/** A place no document names (新塘港区); only where no national text could still answer instead. */
function missingPlace(input: NotHeldInput, known: (t: string) => boolean): string | undefined {
  if ([...input.documents.values()].some((d) => d.place === NATIONAL)) return undefined;
  for (const { name, stem } of namesWith(input, PLACE_SUFFIX_WORDS)) {
    if (known(name) || known(stem)) continue;
    return `关于${name}的规定（知识库中没有${name}的文件）`;
  }
  return undefined;
}

/**
 * The first thing the question names that the knowledge base does not hold, phrased to follow 文件中没有找到;
 * `year` when it is a year the documents do not reach or a text of a date before the held one, whose rules the
 * nearest clauses must not seem to give.
 */
export function notHeld(input: NotHeldInput): { missing: string; year?: true } | undefined {
  const known = corpusText(input);
  const year = missingYear(input);
  const version = missingVersion(input);
  const missing = missingArticle(input) ?? missingClauseNumber(input) ?? missingDocNumber(input, known) ?? missingStandard(input) ?? missingTitle(input, known) ?? version ?? year ?? missingUnit(input, known) ?? missingPlace(input, known) ?? missingLocalDocument(input);
  // a year or a version not held: the nearest clauses must not seem to give that time's rule
  return missing === undefined ? undefined : { missing, ...(missing === year || missing === version ? { year: true as const } : {}) };
}
