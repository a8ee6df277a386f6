// Writes Doc 2 (fictional): the 湝宁市人员密集场所消防安全管理条例 as passed on 2019-09-26 (施行 2020-01-01), the text before
// the 2025 修正, as a text PDF with the p3 pack's pdfkit layout (../../p3/gen/pdf-layout.mjs): the 公告 (十五届第三十二号),
// the title, the 通过 line, the chapters and articles; running header and “— N —” footer on every page. Same article numbers
// as Doc 1; eight values differ (content-reg.mjs CHANGED). Nothing says it has been amended. Fails unless it has 5–6 pages
// and ≥3 sentences run across a page break. Writes gen/pdf-lines.json.
import path from 'node:path';
import { DOCS, FILE, GEN } from './common.mjs';
import { writeBlocksPdf } from '../../p3/gen/pdf-layout.mjs';
import { HEAD, TITLE, BODY } from './content-reg.mjs';

export const RUNNING = '湝宁市人员密集场所消防安全管理条例（2019年9月26日通过）';
export const FOOTER = (n) => `— ${n} —`;
/** [style, text]: the blocks in order; a block is a verifier unit (a paragraph of an article, an item, a chapter heading). */
export const BLOCKS = [
  ['title', HEAD.old.gazette[0]], ['docno', HEAD.old.gazette[1]], ['p', HEAD.old.gazette[2]],
  ['sign', HEAD.old.gazette[3]], ['date', HEAD.old.gazette[4]], ['RULE'],
  ['title2', TITLE], ['note', HEAD.old.history],
  ...BODY.flatMap((b) => {
    if (b[0] === 'ch') return [['caption', b[1]]];
    const text = b.length > 2 ? b[2] : b[1];
    return text === null ? [] : [['p', text]];
  }),
];
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(GEN, 'gen-2-pdf.mjs')) {
  const pages = await writeBlocksPdf(BLOCKS, {
    info: { Title: TITLE, Author: '湝宁市人民代表大会常务委员会（虚构测试文档）', Subject: 'Fictional evaluation document — p12 (湝宁市) pack' },
    date: new Date('2019-09-26T10:00:00+08:00'),
    size: Number(process.env.BODY_SIZE || 12.5),
    pitch: Number(process.env.PITCH || 2.0),
    bottom: Number(process.env.BOTTOM || 760),
    header: RUNNING,
    footer: FOOTER,
  }, { file: path.join(DOCS, FILE.d2), name: 'Doc 2', minSplits: 3, linesFile: path.join(GEN, 'pdf-lines.json') });
  if (pages < 5 || pages > 6) { console.error(`ERROR: Doc 2 has ${pages} pages, expected 5–6`); process.exitCode = 1; }
}
