// Writes Doc 2 (fictional): the 溟汭省渔业船舶安全管理条例 as it stood after the 2021 修正 (2016-09-29 通过, 施行 2017-01-01;
// 2021-07-30 修正), the text before the 2026 修订, as a text PDF with the p3 pack's pdfkit layout
// (../../p3/gen/pdf-layout.mjs): the title, two history lines, the chapters and 32 articles; running header and “— N —”
// footer on every page. Four articles the 修订 added are missing, so the article numbers from the 15th on differ from Doc 1;
// eight values differ (content-reg.mjs CHANGED). Nothing says it was revised later. Fails unless it has 5–6 pages and ≥3
// sentences run across a page break. Writes gen/pdf-lines.json.
import path from 'node:path';
import { DOCS, FILE, GEN } from './common.mjs';
import { writeBlocksPdf } from '../../p3/gen/pdf-layout.mjs';
import { HEAD, TITLE, render } from './content-reg.mjs';

export const RUNNING = '溟汭省渔业船舶安全管理条例（2021年修正本）';
export const FOOTER = (n) => `— ${n} —`;
/** [style, text]: the blocks in order; a block is a verifier unit (a 款 or 项, a chapter heading, a history line). */
export const BLOCKS = [
  ['title', TITLE], ...HEAD.old.history.map((h) => ['note', h]),
  ...render('old').map(([k, t]) => (k === 'ch' ? ['caption', t] : ['p', t])),
];
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(GEN, 'gen-2-pdf.mjs')) {
  const pages = await writeBlocksPdf(BLOCKS, {
    info: { Title: TITLE, Author: '溟汭省人民代表大会常务委员会（虚构测试文档）', Subject: 'Fictional evaluation document — p13 (溟汭省) pack' },
    date: new Date('2021-08-02T10:00:00+08:00'),
    size: Number(process.env.BODY_SIZE || 12.5),
    pitch: Number(process.env.PITCH || 2.0),
    bottom: Number(process.env.BOTTOM || 750),
    header: RUNNING,
    footer: FOOTER,
  }, { file: path.join(DOCS, FILE.d2), name: 'Doc 2', minSplits: 3, linesFile: path.join(GEN, 'pdf-lines.json') });
  if (pages < 5 || pages > 6) { console.error(`ERROR: Doc 2 has ${pages} pages, expected 5–6`); process.exitCode = 1; }
}
