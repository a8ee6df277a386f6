// Small helpers shared by the two DOCX generators of the p3 pack: 公文 fonts and a byte-reproducible packer
// (fixed core-property dates and zip entry dates, entries sorted).
import fs from 'node:fs';
import path from 'node:path';
import { Packer, Paragraph, TextRun, AlignmentType, Footer, PageNumber } from 'docx';
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

export async function writeDocx(doc, fileName, fixedIso, lastBy) {
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
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, fileName);
  fs.writeFileSync(file, buf);
  console.log(`wrote ${file} (${buf.length} bytes)`);
}
