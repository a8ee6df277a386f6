import { describe, expect, it } from 'vitest';
import type { Clause } from '../schemas.js';
import type { SearchHit } from '../retrieval/search.js';
import { scoreSentences, weightTerms } from './evidence.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';

const article = (text: string, path: string[]): Clause => ({ id: `d#${path.join('/')}`, docId: 'd', path, level: 2, kind: 'article', page: 1, text, start: 0, end: text.length });
const hit = (clause: Clause) => ({ clause, score: 1 }) as unknown as SearchHit;

describe('scoreSentences', () => {
  const duties = article('第四条 网格员履行下列职责：\n\n（一）摸清网格内小微企业底数，建立一企一档；\n\n（二）对网格内小微企业开展日常安全巡查。', ['第四条']);
  const heading = article('一、总体要求\n\n坚持人民至上、生命至上。', ['一、总体要求']);
  const texts = (clause: Clause) => scoreSentences([hit(clause)], new Map([['网格员', 1], ['职责', 1], ['总体要求', 1], ['生命至上', 1]]), 'general').map((s) => s.text);

  it('scores the lead line that announces a list, and skips a bare heading line', () => {
    expect(texts(duties)).toContain('第四条 网格员履行下列职责：');
    expect(texts(heading)).not.toContain('一、总体要求');
  });

  it('keeps a table row written out in an article as one sentence, and a bracketed field list as its own aside', () => {
    const table = article('第十条 检查按照下表规定的频次开展：\n\n检查主体：区城市管理部门；检查对象：大型餐饮场所；检查频次：每半年至少检查一次\n\n检查主体：市城市管理局；检查对象：各区餐饮场所；检查频次：每年至少抽查一次', ['第十条']);
    const weights = new Map([['城市管理部门', 1], ['检查频次', 1]]);
    expect(scoreSentences([hit(table)], weights, 'general').map((s) => s.text)).toContain('检查主体：区城市管理部门；检查对象：大型餐饮场所；检查频次：每半年至少检查一次');
    const task = article('8．加强客运站源头管理。\n（牵头单位：市交通运输局；配合单位：市公安局；完成时限：2026年6月30日前）', ['8']);
    expect(scoreSentences([hit(task)], new Map([['牵头单位', 1]]), 'general').map((s) => s.text)).toContain('（牵头单位：市交通运输局；');
  });

  it('does not take the blank of a form to fill in for something a document says', () => {
    const form = article('附件 烟花爆竹临时零售点安全检查表\n\n零售点名称：＿＿＿＿＿＿检查日期：＿＿＿＿年＿＿月＿＿日\n\n是否按规定设置灭火器材。', ['附件']);
    expect(scoreSentences([hit(form)], new Map([['检查日期', 1], ['零售点', 1]]), 'general').map((s) => s.text).some((t) => t.includes('＿'))).toBe(false);
  });
});

describe('a question in a 一问一答', () => {
  it('scores below its answer, though it repeats the asker’s words', () => {
    const faq = article('问四：把电动自行车在楼道里临时停几分钟，也算违规吗？\n\n答：算。临时停放同样属于违规行为。', ['问四']);
    const ranked = scoreSentences([hit(faq)], new Map([['楼道', 1], ['临时', 1], ['违规', 1], ['几分钟', 1]]), 'general').map((s) => s.text);
    expect(ranked[0]).toBe('临时停放同样属于违规行为。');
  });
});

describe('a sentence that lends the whole text to other things', () => {
  it('scores below a rule on the subject, unless the question asks what applies', () => {
    const lends = article('第二十九条 电动自行车以外的其他电动车辆的停放充电消防安全管理，参照本条例执行。', ['第二十九条']);
    const rule = article('第八条 禁止在楼梯间停放电动自行车。', ['第八条']);
    const weights = new Map([['电动', 1], ['停放', 1], ['充电', 1], ['消防安全', 1], ['楼梯间', 0.5]]);
    expect(scoreSentences([hit(lends), hit(rule)], weights, 'general')[0]!.clause.path).toEqual(['第八条']);
    expect(scoreSentences([hit(lends), hit(rule)], weights, 'applicability')[0]!.clause.path).toEqual(['第二十九条']);
  });
});

describe('weightTerms', () => {
  const clauses = [article('第二十二条 接触矽尘的劳动者，在岗期间职业健康检查每两年至少一次。2025年的时候不变。', ['第二十二条']), article('第一条 为了预防职业病，制定本条例。', ['第一条'])];
  const analysis = { places: [], docHints: [], terms: ['2025年', '时候', '职业健康检查'].map((term) => ({ term, weight: 1 })) } as unknown as QueryAnalysis;

  it('leaves out the words of an asked time, which choose the text in force and are not what it must say', () => {
    expect([...weightTerms(analysis, clauses).keys()]).toEqual(['2025年', '时候', '职业健康检查']);
    expect([...weightTerms(analysis, clauses, true).keys()]).toEqual(['职业健康检查']);
  });
});
