import { describe, expect, it } from 'vitest';
import { cjkBigrams } from './tokenizer.js';
import { loadLexicon } from './lexicon.js';

const { tokenizer, aliases } = loadLexicon();
const tokenizeWords = (t: string) => tokenizer.tokenizeWords(t);
const tokenize = (t: string) => tokenizer.tokenize(t);
const isStopword = (w: string) => tokenizer.isStopword(w);

describe('tokenizeWords', () => {
  it('keeps 省经信厅 whole and adds its search-mode sub-word 经信厅, never single characters', () => {
    expect(tokenizeWords('省经信厅关于进一步加强工业行业安全生产管理的通知')).toEqual([
      '经信厅', '省经信厅', '关于', '一步', '进一步', '加强', '工业', '行业', '安全', '生产', '管理', '通知',
    ]);
  });

  it('keeps domain words 民爆, 经信局 and 责任处室 as tokens', () => {
    expect(tokenizeWords('民爆企业')).toEqual(['民爆', '企业', '民爆企业']);
    expect(tokenizeWords('市经信局')).toEqual(['市', '经信局']);
    expect(tokenizeWords('（责任处室：工业园区处）')).toEqual(['责任', '处室', '责任处室', '工业', '园区', '工业园', '工业园区处', '工业园区']);
  });

  it('drops punctuation, function words and question words', () => {
    expect(tokenizeWords('那县里的监管部门在这块要干啥？')).toEqual(['县里', '监管', '部门', '监管部', '监管部门']);
    expect(tokenizeWords('归哪个处管？')).toEqual(['归', '处', '管']);
  });

  it('surfaces domain sub-words of four or more characters that search mode omits', () => {
    expect(tokenizeWords('隐患排查治理')).toEqual(['隐患', '排查', '治理', '隐患排查治理', '隐患排查']);
  });

  it('cuts a 2,000-character ASCII run (a pasted URL) and a 2,000-character CJK run; long tokens are looked up up to the longest domain word, not in every slice', () => {
    const run = 'a1'.repeat(1_000);
    expect(tokenizeWords(`https://example.cn/${run}`)).toEqual(['https', 'example', 'cn', run]);
    const cjk = '隐患排查治理'.repeat(334).slice(0, 2_000);
    const words = tokenizeWords(cjk);
    const counts = Object.fromEntries([...new Set(words)].map((w) => [w, words.filter((x) => x === w).length]));
    expect(counts).toEqual({ 隐患: 334, 排查: 333, 治理: 333, 隐患排查治理: 333, 隐患排查: 333 });
  });

  it('applies NFKC and lower-case: full-width digits and letters become ASCII', () => {
    expect(tokenizeWords('第２１条 ＡＢＣ')).toEqual(['第', '21', '条', 'abc']);
  });

  it('cuts every alias term as one word, so an expanded term can match the index', () => {
    const missing = aliases.vocabulary().filter((term) => !tokenizer.segment(term).includes(term));
    expect(missing).toEqual([]);
  });
});

describe('cjkBigrams and tokenize', () => {
  it('gives prefixed bigrams per CJK run, none across punctuation or digits', () => {
    expect(cjkBigrams('民爆企业')).toEqual(['~民爆', '~爆企', '~企业']);
    expect(cjkBigrams('值班、24小时')).toEqual(['~值班', '~小时']);
  });

  it('returns words then bigrams', () => {
    expect(tokenize('民爆企业')).toEqual(['民爆', '企业', '民爆企业', '~民爆', '~爆企', '~企业']);
  });

  it('knows its stopwords', () => {
    expect(['的', '哪个', '多久', '谁', '吗', '呢', '啥'].map(isStopword)).toEqual([true, true, true, true, true, true, true]);
    expect(isStopword('民爆')).toBe(false);
  });
});

