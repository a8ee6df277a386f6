/**
 * Recognises the numbering that opens a structural unit of a Chinese official document or law.
 */
import type { ClauseKind } from '../core/schemas.js';
import { chineseToNumber } from '../core/text/normalize.js';

export interface Marker {
  kind: ClauseKind;
  /** The number the marker carries (一 → 1, （三） → 3, 第十二条 → 12). */
  number: number;
  /** The marker as written, e.g. `二、`, `（三）`, `3.`, `第十二条`. */
  marker: string;
  /** Lower ranks enclose higher ones. */
  rank: number;
}

const CN = '[一二三四五六七八九十百千零〇两]+';
const RULES: Array<{ kind: ClauseKind; rank: number; re: RegExp }> = [
  { kind: 'attachment', rank: 0, re: /^附件\s*(\d*)\s*[:：]?/u }, // 附件1：
  { kind: 'part', rank: 1, re: new RegExp(`^第(${CN}|\\d+)编`, 'u') }, // 第一编
  { kind: 'chapter', rank: 2, re: new RegExp(`^第(${CN}|\\d+)章`, 'u') }, // 第一章 总则
  { kind: 'section', rank: 3, re: new RegExp(`^第(${CN}|\\d+)节`, 'u') }, // 第二节
  { kind: 'article', rank: 4, re: new RegExp(`^第(${CN}|\\d+)条(?:之[一二三四五六七八九十]+)?(?=[\\s　]|$|[\\p{Script=Han}（(“])`, 'u') }, // 第十二条 生产经营单位…
  { kind: 'outline1', rank: 5, re: /^([一二三四五六七八九十]+)、/u }, // 二、主要任务
  { kind: 'outline2', rank: 6, re: /^[（(]([一二三四五六七八九十]+)[）)]\s*/u }, // （三）深化… / (九) 多措并举
  { kind: 'outline3', rank: 7, re: /^(\d{1,2})[.．、](?!\d)\s*/u }, // 3.突出重大安全风险管控
  { kind: 'outline4', rank: 8, re: /^[（(](\d{1,2})[）)]\s*/u }, // （1）
  { kind: 'outline5', rank: 9, re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/u }, // ①
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The marker at the start of a paragraph, if any. Inside an article, （一） is an item (项) and
 * 1. a sub-item: laws number their items so, and they rank below the article, not as outline headings.
 */
export function parseMarker(paragraph: string, inArticle: boolean): Marker | undefined {
  for (const rule of RULES) {
    const m = rule.re.exec(paragraph);
    if (!m) continue;
    const raw = m[1] ?? '';
    const number = rule.kind === 'outline5' ? CIRCLED.indexOf(raw) + 1 : raw === '' ? 1 : chineseToNumber(raw);
    if (Number.isNaN(number)) continue;
    const marker = m[0].trim();
    if (inArticle && (rule.kind === 'outline2' || rule.kind === 'outline3' || rule.kind === 'outline4')) {
      return { kind: 'item', number, marker, rank: rule.kind === 'outline2' ? 4.6 : 4.8 };
    }
    return { kind: rule.kind, number, marker, rank: rule.rank };
  }
  return undefined;
}

/** Rank of an article's 款: below the article, above its 项. */
export const PARAGRAPH_RANK = 4.3;
