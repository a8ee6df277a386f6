import { describe, expect, it } from 'vitest';
import { findFrequencies, mainFrequency } from './frequency.js';

const first = (s: string) => findFrequencies(s)[0]?.frequency;

describe('findFrequencies', () => {
  it('reads the interval and the times, arabic or Chinese', () => {
    expect(first('民爆生产销售企业每月至少1次')).toEqual({ text: '每月至少1次', per: 'month', times: 1, atLeast: true });
    expect(first('生产经营单位主要负责人要每季度带队对本单位至少开展1次重大事故隐患排查检查')).toEqual({ text: '每季度至少1次', per: 'quarter', times: 1, atLeast: true });
    expect(first('每年组织2次以上综合应急演练')).toEqual({ text: '每年2次以上', per: 'year', times: 2, atLeast: true });
    expect(first('每5年至少组织开展一次评估')).toEqual({ text: '每5年至少一次', per: 'years', every: 5, times: 1, atLeast: true });
    expect(first('每半年开展两次演练')).toEqual({ text: '每半年两次', per: 'half-year', times: 2 });
    expect(first('公司级每天要到生产区检查')).toEqual({ text: '每天', per: 'day' });
    expect(first('每周一次例会')).toEqual({ text: '每周一次', per: 'week', times: 1 });
    expect(first('对餐饮用户每两个月至少上门安全检查一次')).toEqual({ text: '每两个月至少一次', per: 'month', every: 2, times: 1, atLeast: true });
    expect(first('每个月检查一次')).toEqual({ text: '每月一次', per: 'month', times: 1 });
  });

  it('keeps 定期 without an interval and does not read 每年年底前 or 每一名 as a frequency', () => {
    expect(findFrequencies('定期组织企业开展自查互查').map((h) => h.frequency)).toEqual([{ text: '定期' }]);
    expect(findFrequencies('每年年底前报送总结，落实每一名从业人员的责任')).toEqual([]);
  });

  it('prefers a stated interval over 定期 as the main frequency', () => {
    expect(mainFrequency(findFrequencies('定期检查企业应急准备，每年组织2次以上综合应急演练'))?.text).toBe('每年2次以上');
  });
});
