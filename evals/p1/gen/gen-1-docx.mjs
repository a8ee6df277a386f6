// Writes docs/tingchuan-gas-rectification-plan.docx (Doc 1) with the npm package `docx`.
// Layout: red masthead + 文号 + title + cover notice; page break; the 方案 with its sections; the task table
// (header row repeats on each page; 责任单位 rows 7–8 and 完成时限 rows 10–11 are vertically merged); 版记.
// Byte-reproducible: core-property dates and zip entry dates are fixed, zip entries sorted.
import fs from 'node:fs';
import path from 'node:path';
import {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, VerticalAlign, Footer, PageNumber, TableLayoutType,
} from 'docx';
import JSZip from 'jszip';
import { DOCS, FILE } from './common.mjs';
import { D1 } from './content-1.mjs';

const f = (eastAsia) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const FANG = f('仿宋_GB2312');
const HEI = f('黑体');
const KAI = f('楷体_GB2312');
const BIAO = f('方正小标宋简体');
const EXACT = { line: 560, lineRule: 'exact' };
const r = (text, o = {}) => new TextRun({ text, font: FANG, size: 32, ...o });
const P = (children, o = {}) => new Paragraph({ spacing: { ...EXACT, before: 0, after: 0 }, ...o, children: [].concat(children) });
const bodyPara = (text) => P(r(text), { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED });
const empty = () => P(r(''));

const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin };
const W = [700, 4300, 2500, 1500];
function tcell(text, width, o = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: BORDERS,
    margins: { left: 90, right: 90 },
    rowSpan: o.rowSpan,
    children: [new Paragraph({
      alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { line: 320, lineRule: 'auto', before: 40, after: 40 },
      children: [new TextRun({ text, font: o.font || FANG, size: 22, bold: !!o.bold })],
    })],
  });
}
function taskTable() {
  const head = new TableRow({
    tableHeader: true, cantSplit: true,
    children: D1.header.map((h, i) => tcell(h, W[i], { center: true, bold: true, font: HEI })),
  });
  const body = D1.rows.map((row) => {
    const cells = [tcell(row.no, W[0], { center: true }), tcell(row.task, W[1])];
    if (row.unit !== null) cells.push(tcell(row.unit, W[2], { rowSpan: row.unitSpan }));
    if (row.deadline !== null) cells.push(tcell(row.deadline, W[3], { center: true, rowSpan: row.deadlineSpan }));
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: W, layout: TableLayoutType.FIXED, rows: [head, ...body],
  });
}

const kids = [
  P(new TextRun({ text: D1.masthead, font: BIAO, size: 60, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }),
  P(r(D1.docNo), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }),
  empty(),
  P(new TextRun({ text: D1.title, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }),
  empty(),
  P(r(D1.recipients)),
  ...D1.cover.map(bodyPara),
  empty(),
  P(r(D1.signer), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D1.date), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D1.publicity), { indent: { firstLine: 640 } }),
  P(new TextRun({ text: D1.planTitle, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }),
];
for (const s of D1.sections) {
  kids.push(P(new TextRun({ text: s.heading, font: HEI, size: 32 }), { indent: { firstLine: 640 }, keepNext: true }));
  for (const p of s.paras) {
    // “（一）小标题。正文……” — the run-in heading in 楷体, the rest in 仿宋, one paragraph.
    const m = p.match(/^(（[一二三四五六七八九十]+）[^。（]+。)(.*)$/u);
    if (m) kids.push(P([new TextRun({ text: m[1], font: KAI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    else kids.push(bodyPara(p));
  }
  if (s.table) {
    kids.push(P(new TextRun({ text: D1.tableCaption, font: HEI, size: 28 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 160, after: 120 } }));
    kids.push(taskTable());
    kids.push(empty());
  }
}
kids.push(empty());
const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
kids.push(P(new TextRun({ text: D1.cc, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
kids.push(P(new TextRun({ text: D1.printed, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: edge(12) } }));

const footer = new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: '- ', size: 28 }), new TextRun({ children: [PageNumber.CURRENT], size: 28 }), new TextRun({ text: ' -', size: 28 })],
  })],
});
const doc = new Document({
  creator: '汀川市安全生产委员会办公室（虚构测试文档）',
  title: D1.title,
  description: 'Fictional evaluation document — p1 (汀川市) pack',
  styles: { default: { document: { run: { font: FANG, size: 32 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
    footers: { default: footer },
    children: kids,
  }],
});

const FIXED = '2025-04-10T08:30:00Z';
const src = await JSZip.loadAsync(await Packer.toBuffer(doc));
const core = (await src.file('docProps/core.xml').async('string'))
  .replace(/(<dcterms:created[^>]*>)[^<]*/u, `$1${FIXED}`)
  .replace(/(<dcterms:modified[^>]*>)[^<]*/u, `$1${FIXED}`)
  .replace(/<cp:lastModifiedBy>[^<]*/u, '<cp:lastModifiedBy>汀川市安委办');
src.file('docProps/core.xml', core);
const when = new Date(FIXED);
const out = new JSZip();
const names = Object.keys(src.files).filter((n) => !src.files[n].dir)
  .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
for (const n of names) out.file(n, await src.file(n).async('uint8array'), { date: when, createFolders: false });
const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d1);
fs.writeFileSync(file, buf);
console.log(`wrote ${file} (${buf.length} bytes)`);
