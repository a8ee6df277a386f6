// Writes Doc 1 (fictional): the current 湝宁市人员密集场所消防安全管理条例 (a 地方性法规 of the 直辖市) as a Word document — the 公告 of the
// 修改决定 (十六届第二十三号: 通过 2025-11-27, 修改后的条例 施行 2026-03-01, 全文重新公布), the title, the revision
// history (two 楷体 lines: 2019-09-26 通过, 2025-11-27 修正), then the chapters and articles, one paragraph per 款 or 项,
// the article number in 黑体. Content: content-reg.mjs. Fonts and writer: ../../p3/gen/docx-common.mjs.
import { TextRun, AlignmentType } from 'docx';
import { Document } from 'docx';
import { BIAO, HEI, KAI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';
import { HEAD, TITLE, BODY } from './content-reg.mjs';

/** [kind, text]: the paragraphs in order; a paragraph is a verifier unit. */
export const PARAS = [
  ['title', HEAD.cur.gazette[0]], ['center', HEAD.cur.gazette[1]], ['p', HEAD.cur.gazette[2]],
  ['right', HEAD.cur.gazette[3]], ['right', HEAD.cur.gazette[4]], ['empty'],
  ['title', TITLE], ...HEAD.cur.history.map((h) => ['kai', h]), ['empty'],
  ...BODY.map((b) => (b[0] === 'ch' ? ['chapter', b[1]] : ['art', b[1]])),
];
function render(items) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'center') kids.push(P(r(x), { alignment: AlignmentType.CENTER }));
    else if (kind === 'kai') kids.push(P(new TextRun({ text: x, font: KAI, size: 28 }), { alignment: AlignmentType.LEFT, indent: { left: 640, right: 640 } }));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'chapter') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: 560, lineRule: 'exact', before: 160 } }));
    else if (kind === 'art') {
      const m = x.match(/^(第[一二三四五六七八九十]+条)　(.*)$/u);
      if (m) kids.push(P([new TextRun({ text: `${m[1]}　`, font: HEI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
      else kids.push(bodyPara(x));
    } else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}
if (process.argv[1]?.endsWith('gen-1-docx.mjs')) {
  const doc = new Document({
    creator: '湝宁市人民代表大会常务委员会办公厅（虚构测试文档）', title: TITLE, description: 'Fictional evaluation document — p12 (湝宁市) pack',
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' }, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: render(PARAS),
    }],
  });
  await writeDocx(doc, FILE.d1, '2025-11-29T02:00:00Z', '湝宁市人民代表大会常务委员会办公厅', DOCS);
}
