/**
 * Task tables as the DOCX reader writes them: a line `【表格】序号｜重点任务｜牵头单位｜配合单位｜完成时限`,
 * then one `序号：1；重点任务：…；牵头单位：区工信局；配合单位：各镇街；完成时限：2024年12月底` per row
 * (merged cells already repeated). Rows are found by their header labels, so rows that cleaning ran
 * together into one paragraph (`…2024年12月底序号：2；…`) still come apart.
 */
import type { Deadline, Frequency } from '../schemas.js';
import { TABLE_HEADER_LINE, TABLE_MARK, headerRole } from '../text/zh/index.js';
import { findDeadlines } from './deadline.js';
import { findFrequencies, isSpecific } from './frequency.js';
import { splitUnits } from './unit-names.js';

/** One table row read as a duty. */
export interface TableRow {
  task: string;
  lead: string[];
  cooperate: string[];
  deadline?: Deadline;
  frequency?: Frequency;
  /** The row as written, an exact slice of the text searched, and where it starts. */
  quote: string;
  start: number;
}

/** One `header：value` cell; `start` is where its header begins, `end` where its value ends. */
export interface Cell {
  header: string;
  value: string;
  start: number;
  end: number;
}

// 序号, 编号 — a column that numbers the rows and says nothing of the task
const ROW_NUMBER = /^(?:序号|编号|序)$/u;
// 序号：1；重点任务：… — the header names a table row clause writes before its values
const ROW_HEADER = /(?:^|；)([^：；\n]{1,16})：/gu;

/** The headers of one table row clause, in order, read from the row itself. */
export function rowHeaders(row: string): string[] {
  return [...row.matchAll(ROW_HEADER)].map((m) => m[1]!);
}

/** The cells of one table row clause (序号：1；检查内容：是否…；…), by its own headers. */
export function rowCells(row: string): Cell[] {
  return cells(row, rowHeaders(row), 0, row.length);
}

/** Cells of the table whose header line ends at `from`, up to `to`: `header：value` pairs in order. */
function cells(text: string, headers: string[], from: number, to: number): Cell[] {
  const esc = headers.map((h) => h.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const re = new RegExp(`(${esc.join('|')})[：:]`, 'gu');
  const region = text.slice(from, to);
  const hits = [...region.matchAll(re)];
  return hits.map((m, i) => {
    const valueStart = m.index + m[0].length;
    let raw = region.slice(valueStart, hits[i + 1]?.index ?? region.length);
    const cut = raw.search(/\n/u);
    if (cut >= 0) raw = raw.slice(0, cut);
    // 区工信局； → 区工信局
    const value = raw.replace(/[；;\s]+$/u, '');
    return { header: m[1]!, value, start: from + m.index, end: from + valueStart + value.length };
  });
}

/** Groups cells into rows: a header seen again in the current row opens the next row. */
function rowsOf(all: Cell[]): Cell[][] {
  const rows: Cell[][] = [];
  let cur: Cell[] = [];
  for (const c of all) {
    if (cur.some((x) => x.header === c.header)) {
      rows.push(cur);
      cur = [];
    }
    cur.push(c);
  }
  if (cur.length) rows.push(cur);
  return rows;
}

function timing(value: string): { deadline?: Deadline; frequency?: Frequency } {
  // 完成时限：每日 — the cell is the row's time limit as written, and also how often the task recurs
  const f = findFrequencies(value).find((h) => isSpecific(h.frequency));
  if (f) return { deadline: { text: value }, frequency: f.frequency };
  const d = findDeadlines(value)[0];
  return { deadline: d ?? { text: value } };
}

function toRow(text: string, row: Cell[]): TableRow | undefined {
  const out: TableRow = { task: '', lead: [], cooperate: [], quote: '', start: row[0]!.start };
  const described: string[] = [];
  for (const c of row) {
    const role = headerRole(c.header);
    if (role === 'other' && !ROW_NUMBER.test(c.header) && c.value) described.push(c.value);
    if (role === 'task') out.task = out.task ? `${out.task}；${c.value}` : c.value;
    else if (role === 'lead') out.lead.push(...splitUnits(c.value));
    else if (role === 'cooperate') out.cooperate.push(...splitUnits(c.value));
    else if (role === 'frequency') Object.assign(out, { frequency: findFrequencies(c.value)[0]?.frequency ?? { text: c.value } });
    else if (role === 'deadline' && c.value) Object.assign(out, timing(c.value));
  }
  // a table with no task column (类别｜企业范围｜检查频次｜牵头科室) assigns what its other cells describe
  if (!out.task && described.length > 0) out.task = described.join('；');
  // a row with no task (合计, a note row) assigns nothing
  if (!out.task || out.lead.length + out.cooperate.length === 0) return undefined;
  out.quote = text.slice(out.start, row.at(-1)!.end);
  return out;
}

/** Every task-table row in `text`, in order; tables without a header line are skipped. */
export function findTableRows(text: string): TableRow[] {
  const out: TableRow[] = [];
  // 【表格】序号｜重点任务｜牵头单位 → headers 序号, 重点任务, 牵头单位
  const marks = [...text.matchAll(TABLE_HEADER_LINE)];
  marks.forEach((m, i) => {
    const headers = m[1]!.split('｜').map((h) => h.trim()).filter((h) => h !== '');
    if (headers.length < 2) return;
    const from = m.index + m[0].length;
    const to = marks[i + 1]?.index ?? text.length;
    for (const row of rowsOf(cells(text, headers, from, to))) {
      const r = toRow(text, row);
      if (r) out.push(r);
    }
  });
  return out;
}

/** Where the first table of `text` starts, or the text's length when it has none. */
export function tableStart(text: string): number {
  const i = text.indexOf(TABLE_MARK);
  return i < 0 ? text.length : i;
}
