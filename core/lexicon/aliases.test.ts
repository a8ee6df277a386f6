import { describe, expect, it } from 'vitest';
import { SYNONYM_WEIGHT } from './aliases.js';
import { loadLexicon } from './lexicon.js';
import { Bm25Index } from '../retrieval/bm25.js';

const { aliases, tokenizer } = loadLexicon();
const canonicalUnit = (name: string) => aliases.canonicalUnit(name);
const expandTerms = (tokens: readonly string[]) => aliases.expandTerms(tokens);

describe('canonicalUnit', () => {
  it('maps a unit alias to its group key and keeps the level or place before it', () => {
    expect(canonicalUnit('市工信局')).toBe('市工业和信息化局');
    expect(canonicalUnit('区工信局')).toBe('区工业和信息化局');
    expect(canonicalUnit('工信局')).toBe('工业和信息化局');
    expect(canonicalUnit('各市、州经济和信息化局')).toBe('各市、州工业和信息化局');
    expect(canonicalUnit('湖北省经济和信息化厅')).toBe('湖北省工业和信息化厅');
    expect(canonicalUnit('省经信厅')).toBe('省工业和信息化厅');
    expect(canonicalUnit('应急局')).toBe('应急管理局');
    expect(canonicalUnit('市发改委')).toBe('市发展和改革委员会');
    expect(canonicalUnit('威海市文登区工业和信息化局')).toBe('威海市文登区工业和信息化局');
  });

  it('returns other names normalised but unchanged', () => {
    expect(canonicalUnit(' 生态环境局 ')).toBe('生态环境局');
    expect(canonicalUnit('化工处')).toBe('化工处');
  });
});

describe('expandTerms', () => {
  it('adds same-group synonyms below weight 1 and keeps the original at 1', () => {
    const out = expandTerms(['工信局']);
    expect(out[0]).toEqual({ term: '工信局', weight: 1 });
    expect(out).toContainEqual({ term: '工业和信息化局', weight: SYNONYM_WEIGHT });
    expect(out).toContainEqual({ term: '经信部门', weight: SYNONYM_WEIGHT });
  });

  it('adds looser one-way expansions with their own weight', () => {
    expect(expandTerms(['化工厂'])).toContainEqual({ term: '危险化学品企业', weight: 0.5 });
    expect(expandTerms(['废铜烂铁'])).toContainEqual({ term: '废弃资源综合利用业', weight: 0.6 });
    expect(expandTerms(['管委会'])).toContainEqual({ term: '管理委员会', weight: 0.8 });
    expect(expandTerms(['危险化学品企业']).map((t) => t.term)).not.toContain('化工厂');
    // the 消防队 people say is the 消防救援机构 laws name; a 商场 is a 公众聚集场所 (消防法 第七十三条)
    expect(expandTerms(['消防队'])).toContainEqual({ term: '消防救援机构', weight: 0.6 });
    expect(expandTerms(['商场'])).toContainEqual({ term: '公众聚集场所', weight: 0.4 });
    expect(expandTerms(['购物中心']).map((t) => t.term)).toContain('商业综合体');
    // 一天要巡几次: the 巡 people say is the 巡查 rules write
    expect(expandTerms(['巡'])).toContainEqual({ term: '巡查', weight: 0.6 });
    expect(expandTerms(['渔船']).map((t) => t.term)).toContain('渔业船舶');
  });

  it('lets “工信局要干什么” find a clause that only says 工业和信息化局', () => {
    const index = Bm25Index.build(
      [
        { id: 'wendeng', fields: { text: '威海市文登区工业和信息化局关于印发《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》的通知' } },
        { id: 'ningxia', fields: { text: '积极配合相关部门建立城市安全风险信息管理平台，定期对城市安全风险进行辨识评估。' } },
      ],
      { tokenizer: (t) => tokenizer.tokenize(t), fields: { text: { weight: 1 } } },
    );
    const words = tokenizer.tokenizeWords('工信局要干什么');
    expect(words).toEqual(['工信局']);
    expect(index.search(words.map((term) => ({ term, weight: 1 })), 5)).toEqual([]);
    const hits = index.search(expandTerms(words), 5);
    expect(hits.map((h) => h.id)).toEqual(['wendeng']);
    expect(hits[0]!.matched).toEqual(['工业和信息化局']);
  });
});

describe('everyday spellings in the shipped data', () => {
  it.each([
    ['网约车', '网络预约出租汽车'],
    ['危货运输', '危险货物道路运输'],
    ['港务局', '港口管理局'],
  ])('%s is a spelling of %s', (everyday, key) => {
    expect(aliases.groupsOf(everyday).map((g) => g.key)).toContain(key);
  });
});
