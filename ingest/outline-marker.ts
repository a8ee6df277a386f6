/**
 * Recognises the numbering that opens a structural unit of a Chinese official document or law.
 */
import type { ClauseKind } from '../core/schemas.js';
import { OUTLINE_RULES, chineseToNumber, circledToNumber } from '../core/text/zh/index.js';

export interface Marker {
  kind: ClauseKind;
  /** The number the marker carries (一 → 1, （三） → 3, 第十二条 → 12). */
  number: number;
  /** The marker as written, e.g. `二、`, `（三）`, `3.`, `第十二条`. */
  marker: string;
  /** Lower ranks enclose higher ones. */
  rank: number;
}

/**
 * The marker at the start of a paragraph, if any. Inside an article, （一） is an item (项) and
 * 1. a sub-item: laws number their items so, and they rank below the article, not as outline headings.
 */
export function parseMarker(paragraph: string, inArticle: boolean): Marker | undefined {
  for (const rule of OUTLINE_RULES) {
    const m = rule.re.exec(paragraph);
    if (!m) continue;
    const raw = m[1] ?? '';
    const number = rule.kind === 'outline5' ? circledToNumber(raw) : raw === '' ? 1 : chineseToNumber(raw);
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
