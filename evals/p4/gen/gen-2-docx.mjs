// Writes docs/hengzhou-gas-area-major-hazard-criteria.docx (Doc 2): red masthead, 文号, cover notice, page break, the
// 细则 (chapters in 黑体, articles with a 黑体 第X条 run, items as their own paragraphs), 版记 with 抄送/印发.
// Built like the p3 pack's Doc 1 (its 公文 fonts are imported from ../../p3/gen/docx-common.mjs).
import { Document, TextRun, AlignmentType, BorderStyle } from 'docx';
import { FILE, writeDocx } from './common.mjs';
import { D2 } from './content-2.mjs';
import { FANG, HEI, BIAO, EXACT, r, P, bodyPara, empty, pageFooter } from '../../p3/gen/docx-common.mjs';

const kids = [
  P(new TextRun({ text: D2.masthead, font: BIAO, size: 60, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }),
  P(r(D2.docNo), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }),
  empty(),
  P(new TextRun({ text: D2.title, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }),
  empty(),
  P(r(D2.recipients)),
  ...D2.cover.map(bodyPara),
  empty(),
  P(r(D2.signer), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D2.date), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }),
  P(r(D2.publicity), { indent: { firstLine: 640 } }),
  P(new TextRun({ text: D2.rulesTitle, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }),
];
for (const [kind, text] of D2.body) {
  if (kind === 'chapter') kids.push(P(new TextRun({ text, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...EXACT, before: 120 } }));
  else if (kind === 'article') {
    const m = text.match(/^(第[一二三四五六七八九十]+条)　(.*)$/u);
    kids.push(P([new TextRun({ text: `${m[1]}　`, font: HEI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
  } else kids.push(bodyPara(text));
}
kids.push(empty());
const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
kids.push(P(new TextRun({ text: D2.cc, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
kids.push(P(new TextRun({ text: D2.printed, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: edge(12) } }));

const doc = new Document({
  creator: '蘅州市应急管理局（虚构测试文档）',
  title: D2.title,
  description: 'Fictional evaluation document — p4 (蘅州市) pack',
  styles: { default: { document: { run: { font: FANG, size: 32 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
    footers: { default: pageFooter() },
    children: kids,
  }],
});
await writeDocx(doc, FILE.d2, '2026-04-15T08:30:00Z', '蘅州市应急管理局');
