import { describe, expect, it } from 'vitest';
import { askedDate } from './dates.js';

describe('askedDate', () => {
  it.each([
    ['2025年7月以后那个细则对我们适用吗？', '2025-07-01'],
    ['2025年8月1日起多久查一次？', '2025-08-01'],
    ['2021年的时候罚款是多少？', '2021-12-31'],
    ['2025年6月以前是哪个科牵头？', '2025-06-30'],
    ['2024年2月的时候呢', '2024-02-29'],
    ['2025年6月30日之前按什么执行', '2025-06-30'],
  ])('%s → %s', (q, date) => expect(askedDate(q)).toBe(date));

  it.each(['现在多久搞一次？', '7月以后呢？', '2025年底前要完成什么？', '于2025年5月20日前报送'])('names no date: %s', (q) => expect(askedDate(q)).toBeUndefined());
});
