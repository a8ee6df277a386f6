/**
 * The checklist as a Word document (the `docx` package): title, scope, date and source documents, then a
 * real table 序号 | 检查项目 | 检查内容 | 检查方式 | 依据条款 | 检查结果 with group rows, on landscape A4.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Checklist } from '../schemas.js';
import { COLUMNS, dateOf, grouped, rowOf, shortTitle } from './checklist-rows.js';

/** Column widths in twentieths of a point; they add up to the text width of landscape A4 with 2 cm margins. */
const WIDTHS = [700, 2000, 4400, 1300, 4300, 1700];
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

function lines(text: string, bold = false): Paragraph[] {
  return text.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, bold, font: FONT, size: 20 })] }));
}

function cell(text: string, width: number, options: { bold?: boolean; shade?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    children: lines(text, options.bold),
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
  });
}

function table(checklist: Checklist): Table {
  const header = new TableRow({ tableHeader: true, children: COLUMNS.map((c, i) => cell(c, WIDTHS[i]!, { bold: true, shade: true })) });
  const rows = [header];
  for (const { group, items } of grouped(checklist)) {
    rows.push(new TableRow({ children: [cell(group, WIDTHS.reduce((a, b) => a + b, 0), { bold: true, span: COLUMNS.length })] }));
    for (const item of items) rows.push(new TableRow({ cantSplit: true, children: rowOf(item).map((t, i) => cell(t, WIDTHS[i]!)) }));
  }
  return new Table({ rows, columnWidths: WIDTHS, width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

/** The .docx bytes. */
export async function exportDocx(checklist: Checklist): Promise<Uint8Array> {
  const meta = [
    `适用范围：${checklist.scope}`,
    `生成日期：${dateOf(checklist)}`,
    `依据文件：${checklist.sources.map((s) => `《${shortTitle(s)}》`).join('、') || '无'}`,
    `原始请求：${checklist.request}`,
    '说明：本清单由安知根据所引条款自动起草，每一项均注明依据条款，使用前请核对原文。',
  ];
  const doc = new Document({
    creator: 'anzhi',
    title: checklist.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: checklist.title, bold: true, font: FONT, size: 32 })] }),
          ...meta.map((m) => new Paragraph({ children: [new TextRun({ text: m, font: FONT, size: 21 })] })),
          checklist.items.length > 0 ? table(checklist) : new Paragraph({ children: [new TextRun({ text: '知识库中没有找到约束该对象的条款，未生成检查项。', font: FONT })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
