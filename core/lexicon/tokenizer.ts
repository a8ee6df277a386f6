/**
 * Chinese tokenisation for retrieval: jieba search-mode words (with the domain dictionary and every
 * alias term) plus CJK character bigrams. Both index and query go through the same tokenizer, so a
 * term matches only if both sides cut it the same way; bigrams catch what the cutter misses (a word
 * the dictionary lacks, extraction damage such as 依法行\n\n政).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Bigram terms carry this prefix so they never collide with a two-character word. */
export const BIGRAM_PREFIX = '~';

/** Frequency given to alias terms that are not in the domain dictionary; high enough to win over a split. */
export const ALIAS_FREQ = 20000;

// Matches one CJK ideograph, e.g. 民 in 民爆.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
// Matches a maximal run of CJK ideographs, e.g. 民爆生产 in “民爆生产、销售”.
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
// A token worth keeping has a letter or digit, e.g. 民爆 or 24; drops “、” and “（”.
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** NFKC and lower-case: full-width digits and letters become ASCII, 第２１条 → 第21条. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
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

/** True when the term is a bigram produced by cjkBigrams. */
export function isBigram(term: string): boolean {
  return term.startsWith(BIGRAM_PREFIX);
}

/** True when the string contains a CJK ideograph. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** What a tokenizer is built from: dictionary lines (`词 频次 词性`), extra words, stop words. */
export interface TokenizerData {
  /** Lines of the domain dictionary, in jieba's user-dictionary format. */
  dictionary: readonly string[];
  /** Words the cutter must keep whole (alias terms), added with ALIAS_FREQ unless the dictionary has them. */
  words: readonly string[];
  stopwords: readonly string[];
}

/** jieba with the domain dictionary, and the stop words; one per lexicon. */
export class Tokenizer {
  readonly #jieba: Jieba;
  /** Domain words (dictionary + aliases), used to surface long sub-words search mode omits. */
  readonly #domain: Set<string>;
  readonly #stopwords: Set<string>;
  /** Length of the longest domain word: no longer slice of a token can be one, so none is looked up. */
  readonly #longestDomainWord: number;

  constructor(data: TokenizerData) {
    this.#jieba = Jieba.withDict(dict);
    this.#domain = new Set(data.dictionary.map((l) => l.split(/\s+/u)[0]!.normalize('NFKC').toLowerCase()));
    const extra = data.words.filter((w) => !this.#domain.has(w));
    for (const w of extra) this.#domain.add(w);
    this.#longestDomainWord = [...this.#domain].reduce((most, w) => Math.max(most, w.length), 0);
    const userDict = [...data.dictionary, ...extra.map((w) => `${w} ${ALIAS_FREQ} n`)].join('\n');
    this.#jieba.loadDict(Buffer.from(userDict + '\n'));
    this.#stopwords = new Set(data.stopwords.map((w) => w.normalize('NFKC')));
  }

  /** Every search-mode word of the text, stopwords included, punctuation and spaces removed. */
  segment(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.#jieba.cutForSearch(normalizeForSearch(text), false)) {
      const w = raw.trim();
      if (w === '' || !HAS_WORD_CHAR.test(w)) continue;
      out.push(w);
      if (w.length > 4) out.push(...this.#longSubwords(w));
    }
    return out;
  }

  /** The text cut once into words (no overlapping sub-words), punctuation dropped: names are read from it. */
  cut(text: string): string[] {
    return this.#jieba.cut(normalizeForSearch(text), false).map((w) => w.trim()).filter((w) => w !== '' && HAS_WORD_CHAR.test(w));
  }

  /** True for a function word or question word that carries no retrieval signal (的, 哪个, 多久). */
  isStopword(word: string): boolean {
    return this.#stopwords.has(word);
  }

  /** Search-mode words without stopwords. */
  tokenizeWords(text: string): string[] {
    return this.segment(text).filter((w) => !this.isStopword(w));
  }

  /** Index terms of a text: search-mode words without stopwords, then CJK bigrams. Repeats are kept (they are term frequency). */
  tokenize(text: string): string[] {
    return [...this.tokenizeWords(text), ...cjkBigrams(text)];
  }

  /**
   * Domain words of four or more characters inside a longer token. Search mode only adds the
   * two- and three-character sub-words, so without this 隐患排查 would not match 隐患排查治理.
   * Only slices up to the longest domain word's length are looked up: linear in the token's length, where
   * trying every slice was cubic (a 2,000-character URL took seconds per question).
   */
  #longSubwords(token: string): string[] {
    const out: string[] = [];
    const longest = Math.min(this.#longestDomainWord, token.length - 1);
    for (let len = 4; len <= longest; len++) {
      for (let i = 0; i + len <= token.length; i++) {
        const sub = token.slice(i, i + len);
        if (this.#domain.has(sub)) out.push(sub);
      }
    }
    return out;
  }
}
