/**
 * Flattens an HTML table into one paragraph per row that keeps its column headers, because task tables
 * in notices (序号｜重点任务｜牵头单位｜…) are only meaningful when every value is read with its header:
 * `序号：1；重点任务：开展全覆盖检查；牵头单位：区工信局；配合单位：各镇街；完成时限：2024年12月底`.
 */
import type { HtmlElement } from './parse-html.js';
import { TABLE_MARK } from '../../core/text/zh/index.js';

/** One grid slot. A rowspan repeats the same Cell in the rows below; a colspan fills slots with copies. */
interface Cell {
  text: string;
  /** True for the extra slots of a colspan, which repeat the header name but not a row value. */
  copy: boolean;
  rowspan: number;
}

const EMPTY: Cell = { text: '', copy: false, rowspan: 1 };

function elementChildren(el: HtmlElement): HtmlElement[] {
  return el.children.filter((c): c is HtmlElement => typeof c !== 'string');
}

/** `<tr>`s of this table in order, through thead/tbody/tfoot but not into nested tables. */
function tableRows(el: HtmlElement): HtmlElement[] {
  return elementChildren(el).flatMap((c) => (c.name === 'tr' ? [c] : c.name === 'table' ? [] : tableRows(c)));
}

function span(el: HtmlElement, attr: 'rowspan' | 'colspan'): number {
  const n = parseInt(el.attrs[attr] ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/** Lays rows out on a grid, resolving rowspan/colspan so that every column lines up with its header. */
function buildGrid(rows: HtmlElement[], cellText: (cell: HtmlElement) => string): Cell[][] {
  const grid: Cell[][] = [];
  const carry: Array<{ cell: Cell; left: number } | undefined> = [];
  for (const tr of rows) {
    const out: Cell[] = [];
    let col = 0;
    const placeCarried = (): void => {
      for (let c = carry[col]; c && c.left > 0; c = carry[col]) {
        out[col++] = c.cell;
        c.left--;
      }
    };
    for (const td of elementChildren(tr).filter((c) => c.name === 'td' || c.name === 'th')) {
      placeCarried();
      const text = cellText(td).trim();
      const rowspan = span(td, 'rowspan');
      for (let k = 0; k < span(td, 'colspan'); k++) {
        const cell: Cell = { text, copy: k > 0, rowspan };
        out[col] = cell;
        carry[col] = rowspan > 1 ? { cell, left: rowspan - 1 } : undefined;
        col++;
      }
    }
    placeCarried();
    grid.push(Array.from(out, (c) => c ?? EMPTY));
  }
  fillShortRows(grid);
  return grid;
}

/** A row that ends early lost its last cells to a vertical merge the HTML did not mark; repeat them. */
function fillShortRows(grid: Cell[][]): void {
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const above = grid[r - 1] ?? [];
    for (let c = row.length; c < width; c++) row[c] = above[c] ?? EMPTY;
  }
}

/** A row holding one cell that spans the whole table: a caption first (重点任务分工表), a group's heading later (一、消防安全管理). */
function isCaptionRow(row: Cell[]): boolean {
  return row.length > 1 && row[0]?.text !== '' && row.slice(1).every((c) => c.copy && c.text === row[0]?.text);
}

/** Header name of each column; a header spanning rows of sub-headers gives joined names (责任单位·牵头单位). */
function headerNames(grid: Cell[][], headerRows: number): string[] {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    const names: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = grid[r]?.[c]?.text ?? '';
      if (t && !names.includes(t)) names.push(t);
    }
    return names.join('·');
  });
}

function rowText(row: Cell[], names: string[] | undefined): string {
  const parts: string[] = [];
  row.forEach((cell, c) => {
    if (cell.copy || cell.text === '') return;
    const name = names?.[c] ?? '';
    parts.push(name ? `${name}：${cell.text}` : cell.text);
  });
  return parts.join('；');
}

/**
 * Paragraphs for one table: an optional caption, then `【表格】` with the header names joined by `｜`,
 * then one `header：value；…` paragraph per data row (empty cells omitted). Without a header (a single
 * row, or an empty first row) the line is a bare `【表格】` and each row is its values joined by `；`.
 */
export function tableToParagraphs(table: HtmlElement, cellText: (cell: HtmlElement) => string): string[] {
  const grid = buildGrid(tableRows(table), cellText);
  const out: string[] = [];
  if (grid.length >= 3 && grid[0] && isCaptionRow(grid[0])) out.push(grid.shift()?.[0]?.text ?? '');
  const first = grid[0] ?? [];
  if (grid.length < 2 || first.every((c) => c.text === '')) {
    const rows = grid.map((r) => rowText(r, undefined)).filter((t) => t !== '');
    return rows.length ? [...out, TABLE_MARK, ...rows] : out;
  }
  // A header cell spanning several rows means the rows beside it hold sub-headers.
  const headerRows = Math.min(grid.length - 1, Math.max(...first.map((c) => c.rowspan)));
  const names = headerNames(grid, headerRows);
  const shown = names.filter((n, c) => n !== '' && names.indexOf(n) === c);
  const mark = TABLE_MARK + shown.join('｜');
  out.push(mark);
  for (const row of grid.slice(headerRows)) {
    // 一、消防安全管理 across the whole width heads the rows below it: a heading, then the table goes on under it
    if (isCaptionRow(row)) {
      out.push(row[0]!.text, mark);
      continue;
    }
    const text = rowText(row, names);
    if (text) out.push(text);
  }
  return out;
}
