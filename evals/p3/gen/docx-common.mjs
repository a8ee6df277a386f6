// Small helpers shared by the DOCX generators of the p3 and p4 packs: 公文 fonts, a 判定细则 laid out as a 公文, and a
// byte-reproducible packer (fixed core-property dates and zip entry dates, entries sorted).
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun, AlignmentType, BorderStyle, Footer, PageNumber } from 'docx';
import JSZip from 'jszip';
import { DOCS } from './common.mjs';

const f = (eastAsia) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
export const FANG = f('仿宋_GB2312');
export const HEI = f('黑体');
export const KAI = f('楷体_GB2312');
export const BIAO = f('方正小标宋简体');
export const EXACT = { line: 560, lineRule: 'exact' };
export const r = (text, o = {}) => new TextRun({ text, font: FANG, size: 32, ...o });
export const P = (children, o = {}) => new Paragraph({ spacing: { ...EXACT, before: 0, after: 0 }, ...o, children: [].concat(children) });
export const bodyPara = (text) => P(r(text), { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED });
export const empty = () => P(r(''));
export const pageFooter = () => new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: '- ', size: 28 }), new TextRun({ children: [PageNumber.CURRENT], size: 28 }), new TextRun({ text: ' -', size: 28 })],
  })],
});

/**
 * A 判定细则 issued by a cover notice, as a Word document: red masthead, 文号, cover notice, page break, the 细则
 * (chapters in 黑体, articles with a 黑体 第X条 run, items as their own paragraphs), 版记 with 抄送/印发. `D` holds the
 * texts (masthead, docNo, title, recipients, cover, signer, date, publicity, rulesTitle, body, cc, printed).
 */
export function criteriaDocument(D, { creator, description }) {
  const kids = [
    P(new TextRun({ text: D.masthead, font: BIAO, size: 60, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }),
    P(r(D.docNo), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }),
    empty(),
    P(new TextRun({ text: D.title, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }),
    empty(),
    P(r(D.recipients)),
    ...D.cover.map(bodyPara),
    empty(),
    P(r(D.signer), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
    P(r(D.date), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
    P(r(D.publicity), { indent: { firstLine: 640 } }),
    P(new TextRun({ text: D.rulesTitle, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }),
  ];
  for (const [kind, text] of D.body) {
    if (kind === 'chapter') kids.push(P(new TextRun({ text, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...EXACT, before: 120 } }));
    else if (kind === 'article') {
      const m = text.match(/^(第[一二三四五六七八九十]+条)　(.*)$/u);
      kids.push(P([new TextRun({ text: `${m[1]}　`, font: HEI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    } else kids.push(bodyPara(text));
  }
  kids.push(empty());
  const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
  kids.push(P(new TextRun({ text: D.cc, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
  kids.push(P(new TextRun({ text: D.printed, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: edge(12) } }));
  return new Document({
    creator,
    title: D.title,
    description,
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: kids,
    }],
  });
}

/** Writes `doc` into `dir` (this pack's docs by default) with fixed dates, so two runs give equal bytes. */
export async function writeDocx(doc, fileName, fixedIso, lastBy, dir = DOCS) {
  const src = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const core = (await src.file('docProps/core.xml').async('string'))
    .replace(/(<dcterms:created[^>]*>)[^<]*/u, `$1${fixedIso}`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*/u, `$1${fixedIso}`)
    .replace(/<cp:lastModifiedBy>[^<]*/u, `<cp:lastModifiedBy>${lastBy}`);
  src.file('docProps/core.xml', core);
  const when = new Date(fixedIso);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const n of names) out.file(n, await src.file(n).async('uint8array'), { date: when, createFolders: false });
  const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, buf);
  console.log(`wrote ${file} (${buf.length} bytes)`);
}
