// Writes docs/lanzhou-chem-inspection-notice.pdf (Doc A). Running header on every page, "— N —" footer,
// 一、/（一）/1．/（1） hierarchy; the script fails unless some sentence runs across a page break.
// Tuning: BODY_SIZE (default 11.5), PITCH (default 1.7), BOTTOM (default 760) move the page breaks.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { createLayout, pageSplits } from './pdf-layout.mjs';
import { A } from './content-a.mjs';

const L = createLayout({
  info: { Title: A.title, Author: '澜州市应急管理局（虚构测试文档）', Subject: 'Fictional evaluation document — 澜州市 pack' },
  creationDate: new Date('2026-02-27T09:30:00+08:00'),
  bodySize: Number(process.env.BODY_SIZE || 11.5),
  pitch: Number(process.env.PITCH || 1.7),
  bottom: Number(process.env.BOTTOM || 760),
  header: A.runningHeader,
});
for (const b of A.blocks) {
  const [t, text, extra] = b;
  if (t === 'RULE') L.rule();
  else if (t === 'TITLE') { L.space(8); A.titleLines.forEach((ln) => L.block('title', ln)); }
  else if (t === 'BANJI') L.banji(b.slice(1));
  else L.block(t, text, extra);
}
const { buffer, pages, log } = await L.finish();
fs.mkdirSync(DOCS, { recursive: true });
const out = path.join(DOCS, FILE.a);
fs.writeFileSync(out, buffer);
console.log(`wrote ${out} pages=${pages}`);
const splits = pageSplits(log);
for (const s of splits) {
  const mid = !/[。；：]$/.test(s.end);
  console.log(`  split p${s.page}->p${s.page + 1} ${mid ? 'MID-SENTENCE' : 'sentence end'}: ${JSON.stringify(s.end)} | ${JSON.stringify(s.next)}`);
}
if (pages < 3) { console.error('ERROR: need at least 3 pages'); process.exitCode = 1; }
if (!splits.some((s) => !/[。；：]$/.test(s.end))) { console.error('ERROR: no sentence runs across a page break'); process.exitCode = 1; }
