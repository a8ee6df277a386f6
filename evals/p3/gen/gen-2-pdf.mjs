// Writes docs/tangxi-port-hazmat-rectification-plan.pdf (Doc 2): running header and “- N -” footer on every page,
// the 任务分工 table drawn in the PDF; fails unless there are ≥3 pages and ≥2 sentences run across a page break.
// Tuning knobs (env): BODY_SIZE (default 11.5), PITCH (default 1.75), BOTTOM (default 762).
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { makeLayout, checkPageBreaks } from './pdf-layout.mjs';
import { D2 } from './content-2.mjs';

const L = makeLayout({
  info: { Title: D2.title, Author: '棠溪市安全生产委员会办公室（虚构测试文档）', Subject: 'Fictional evaluation document — p3 (棠溪市) pack' },
  date: new Date('2025-06-10T10:00:00+08:00'),
  size: Number(process.env.BODY_SIZE || 11.5),
  pitch: Number(process.env.PITCH || 1.75),
  bottom: Number(process.env.BOTTOM || 762),
  header: D2.runningHeader,
  footer: D2.footer,
});
for (const b of D2.blocks) {
  if (b[0] === 'RULE') L.redRule();
  else if (b[0] === 'TABLE') L.table(D2.table);
  else if (b[0] === 'BANJI') L.banji(b.slice(1));
  else L.block(b[0], b[1]);
}
const { buffer, pages, log } = await L.end();
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d2);
fs.writeFileSync(file, buffer);
console.log(`wrote ${file} pages=${pages}`);
checkPageBreaks(log, pages, 'Doc 2', { minSplits: 2, shown: 14 });
const tablePages = [...new Set(log.filter((l) => l.type === 'td').map((l) => l.page))];
console.log(`  table rows on page(s) ${tablePages.join(', ')}`);
