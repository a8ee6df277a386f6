// Writes docs/tangxi-school-hospital-fire-checklist.docx (Doc 4): cover notice, then the 检查表 as a Word table
// (header row repeats; six full-width group rows, gridSpan 4), 版记. Byte-reproducible through docx-common.mjs.
import {
  Document, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, VerticalAlign, TableLayoutType,
} from 'docx';
import { FILE } from './common.mjs';
import { D4 } from './content-4.mjs';
import { FANG, HEI, BIAO, EXACT, r, P, bodyPara, empty, pageFooter, writeDocx } from './docx-common.mjs';

const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin };
const W = [1500, 3700, 1700, 2100];
const cell = (text, width, o = {}) => new TableCell({
  width: { size: width, type: WidthType.DXA },
  verticalAlign: VerticalAlign.CENTER,
  borders: BORDERS,
  margins: { left: 90, right: 90 },
  columnSpan: o.span,
  children: [new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 320, lineRule: 'auto', before: 40, after: 40 },
    children: [new TextRun({ text, font: o.font || FANG, size: 22, bold: !!o.bold })],
  })],
});
const table = new Table({
  width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  columnWidths: W,
  layout: TableLayoutType.FIXED,
  rows: [
    new TableRow({ tableHeader: true, cantSplit: true, children: D4.header.map((h, i) => cell(h, W[i], { center: true, bold: true, font: HEI })) }),
    ...D4.rows.map((row) => new TableRow({
      cantSplit: true,
      children: row.length === 1
        ? [cell(row[0], W.reduce((a, b) => a + b, 0), { span: 4, font: HEI })]
        : row.map((t, i) => cell(t, W[i], { center: i === 0 })),
    })),
  ],
});
const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
const kids = [
  P(new TextRun({ text: D4.masthead, font: BIAO, size: 56, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }),
  P(r(D4.docNo), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }),
  empty(),
  P(new TextRun({ text: D4.title, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }),
  empty(),
  P(r(D4.recipients)),
  ...D4.cover.map(bodyPara),
  P(r('附件：棠溪市学校医院等人员密集场所消防安全检查表'), { indent: { firstLine: 640 } }),
  empty(),
  P(r(D4.signer), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D4.date), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D4.publicity), { indent: { firstLine: 640 } }),
  P(new TextRun({ text: '附件', font: HEI, size: 32 }), { pageBreakBefore: true }),
  P(new TextRun({ text: D4.annexTitle, font: BIAO, size: 36 }), { alignment: AlignmentType.CENTER, spacing: { line: 600, lineRule: 'exact', after: 200 } }),
  P(r('被检查单位：＿＿＿＿＿＿＿＿　　检查日期：＿＿＿＿年＿＿月＿＿日', { size: 24 })),
  table,
  P(r('检查人员（签字）：＿＿＿＿＿＿　　被检查单位负责人（签字）：＿＿＿＿＿＿', { size: 24 }), { spacing: { before: 200 } }),
  empty(),
  P(new TextRun({ text: D4.cc, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }),
  P(new TextRun({ text: D4.printed, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: edge(12) } }),
];
const doc = new Document({
  creator: '棠溪市消防安全委员会办公室（虚构测试文档）',
  title: D4.title,
  description: 'Fictional evaluation document — p3 (棠溪市) pack',
  styles: { default: { document: { run: { font: FANG, size: 32 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
    footers: { default: pageFooter() },
    children: kids,
  }],
});
await writeDocx(doc, FILE.d4, '2025-08-25T08:30:00Z', '棠溪市消安办');
