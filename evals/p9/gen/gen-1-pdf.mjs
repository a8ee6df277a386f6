// Writes Doc 1 (fictional), the current 琇嵘省建设工程施工安全条例 (2025 第二次修正), as a text PDF with the p3 pack's
// pdfkit layout (../../p3/gen/pdf-layout.mjs): the 公告 of the 修改决定, the title, the revision history line, then the
// chapters and articles; running header and “— N —” footer on every page. Fails unless there are ≥3 pages and ≥2
// sentences run across a page break. Writes gen/pdf-lines.json (page and line of every laid-out line).
import path from 'node:path';
import { DOCS, FILE, GEN } from './common.mjs';
import { writeBlocksPdf } from '../../p3/gen/pdf-layout.mjs';
import { HEAD, TITLE, BODY } from './content-prov.mjs';

export const RUNNING = '琇嵘省建设工程施工安全条例（2025年第二次修正）';
export const FOOTER = (n) => `— ${n} —`;
/** [style, text]: the blocks in order; a block is a verifier unit (a paragraph, an item, a chapter heading). */
export const BLOCKS = [
  ['title', HEAD.cur.gazette[0]], ['docno', HEAD.cur.gazette[1]], ['p', HEAD.cur.gazette[2]],
  ['sign', HEAD.cur.gazette[3]], ['date', HEAD.cur.gazette[4]], ['RULE'],
  ['title2', TITLE], ['note', HEAD.cur.history],
  ...BODY.map((b) => (b[0] === 'ch' ? ['caption', b[1]] : ['p', b[1]])),
];
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(GEN, 'gen-1-pdf.mjs')) {
  await writeBlocksPdf(BLOCKS, {
    info: { Title: TITLE, Author: '琇嵘省人民代表大会常务委员会（虚构测试文档）', Subject: 'Fictional evaluation document — p9 (琇嵘省) pack' },
    date: new Date('2025-05-30T10:00:00+08:00'),
    size: Number(process.env.BODY_SIZE || 11.5),
    pitch: Number(process.env.PITCH || 1.8),
    bottom: Number(process.env.BOTTOM || 760),
    header: RUNNING,
    footer: FOOTER,
  }, { file: path.join(DOCS, FILE.d1), name: 'Doc 1', minSplits: 2, linesFile: path.join(GEN, 'pdf-lines.json') });
}
