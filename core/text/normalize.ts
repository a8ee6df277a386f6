/**
 * `norm` of the eval contract: NFKC, then drop all whitespace and `*`.
 * Used wherever two Chinese strings are compared for containment.
 */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/[\s*]/gu, '');
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numeral to integer: 十二 → 12, 一百零三 → 103, 二十 → 20; arabic passes through. NaN if neither. */
export function chineseToNumber(s: string): number {
  const t = s.normalize('NFKC').trim();
  if (/^\d+$/u.test(t)) return Number(t);
  if (t === '') return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      total += (digit === 0 ? 1 : digit) * CN_UNITS[ch]!;
      digit = 0;
    } else return Number.NaN;
  }
  return total + digit;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Integer to Chinese numeral as used in article numbers: 12 → 十二, 103 → 一百零三. */
export function numberToChinese(n: number): string {
  if (n < 10) return SMALL[n]!;
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10]! : '');
  if (n < 100) return SMALL[Math.floor(n / 10)]! + '十' + (n % 10 ? SMALL[n % 10]! : '');
  const rest = n % 100;
  const head = SMALL[Math.floor(n / 100)]! + '百';
  if (rest === 0) return head;
  if (rest < 10) return head + '零' + SMALL[rest]!;
  return head + (rest < 20 ? '一' : '') + numberToChinese(rest);
}
