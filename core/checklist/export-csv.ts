/**
 * The checklist as CSV (RFC 4180, CRLF, cells safe from formula injection) with a UTF-8 byte order mark, so
 * Excel opens the Chinese correctly.
 */
import type { Checklist } from '../schemas.js';
import { csvField } from '../text/csv-field.js';
import { COLUMNS, rowOf } from './checklist-rows.js';

export const BOM = '\uFEFF';

/** Header then one line per item; a group column comes after 序号 so a filter can pick one group. */
export function exportCsv(checklist: Checklist): string {
  const header = [COLUMNS[0], '分组', ...COLUMNS.slice(1)];
  const rows = checklist.items.map((item) => {
    const [n, ...rest] = rowOf(item);
    return [n!, item.group, ...rest];
  });
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
