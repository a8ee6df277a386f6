/**
 * A table as the cleaner and the duty reader expect it, whatever format it came from: a `【表格】` line with
 * the header names joined by `｜`, then one `header：value；…` line per row (empty cells left out). A row with
 * only its first cell filled with a numbered heading, in a table of three columns or more (| **一、安全管理** | | |),
 * is a group's heading:
 * it stands as a line of its own and the table goes on under it, as a Word row spanning the table does.
 */
import { HEADING_NUMBERING, TABLE_MARK } from '../../core/text/zh/index.js';

export function tableLines(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const out = [TABLE_MARK + head.filter((h) => h !== '').join('｜')];
  for (const row of rows) {
    if (head.length >= 3 && row[0] && HEADING_NUMBERING.test(row[0]) && row.slice(1).every((v) => v === '')) {
      out.push(row[0], out[0]!);
      continue;
    }
    const parts = row.flatMap((v, c) => (v === '' ? [] : [head[c] ? `${head[c]}：${v}` : v]));
    if (parts.length > 0) out.push(parts.join('；'));
  }
  return out;
}
