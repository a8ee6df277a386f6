import { describe, expect, it } from 'vitest';
import { findDeadlines, joinDeadlines, phaseDeadline } from './deadline.js';

describe('deadlines', () => {
  it('reads framed dates and open-ended wording', () => {
    expect(findDeadlines('到2019年12月底，所有列入搬迁改造计划的企业完成搬迁')).toEqual([{ text: '到2019年12月底', date: '2019-12' }]);
    expect(findDeadlines('2020年12月底前，完成对产业区的摸排梳理')).toEqual([{ text: '2020年12月底前', date: '2020-12' }]);
    expect(findDeadlines('于2021年6月30日前完成')).toEqual([{ text: '于2021年6月30日前', date: '2021-06-30' }]);
    expect(findDeadlines('此项工作长期坚持，每年年底前报送总结')).toEqual([{ text: '长期坚持' }, { text: '每年年底前' }]);
  });

  it('reads a month of the document’s year framed by 前, in text order, and no bare date', () => {
    expect(findDeadlines('开展专项打击行动，9月底前完成；6月30日前报县安委办')).toEqual([{ text: '9月底前' }, { text: '6月30日前' }]);
    expect(findDeadlines('于2026年9月底前完成，本通知自5月1日起施行')).toEqual([{ text: '于2026年9月底前', date: '2026-09' }]);
  });

  it('ignores bare dates and years inside titles', () => {
    expect(findDeadlines('从2020年6月至2022年12月，分四个阶段进行')).toEqual([]);
    expect(findDeadlines('认真落实《安全应急装备重点领域发展行动计划（2023—2025年前）》')).toEqual([]);
  });

  it('reads a phase from a heading, dated by its end', () => {
    expect(phaseDeadline('（二）排查整治(2020年7月至12月)')).toEqual({ text: '2020年7月至12月', date: '2020-12' });
    expect(phaseDeadline('（三）集中攻坚(2021年)')).toEqual({ text: '2021年', date: '2021' });
    expect(phaseDeadline('（一）加强组织领导')).toBeUndefined();
  });

  it('joins several with ；, dated by the first dated one', () => {
    expect(joinDeadlines([{ text: '长期坚持' }, { text: '2021年底前', date: '2021' }])).toEqual({ text: '长期坚持；2021年底前', date: '2021' });
    expect(joinDeadlines([])).toBeUndefined();
  });
});
