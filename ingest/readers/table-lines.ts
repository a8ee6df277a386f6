/**
 * A table as the cleaner and the duty reader expect it, whatever format it came from: a `【表格】` line with
 * the header names joined by `｜`, then one `header：value；…` line per row (empty cells left out).
 */
import { TABLE_MARK } from '../../core/text/zh/index.js';

export function tableLines(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const out = [TABLE_MARK + head.filter((h) => h !== '').join('｜')];
  for (const row of rows) {
    const parts = row.flatMap((v, c) => (v === '' ? [] : [head[c] ? `${head[c]}：${v}` : v]));
    if (parts.length > 0) out.push(parts.join('；'));
  }
  return out;
}
