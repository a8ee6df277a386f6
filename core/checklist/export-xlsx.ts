/**
 * The checklist as an Excel workbook (exceljs): sheet 检查清单 holds the table with a frozen, filterable
 * header, set widths and wrapped text; sheet 说明 holds title, scope, date and sources.
 */
import ExcelJS from 'exceljs';
import type { Checklist } from '../schemas.js';
import { COLUMNS, dateOf, rowOf, shortTitle } from './checklist-rows.js';

/** Column widths in characters: 序号, 分组, 检查项目, 检查内容, 检查方式, 依据条款, 检查结果. */
const WIDTHS = [6, 22, 22, 60, 14, 60, 18];

/** The .xlsx bytes. */
export async function exportXlsx(checklist: Checklist): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'anzhi';
  book.created = new Date(checklist.createdAt);
  const sheet = book.addWorksheet('检查清单', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = [COLUMNS[0], '分组', ...COLUMNS.slice(1)];
  sheet.columns = header.map((h, i) => ({ header: h, key: h, width: WIDTHS[i] }));
  for (const item of checklist.items) {
    const [n, ...rest] = rowOf(item);
    sheet.addRow([Number(n), item.group, ...rest]);
  }
  sheet.eachRow((row, i) => {
    row.alignment = { wrapText: true, vertical: 'top' };
    if (i === 1) {
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const about = book.addWorksheet('说明');
  about.columns = [{ width: 12 }, { width: 100 }];
  const rows: Array<[string, string]> = [
    ['标题', checklist.title],
    ['适用范围', checklist.scope],
    ['生成日期', dateOf(checklist)],
    ['依据文件', checklist.sources.map((s) => `《${shortTitle(s)}》（${s.file}）`).join('\n')],
    ['原始请求', checklist.request],
    ['说明', '本清单由安知根据所引条款自动起草，每一项均注明依据条款，使用前请核对原文。'],
  ];
  for (const r of rows) about.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
