/**
 * The table every export shares: 序号 | 检查项目 | 检查内容 | 检查方式 | 依据条款 | 检查结果, one row per item.
 */
import type { Checklist, ChecklistItem, Citation, DocumentMeta } from '../schemas.js';

/** 关于印发《X》的通知 → X; any other title stays whole. */
export function shortTitle(doc: Pick<DocumentMeta, 'title'>): string {
  return /《([^《》]+)》/u.exec(doc.title)?.[1] ?? doc.title;
}

export const COLUMNS = ['序号', '检查项目', '检查内容', '检查方式', '依据条款', '检查结果'] as const;

/** 《short title》 heading › path：“quote”[n] — where the item comes from, enough to find and check it. */
export function basisOf(citation: Citation): string {
  return `《${shortTitle(citation)}》${citation.path.join(' › ')}：“${citation.quote}”[${citation.n}]`;
}

/** 检查内容 with the frequency when the wording does not already carry it. */
export function contentOf(item: ChecklistItem): string {
  return item.frequency && !item.content.includes(item.frequency) ? `${item.content}（频次：${item.frequency}）` : item.content;
}

/** The cells of one item, in COLUMNS order; 检查结果 is left blank for the inspector. */
export function rowOf(item: ChecklistItem): string[] {
  return [String(item.n), item.item, contentOf(item), item.method ?? '', item.citations.map(basisOf).join('\n'), ''];
}

/** Items with the group heading before the first item of each group. */
export function grouped(checklist: Checklist): Array<{ group: string; items: ChecklistItem[] }> {
  const out: Array<{ group: string; items: ChecklistItem[] }> = [];
  for (const item of checklist.items) {
    const last = out.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else out.push({ group: item.group, items: [item] });
  }
  return out;
}

/** 2024-03-26 from an ISO time, for the header of the exports. */
export function dateOf(checklist: Checklist): string {
  return checklist.createdAt.slice(0, 10);
}
