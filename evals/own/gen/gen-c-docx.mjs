// Writes docs/lanzhou-port-task-division.docx (Doc C) with the npm package `docx`: a cover notice with 文号,
// a page break, the 方案 with a real Word table (header row repeats; rows 3–4 share a vertically merged
// 牵头单位 cell), and a 版记. Output is byte-reproducible (fixed core-property and zip entry dates).
import fs from 'node:fs';
import path from 'node:path';
import {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, VerticalAlign, Footer, PageNumber, TableLayoutType,
} from 'docx';
import JSZip from 'jszip'; // a dependency of docx and mammoth, present in node_modules
import { DOCS, FILE } from './common.mjs';
import { C } from './content-c.mjs';

const font = (eastAsia) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const FS = font('仿宋_GB2312');
const HEI = font('黑体');
const KAI = font('楷体_GB2312');
const XBS = font('方正小标宋简体');
const LINE = { line: 560, lineRule: 'exact' };
const run = (text, o = {}) => new TextRun({ text, font: FS, size: 32, ...o });
const para = (children, o = {}) => new Paragraph({ spacing: { ...LINE, before: 0, after: 0 }, ...o, children: [].concat(children) });
const body = (text) => para(run(text), { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED });
const blank = () => para(run(''));

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const COLS = [640, 3800, 1800, 1800, 1160];
const cell = (text, width, o = {}) => new TableCell({
  width: { size: width, type: WidthType.DXA },
  verticalAlign: VerticalAlign.CENTER,
  borders,
  margins: { left: 80, right: 80 },
  rowSpan: o.rowSpan,
  children: [new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 320, lineRule: 'auto', before: 40, after: 40 },
    children: [new TextRun({ text, font: o.font || FS, size: 22, bold: !!o.bold })],
  })],
});
function table() {
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: C.header.map((h, i) => cell(h, COLS[i], { center: true, bold: true, font: HEI })) });
  const rows = C.rows.map((r) => {
    const cells = [cell(r.no, COLS[0], { center: true }), cell(r.task, COLS[1])];
    if (r.lead !== null) cells.push(cell(r.lead, COLS[2], { center: true, rowSpan: r.leadRowSpan }));
    cells.push(cell(r.coop, COLS[3], { center: true }));
    cells.push(cell(r.deadline, COLS[4], { center: true }));
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({ width: { size: COLS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: COLS, layout: TableLayoutType.FIXED, rows: [head, ...rows] });
}

const kids = [];
kids.push(para(new TextRun({ text: C.masthead, font: XBS, size: 64, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 600, after: 300 } }));
kids.push(para(run(C.docNo), { alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
kids.push(blank());
kids.push(para(new TextRun({ text: C.title, font: XBS, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }));
kids.push(blank());
kids.push(para(run(C.recipients)));
for (const p of C.cover) kids.push(body(p));
kids.push(blank());
kids.push(para(run(C.signer), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
kids.push(para(run(C.date), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
kids.push(para(run(C.publicity), { indent: { firstLine: 640 } }));
kids.push(para(new TextRun({ text: C.planTitle, font: XBS, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }));
for (const s of C.sections) {
  kids.push(para(new TextRun({ text: s.heading, font: HEI, size: 32 }), { indent: { firstLine: 640 }, keepNext: true }));
  for (const p of s.paras) {
    const m = p.match(/^(（[一二三四五六七八九十]+）[^。]+。)(.*)$/);
    if (m) kids.push(para([new TextRun({ text: m[1], font: KAI, size: 32 }), run(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    else kids.push(body(p));
  }
  if (s.table) {
    kids.push(para(new TextRun({ text: C.tableCaption, font: HEI, size: 28 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 160, after: 120 } }));
    kids.push(table());
    kids.push(blank());
  }
}
kids.push(blank());
const rule = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
kids.push(para(new TextRun({ text: C.cc, font: FS, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: rule(12), bottom: rule(6) } }));
kids.push(para(new TextRun({ text: C.printed, font: FS, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: rule(12) } }));

const footer = new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: '— ', size: 28 }), new TextRun({ children: [PageNumber.CURRENT], size: 28 }), new TextRun({ text: ' —', size: 28 })],
  })],
});
const doc = new Document({
  creator: '澜州市港口管理局（虚构测试文档）',
  title: C.title,
  description: 'Fictional evaluation document — 澜州市 pack',
  styles: { default: { document: { run: { font: FS, size: 32 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
    footers: { default: footer },
    children: kids,
  }],
});

const FIXED = '2025-03-05T09:00:00Z';
const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
const core = (await zip.file('docProps/core.xml').async('string'))
  .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${FIXED}`)
  .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${FIXED}`)
  .replace(/<cp:lastModifiedBy>[^<]*/, '<cp:lastModifiedBy>澜州市港口管理局办公室');
zip.file('docProps/core.xml', core);
const when = new Date(FIXED);
const out = new JSZip();
const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
  .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
for (const n of names) out.file(n, await zip.file(n).async('uint8array'), { date: when, createFolders: false });
const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.c);
fs.writeFileSync(file, buf);
console.log(`wrote ${file} (${buf.length} bytes)`);
