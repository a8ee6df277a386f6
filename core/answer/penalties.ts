/**
 * What a breach costs. Laws put a duty in one article (第三十三条（三）不得在楼梯间…充电) and its penalty in
 * another (违反本条例第三十三条第三项规定的…处以二百元罚款). A question about a penalty is matched to the duty
 * in the user's words; the sentences that punish that provision are brought in beside it, ranked with it. A
 * penalty article that lists the conduct as items (有下列行为之一的，…处…罚款：（一）…) gives its lead sentence.
 */
import type { Clause, DocumentMeta } from '../schemas.js';
import { ARTICLE_NUMBER, ARTICLE_PATH_ELEMENT, CONTINUES_PENALTY, EARLIER_ITEMS, ITEM_NUMBER, ITEM_START, PENALTY_BOILERPLATE, PROVISION, REFERS_PENALTY, STATES_PENALTY, VIOLATED_PROVISIONS, chineseToNumber, splitSentences } from '../text/zh/index.js';
import { cjkBigrams } from '../lexicon/tokenizer.js';
import { titleCore } from '../kb/overrides.js';
import type { ScoredSentence } from './evidence.js';
import { groupBy } from '../group-by.js';

interface Penalty {
  clause: Clause;
  text: string;
  /** The number of the 项 it punishes; undefined when it punishes the whole article or a 款. */
  item?: number;
}

/** Conduct sentences whose penalties are looked up: the best few. */
const TOP = 3;
/** …and those among the best this many that the law links to a penalty. */
const LISTED_TOP = 8;
/** A linked penalty ranks just below the conduct sentence that brought it. */
const LINKED_SHARE = 0.95;
/** How much the question's words in a linked penalty move it among penalties of the same conduct. */
const ASKED_TIE = 0.05;

/**
 * A penalty sentence with the sentences it runs on in: the one before when it continues it (逾期不改正的，处…罚款
 * says whose breach only with the sentence before), and those after that continue it (…责令改正；拒不改正的，处…).
 */
export function penaltySpan(clause: Clause, text: string): string {
  const sentences = splitSentences(clause.text);
  const at = sentences.findIndex((x) => x.text === text);
  if (at === -1) return text;
  let first = at;
  if (CONTINUES_PENALTY.test(text) && at > 0) first = at - 1;
  let last = at;
  while (last + 1 < sentences.length && CONTINUES_PENALTY.test(sentences[last + 1]!.text)) last++;
  return clause.text.slice(sentences[first]!.start, sentences[last]!.start + sentences[last]!.text.length);
}

const cache = new WeakMap<readonly Clause[], ReadonlyMap<string, readonly Penalty[]>>();

/** Penalty sentences by the provision they punish (`docId|article number`), read once per clause list. */
function penaltiesByProvision(clauses: readonly Clause[]): ReadonlyMap<string, readonly Penalty[]> {
  let got = cache.get(clauses);
  if (got) return got;
  const map = new Map<string, Penalty[]>();
  for (const clause of clauses) {
    if (!clause.text.includes('违反本')) continue;
    for (const s of splitSentences(clause.text)) {
      for (const m of s.text.matchAll(VIOLATED_PROVISIONS)) {
        for (const p of m[1]!.matchAll(PROVISION)) {
          const key = `${clause.docId}|${chineseToNumber(p[1]!.slice(1, -1))}`;
          const item = p[3] === '项' ? chineseToNumber(p[2]!) : undefined;
          map.set(key, [...(map.get(key) ?? []), { clause, text: penaltySpan(clause, s.text), ...(item !== undefined ? { item } : {}) }]);
        }
      }
    }
  }
  cache.set(clauses, map);
  return map;
}

/**
 * The lead of a penalty article that lists the conduct as items (有下列行为之一的，责令改正；拒不改正的，处…罚款：),
 * with the sentences its penalty runs on in; undefined when the clause does not open with one.
 */
function listLead(clause: Clause): string | undefined {
  const first = splitSentences(clause.text)[0];
  const lead = first && penaltySpan(clause, first.text);
  return lead && STATES_PENALTY.test(lead) && /下列/u.test(lead) ? lead : undefined;
}

/** The article number of a clause, from its heading path (第三十三条). */
function articleOf(clause: Clause): number | undefined {
  const label = [...clause.path].reverse().map((p) => ARTICLE_PATH_ELEMENT.exec(p)?.[0]).find((x) => x !== undefined);
  return label ? chineseToNumber(label.slice(1, -1)) : undefined;
}


/** Shared conduct words needed to take another text's penalty for a referred one (超量存放气瓶: 超量, 存放, 气瓶…), and their share of the conduct's. */
const REFERRAL_OVERLAP = 3;
const REFERRAL_SHARE = 0.5;
/** Referrals followed from one penalty: 办法 → 条例 → 法. */
const REFERRAL_HOPS = 2;

/**
 * The penalty sentence of the text a referral names (依照《…条例》的有关规定处罚) that punishes the same conduct:
 * the in-force sentence of that text stating a penalty (or the lead of a penalty article with its item that names
 * the conduct) sharing the most conduct words with the referral, if it shares enough.
 */
function referredPenalty(referral: string, clauses: readonly Clause[], documents: ReadonlyMap<string, DocumentMeta>, inForce: (c: Clause) => boolean, asked: (text: string) => number): { clause: Clause; texts: string[] } | undefined {
  const [, named, article] = REFERS_PENALTY.exec(referral) ?? [];
  if (!named) return undefined;
  const docIds = new Set([...documents.values()].filter((d) => titleCore(d.title).includes(titleCore(named)) || titleCore(named).includes(titleCore(d.title))).map((d) => d.id));
  if (docIds.size === 0) return undefined;
  // the conduct: what the referral says before 依照, without its own article and the provisions it cites
  // (each conduct of a list on its own: 未配备…，或者未投保…的)
  const said = referral.slice(0, referral.search(REFERS_PENALTY)).replace(VIOLATED_PROVISIONS, '').replace(ARTICLE_NUMBER, '');
  const conducts = said.split(/[，,；;]|或者/u).map((part) => new Set(cjkBigrams(part).filter((b) => !PENALTY_BOILERPLATE.test(b)))).filter((c) => c.size > 0);
  // a referral may list several conducts (未配备…，或者未投保…的): the one the question asks about decides
  let best: { clause: Clause; texts: string[]; score: number } | undefined;
  // (a referral naming the article, 依照《…条例》第二十六条的规定处罚, is that article's penalty, whatever its words)
  const articleNamed = article === undefined ? undefined : chineseToNumber(article);
  for (const clause of clauses) {
    if (!docIds.has(clause.docId) || !inForce(clause) || (articleNamed !== undefined && articleOf(clause) !== articleNamed)) continue;
    const lead = listLead(clause);
    for (const sentence of splitSentences(clause.text)) {
      const states = STATES_PENALTY.test(sentence.text) && !REFERS_PENALTY.test(sentence.text);
      const item = ITEM_START.test(sentence.text) && lead !== undefined;
      if (!states && !item) continue;
      const words = new Set(cjkBigrams(sentence.text));
      for (const conduct of conducts) {
        const shared = [...conduct].filter((b) => words.has(b)).length;
        const score = (shared / conduct.size) * (1 + asked(sentence.text));
        const enough = articleNamed !== undefined ? states : shared >= REFERRAL_OVERLAP && shared / conduct.size >= REFERRAL_SHARE;
        if (enough && (best === undefined || score > best.score)) best = { clause, texts: item ? [lead!, sentence.text] : [penaltySpan(clause, sentence.text)], score };
      }
    }
  }
  return best;
}

/**
 * The penalties the law itself links to a sentence: an item of a penalty article brings its lead (（一）在居民住宅区内占用
 * 消防车通道的； ← 有下列行为之一的，…罚款：) and a sentence punishing that item (个人有前款第二项…的，处…); any sentence brings
 * the penalties that name its article (and its 项, if it is one).
 */
function lawLinked(s: ScoredSentence, byProvision: ReadonlyMap<string, readonly Penalty[]>): Array<{ clause: Clause; text: string }> {
  const out: Array<{ clause: Clause; text: string }> = [];
  const startItem = ITEM_START.exec(s.text)?.[1];
  const item = startItem !== undefined ? chineseToNumber(startItem) : undefined;
  const lead = item !== undefined ? listLead(s.clause) : undefined;
  if (lead && lead !== s.text) {
    out.push({ clause: s.clause, text: lead });
    for (const other of splitSentences(s.clause.text)) {
      const items = EARLIER_ITEMS.exec(other.text)?.[1];
      if (items && STATES_PENALTY.test(other.text) && [...items.matchAll(ITEM_NUMBER)].some((m) => chineseToNumber(m[1]!) === item)) out.push({ clause: s.clause, text: penaltySpan(s.clause, other.text) });
    }
  }
  const article = articleOf(s.clause);
  for (const p of article === undefined ? [] : (byProvision.get(`${s.clause.docId}|${article}`) ?? [])) {
    if (p.item === undefined || item === undefined || p.item === item) out.push({ clause: p.clause, text: p.text });
  }
  return out;
}

/**
 * The scored sentences with the penalties of the best conduct sentences ranked beside them; a penalty left to
 * another text (依照《…》的有关规定处罚) brings that text's penalty for the same conduct, if it is held (`referrals`:
 * the documents, which clauses are in force, and how much of the question a sentence covers).
 */
export function withPenalties(scored: readonly ScoredSentence[], clauses: readonly Clause[], referrals?: { documents: ReadonlyMap<string, DocumentMeta>; inForce: (c: Clause) => boolean; asked: (text: string) => number }, perDoc = false): ScoredSentence[] {
  const byProvision = penaltiesByProvision(clauses);
  // asked across levels (罚多少？国家怎么罚), each document's best conduct sentences bring their penalties
  // (one a little lower still does when the law itself links it to a penalty: （三）在楼梯间…充电 ← 违反本条例第三十三条第三项)
  const groups = perDoc ? [...groupBy(scored, (s) => s.clause.docId).values()] : [scored];
  const links = groups.flatMap((xs) => xs.slice(0, LISTED_TOP).map((s) => ({ s, penalties: lawLinked(s, byProvision) })).filter(({ penalties }, i) => i < TOP || penalties.length > 0));
  const out = [...scored];
  // penalties linked to one conduct (单位…罚款, 个人…罚款) are ordered by how much of the question they hold
  const link = (s: ScoredSentence, clause: Clause, text: string, referred = false): void => {
    const linked: ScoredSentence = { clause, text, rank: s.rank, score: s.score * LINKED_SHARE * (1 + ASKED_TIE * (referrals?.asked(text) ?? 0)), coverage: s.coverage, punishes: s.text, ...(referred ? { referredBy: s } : {}) };
    const at = out.findIndex((x) => x.clause.id === clause.id && x.text === text);
    if (at === -1) out.push(linked);
    else if (out[at]!.score < linked.score) out[at] = linked;
  };
  for (const { s, penalties } of links) for (const p of penalties) link(s, p.clause, p.text);
  for (let hop = 0; referrals && hop < REFERRAL_HOPS; hop++) {
    for (const s of [...out].sort((a, b) => b.score - a.score).slice(0, TOP + 1)) {
      const referred = REFERS_PENALTY.test(s.text) ? referredPenalty(s.text, clauses, referrals.documents, referrals.inForce, referrals.asked) : undefined;
      for (const text of referred?.texts ?? []) link(s, referred!.clause, text, true);
    }
  }
  return out.sort((a, b) => b.score - a.score);
}
