/**
 * Chinese numerals, written once: the characters, the character sets the patterns of this folder are
 * built from, and the conversions both ways. 一百零三 → 103, 12 → 十二.
 */

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 一 to 十: the numerals of outline counters (二、 （三） 十一、), 一是 ordinals and 第N条之一. A counter
 * never needs 百, 零 or 两, so patterns that use only these characters do not read 两、 as a heading.
 */
export const CN_SMALL = '一二三四五六七八九十';

/** 两: “two” in counts (两个, 每两年), accepted only where a pattern reads amounts, not counters. */
export const CN_LIANG = '两';

/** 一…十 and 两: the numerals of a count (两次, 分四个阶段, 每两年), never 百 or 零. */
export const CN_COUNT_CHARS = `${CN_SMALL}${CN_LIANG}`;

/** Every character chineseToNumber reads: 一…十, 百, 千, 零, 〇, 两 (as in 第一百零三条). */
export const CN_NUMERAL_CHARS = `${CN_SMALL}百千零〇${CN_LIANG}`;

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

/** ① to ⑳ in order; the position + 1 is the number. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ③ → 3; 0 for a character that is not a circled number. */
export function circledToNumber(ch: string): number {
  return CIRCLED.indexOf(ch) + 1;
}
