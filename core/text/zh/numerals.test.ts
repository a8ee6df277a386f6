import { describe, expect, it } from 'vitest';
import { CN_COUNT_CHARS, CN_NUMERAL_CHARS, CN_SMALL, chineseToNumber, circledToNumber, numberToChinese } from './numerals.js';

describe('chineseToNumber and numberToChinese', () => {
  it.each([
    [1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [21, '二十一'], [100, '一百'], [103, '一百零三'], [119, '一百一十九'],
  ] as const)('%i ⇄ %s', (n, s) => {
    expect(numberToChinese(n)).toBe(s);
    expect(chineseToNumber(s)).toBe(n);
  });

  it.each([
    ['两', 2], ['〇', 0], ['12', 12], ['１２', 12], [' 十二 ', 12], ['三千', 3000],
  ] as const)('reads %s as %i', (s, n) => expect(chineseToNumber(s)).toBe(n));

  it.each(['条', '', '十二条', '2.5', 'ⅲ'])('%j is no number', (s) => expect(chineseToNumber(s)).toBeNaN());
});

describe('circledToNumber', () => {
  it.each([['①', 1], ['⑨', 9], ['⑳', 20]] as const)('%s → %i', (ch, n) => expect(circledToNumber(ch)).toBe(n));
  it.each(['㉑', '1', '（1）'])('%s is not a circled number', (ch) => expect(circledToNumber(ch)).toBe(0));
});

describe('numeral character sets', () => {
  it.each([
    ['CN_SMALL', CN_SMALL, '一二三四五六七八九十', '百千零〇两'],
    ['CN_COUNT_CHARS', CN_COUNT_CHARS, '一十两', '百千零〇'],
    ['CN_NUMERAL_CHARS', CN_NUMERAL_CHARS, '一十百千零〇两', '万亿'],
  ] as const)('%s holds %s, not %s', (_, set, inside, outside) => {
    for (const ch of inside) expect(set).toContain(ch);
    for (const ch of outside) expect(set).not.toContain(ch);
  });

  it('every numeral character is read by chineseToNumber', () => {
    for (const ch of CN_NUMERAL_CHARS) expect(chineseToNumber(ch)).not.toBeNaN();
  });
});
