import { describe, expect, it } from 'vitest';
import { chineseToNumber, norm, numberToChinese } from './normalize.js';

describe('norm', () => {
  it('folds full-width punctuation and drops whitespace and markdown stars', () => {
    expect(norm('要加强库房储存管理，严禁 超量存储')).toBe('要加强库房储存管理,严禁超量存储');
    expect(norm('**民爆行业**，区工信局')).toBe('民爆行业,区工信局');
    expect(norm('（２０２４—２０２６年）')).toBe('(2024—2026年)');
  });
});

describe('Chinese numerals', () => {
  it('reads article numbers both ways', () => {
    for (const [n, s] of [[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [21, '二十一'], [100, '一百'], [103, '一百零三'], [119, '一百一十九']] as const) {
      expect(numberToChinese(n)).toBe(s);
      expect(chineseToNumber(s)).toBe(n);
    }
    expect(chineseToNumber('两')).toBe(2);
    expect(chineseToNumber('12')).toBe(12);
    expect(Number.isNaN(chineseToNumber('条'))).toBe(true);
  });
});
