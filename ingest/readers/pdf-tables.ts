/**
 * Tables drawn in a PDF (cell borders), which pdf.js finds as grids (pdf-parse `getTable`), put back into the
 * page text in place of their flattened cells: a page's text runs a row's cells together and a wrapped cell's
 * lines apart (`1港口危险货物作业企业安全条件` / `复核` / `市港口管理局市应急管理局、市` …), so no reader can
 * tell which unit leads which task. A grid replaces the page's text only where that text holds exactly the
 * grid's characters, in one stretch from its header on; anything else (a box around a paragraph, a grid
 * whose text pdf.js placed elsewhere) leaves the page as extracted.
 */
import { tableLines } from './table-lines.js';

/** A cell's wrapped lines rejoined: Chinese runs on, two Latin or digit ends get a space. */
function cellText(cell: string): string {
  return cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce((s, l) => (s && /[A-Za-z0-9]$/u.test(s) && /^[A-Za-z0-9]/u.test(l) ? `${s} ${l}` : s + l), '');
}

const sorted = (s: string) => [...s].sort().join('');

/** Characters a page may hold before a table that continues the one on the page before: its running header. */
const RUNNING_HEADER_MAX = 60;

/**
 * The page text with each of its grids (rows of cells, the first the header) as table lines. A grid whose header
 * is `continued` (the last header of the page before: a table running over a page break repeats it) adds its
 * rows to that table, without a header line of its own. Returns the text and the last header written.
 */
export function withPdfTables(text: string, grids: ReadonlyArray<ReadonlyArray<readonly string[]>>, continued?: string): { text: string; header?: string } {
  let out = text;
  let header = continued;
  for (const grid of grids) {
    const rows = grid.map((r) => r.map(cellText));
    if (rows.length < 2 || (rows[0]?.length ?? 0) < 2) continue;
    // where each non-space character of the page text stands
    const at: number[] = [];
    let compact = '';
    for (let i = 0; i < out.length; i++) {
      if (/\s/u.test(out[i]!)) continue;
      at.push(i);
      compact += out[i];
    }
    const cells = rows.flat().join('').replace(/\s/gu, '');
    const start = compact.indexOf(rows[0]!.join('').replace(/\s/gu, ''));
    if (start < 0 || sorted(compact.slice(start, start + cells.length)) !== sorted(cells)) continue;
    const from = at[start]!;
    const to = at[start + cells.length - 1]! + 1;
    const lines = tableLines(rows[0]!, rows.slice(1));
    const key = lines[0]!;
    // a continuation opens its page (nothing before it but a running header); the same header further down is a new table
    const continues = key === header && start <= RUNNING_HEADER_MAX;
    out = `${out.slice(0, from)}\n${(continues ? lines.slice(1) : lines).join('\n')}\n${out.slice(to)}`;
    header = key;
  }
  return { text: out, ...(header !== undefined ? { header } : {}) };
}
