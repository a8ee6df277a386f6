/** The duty matrix as an Excel workbook: the same columns as the CSV, frozen header, filter, wrapped text. */
import ExcelJS from 'exceljs';
import { COLUMNS, cellsOf, type Column } from './format-duties.js';
import type { DutyHit } from './query-duties.js';

const WIDTHS: Partial<Record<Column, number>> = { 文件: 24, 条款: 36, 任务: 40, 牵头: 28, 配合: 36, 原文: 60 };

export async function dutiesXlsx(rows: DutyHit[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('职责分工', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 12 }));
  for (const r of rows) sheet.addRow(cellsOf(r));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
