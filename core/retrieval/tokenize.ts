/**
 * Chinese tokenisation for retrieval: jieba search-mode words (with the domain dictionary)
 * plus CJK character bigrams. Both index and query go through the same functions, so a
 * term matches only if both sides cut it the same way; bigrams catch what the cutter misses
 * (a word the dictionary lacks, extraction damage such as 依法行\n\n政).
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { aliasVocabulary } from './aliases.js';

/** Bigram terms carry this prefix so they never collide with a two-character word. */
export const BIGRAM_PREFIX = '~';

/** Frequency given to alias terms that are not in domain-dict.txt; high enough to win over a split. */
const ALIAS_FREQ = 20000;

// Matches one CJK ideograph, e.g. 民 in 民爆.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
// Matches a maximal run of CJK ideographs, e.g. 民爆生产 in “民爆生产、销售”.
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
// A token worth keeping has a letter or digit, e.g. 民爆 or 24; drops “、” and “（”.
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

interface Lexicon {
  jieba: Jieba;
  /** Domain words (dictionary + aliases), used to surface long sub-words search mode omits. */
  domain: Set<string>;
  stopwords: Set<string>;
}

let lexicon: Lexicon | undefined;

function readData(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

function dataLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Loads jieba's dictionary, the domain dictionary and the stopwords once per process. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const jieba = Jieba.withDict(dict);
  const domainLines = dataLines(readData('domain-dict.txt'));
  const domain = new Set(domainLines.map((l) => l.split(/\s+/u)[0]!.normalize('NFKC').toLowerCase()));
  const extra = aliasVocabulary().filter((w) => !domain.has(w));
  for (const w of extra) domain.add(w);
  const userDict = [...domainLines, ...extra.map((w) => `${w} ${ALIAS_FREQ} n`)].join('\n');
  jieba.loadDict(Buffer.from(userDict + '\n'));
  const stopwords = new Set(dataLines(readData('stopwords.txt')).map((w) => w.normalize('NFKC')));
  lexicon = { jieba, domain, stopwords };
  return lexicon;
}

/** NFKC and lower-case: full-width digits and letters become ASCII, 第２１条 → 第21条. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Domain words of four or more characters inside a longer token. Search mode only adds the
 * two- and three-character sub-words, so without this 隐患排查 would not match 隐患排查治理.
 */
function longSubwords(token: string, domain: Set<string>): string[] {
  const out: string[] = [];
  for (let len = 4; len < token.length; len++) {
    for (let i = 0; i + len <= token.length; i++) {
      const sub = token.slice(i, i + len);
      if (domain.has(sub)) out.push(sub);
    }
  }
  return out;
}

/** Every search-mode word of the text, stopwords included, punctuation and spaces removed. */
export function segment(text: string): string[] {
  const { jieba, domain } = getLexicon();
  const out: string[] = [];
  for (const raw of jieba.cutForSearch(normalizeForSearch(text), false)) {
    const w = raw.trim();
    if (w === '' || !HAS_WORD_CHAR.test(w)) continue;
    out.push(w);
    if (w.length > 4) out.push(...longSubwords(w, domain));
  }
  return out;
}

/** True for a function word or question word that carries no retrieval signal (的, 哪个, 多久). */
export function isStopword(word: string): boolean {
  return getLexicon().stopwords.has(word);
}

/** Search-mode words without stopwords. */
export function tokenizeWords(text: string): string[] {
  return segment(text).filter((w) => !isStopword(w));
}

/** Overlapping character bigrams of each CJK run, prefixed with BIGRAM_PREFIX: 民爆企业 → ~民爆 ~爆企 ~企业. */
export function cjkBigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeForSearch(text).matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 2 <= run.length; i++) out.push(BIGRAM_PREFIX + run.slice(i, i + 2));
  }
  return out;
}

/** Index terms of a text: search-mode words without stopwords, then CJK bigrams. Repeats are kept (they are term frequency). */
export function tokenize(text: string): string[] {
  return [...tokenizeWords(text), ...cjkBigrams(text)];
}

/** True when the term is a bigram produced by cjkBigrams. */
export function isBigram(term: string): boolean {
  return term.startsWith(BIGRAM_PREFIX);
}

/** True when the string contains a CJK ideograph. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
