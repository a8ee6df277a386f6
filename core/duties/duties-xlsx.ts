/**
 * The duty matrix as an Excel workbook: the same columns as the CSV, frozen header, filter, wrapped text.
 * Written row by row with exceljs's streaming writer, handing the event loop back every ROWS_PER_TURN rows,
 * so a 20,000-row export does not hold up other requests while it is built.
 */
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { COLUMNS, cellsOf, type Column } from './format-duties.js';
import type { DutyHit } from './query-duties.js';

const WIDTHS: Partial<Record<Column, number>> = { 文件: 24, 条款: 36, 任务: 40, 牵头: 28, 配合: 36, 原文: 60 };

/** Rows written between two yields to the event loop (about 10 ms of work). */
const ROWS_PER_TURN = 200;

/** Writes the workbook to `out` and resolves when it is complete; `out` is ended. */
export async function writeDutiesXlsx(rows: readonly DutyHit[], out: Writable): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('职责分工', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 12 }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.commit();
  for (let i = 0; i < rows.length; i++) {
    const row = sheet.addRow(cellsOf(rows[i]!));
    row.alignment = { vertical: 'top', wrapText: true };
    row.commit();
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
  }
  sheet.commit();
  await book.commit();
}
