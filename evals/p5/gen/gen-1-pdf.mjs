// Writes Doc 1, the current 岑岚省燃气安全管理条例 (2025 修订), as a text PDF with the p3 pack's pdfkit layout
// (../../p3/gen/pdf-layout.mjs): running header and “— N —” footer on every page. Fails unless there are ≥3 pages
// and ≥1 sentence runs across a page break. Writes gen/pdf-lines.json (page and line of every block) for the verifier.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE, GEN } from './common.mjs';
import { makeLayout, checkPageBreaks } from '../../p3/gen/pdf-layout.mjs';
import { HEAD, TITLE, BODY } from './content-prov.mjs';

export const RUNNING = '岑岚省燃气安全管理条例（2025年修订）';
export const FOOTER = (n) => `— ${n} —`;
export const BLOCKS = [
  ['title', HEAD.cur.gazette[0]], ['docno', HEAD.cur.gazette[1]], ['p', HEAD.cur.gazette[2]],
  ['sign', HEAD.cur.gazette[3]], ['date', HEAD.cur.gazette[4]], ['RULE'],
  ['title2', TITLE], ['note', HEAD.cur.history],
  ...BODY.map((b) => (b[0] === 'ch' ? ['h1c', b[1]] : ['p', b[1]])),
];
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(GEN, 'gen-1-pdf.mjs')) {
  const L = makeLayout({
    info: { Title: TITLE, Author: '岑岚省人民代表大会常务委员会（虚构测试文档）', Subject: 'Fictional evaluation document — p5 (岑岚省) pack' },
    date: new Date('2025-07-30T10:00:00+08:00'),
    size: Number(process.env.BODY_SIZE || 11.5),
    pitch: Number(process.env.PITCH || 1.8),
    bottom: Number(process.env.BOTTOM || 760),
    header: RUNNING,
    footer: FOOTER,
  });
  const TYPE = { h1c: 'caption' };
  for (const b of BLOCKS) {
    if (b[0] === 'RULE') L.redRule();
    else L.block(TYPE[b[0]] || b[0], b[1]);
  }
  const { buffer, pages, log } = await L.end();
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d1);
  fs.writeFileSync(file, buffer);
  console.log(`wrote ${file} pages=${pages}`);
  checkPageBreaks(log, pages, 'Doc 1');
  fs.writeFileSync(path.join(GEN, 'pdf-lines.json'), `${JSON.stringify(log.map(({ page, line }) => [page, line]))}\n`);
}
