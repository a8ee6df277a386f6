// Writes docs/hengzhou-road-transport-dual-prevention-plan.pdf (Doc 1) with the p3 pack's pdfkit layout: running
// header and “— N —” footer on every page; fails unless there are ≥3 pages and ≥1 sentence runs across a page break.
// Tuning knobs (env): BODY_SIZE (default 11.5), PITCH (default 1.8), BOTTOM (default 760).
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { makeLayout, checkPageBreaks } from '../../p3/gen/pdf-layout.mjs';
import { D1 } from './content-1.mjs';

const TYPE = { h2: 'h1', annex2: 'contact' }; // the layout's styles: sub-headings as h1, the second 附件 line as a plain line
const L = makeLayout({
  info: { Title: D1.title, Author: '蘅州市安全生产委员会办公室（虚构测试文档）', Subject: 'Fictional evaluation document — p4 (蘅州市) pack' },
  date: new Date('2026-03-06T10:00:00+08:00'),
  size: Number(process.env.BODY_SIZE || 11.5),
  pitch: Number(process.env.PITCH || 1.8),
  bottom: Number(process.env.BOTTOM || 760),
  header: D1.runningHeader,
  footer: D1.footer,
});
for (const b of D1.blocks) {
  if (b[0] === 'RULE') L.redRule();
  else if (b[0] === 'BANJI') L.banji(b.slice(1));
  else L.block(TYPE[b[0]] || b[0], b[1]);
}
const { buffer, pages, log } = await L.end();
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d1);
fs.writeFileSync(file, buffer);
console.log(`wrote ${file} pages=${pages}`);
checkPageBreaks(log, pages, 'Doc 1');
