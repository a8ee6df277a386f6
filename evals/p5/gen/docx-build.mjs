// A 公文 DOCX for Docs 3 and 6 of the p5 pack: masthead lines, title, paragraphs (articles with a 黑体 第X条 run,
// headings in 黑体), and ruled Word tables. Fonts and the byte-reproducible writer come from ../../p3/gen/docx-common.mjs.
import { Document, Paragraph, TextRun, AlignmentType, BorderStyle, Table, TableRow, TableCell, WidthType } from 'docx';
import { BIAO, FANG, HEI, EXACT, P, r, bodyPara, empty, pageFooter } from '../../p3/gen/docx-common.mjs';

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const cell = (text, head, w) => new TableCell({
  width: { size: w, type: WidthType.DXA },
  borders: { top: line, bottom: line, left: line, right: line },
  children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : FANG, size: 24 })] })],
});
const table = ({ header, rows, widths }) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  columnWidths: widths,
  rows: [new TableRow({ tableHeader: true, children: header.map((t, i) => cell(t, true, widths[i])) }),
    ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, false, widths[i])) }))],
});

/** items: [kind, payload]: red (masthead), center, title, plain, right, ch (centered 黑体), h (黑体 heading), art, p, table, cc. */
export function build(items, { creator, title, description }) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'red') kids.push(P(new TextRun({ text: x, font: BIAO, size: 52, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 } }));
    else if (kind === 'center') kids.push(P(r(x), { alignment: AlignmentType.CENTER }));
    else if (kind === 'rule') kids.push(P(r(x), { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'ch') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...EXACT, before: 120 } }));
    else if (kind === 'h') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { indent: { firstLine: 640 }, keepNext: true }));
    else if (kind === 'art') {
      const m = x.match(/^(第[一二三四五六七八九十]+条)　(.*)$/u);
      kids.push(P([new TextRun({ text: `${m[1]}　`, font: HEI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    } else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'table') { kids.push(table(x)); kids.push(empty()); }
    else if (kind === 'cc') {
      const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
      kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
    } else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return new Document({
    creator, title, description,
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: kids,
    }],
  });
}
