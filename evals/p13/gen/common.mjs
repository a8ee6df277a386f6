// Paths, file names, the contract's norm, the forbidden names and the pack's places, shared by the p13 (溟汭省, a fictional
// coastal province; 渔业船舶 and 水上交通 safety: 渔船, 小型渔船, 休闲渔业船舶, 水上旅游客船) generators and verifier. The PDF
// layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX fonts and byte-reproducible writer
// from ../../p3/gen/docx-common.mjs, the PDF page reading from ../../p3/gen/pdf-pages.mjs, the shared case checks from
// ../../p3/gen/case-checks.mjs; the earlier packs' forbidden names from ../../p12/gen/common.mjs (which takes p8's list
// through p9's, p10's and p11's), extended here with p12's places, area code and 文号 prefixes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN as P12_FORBIDDEN } from '../../p12/gen/common.mjs';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p13.jsonl');

export const FILE = {
  d1: '溟汭省渔业船舶安全管理条例(2026年修订).html', // 省 地方性法规, current text after the 2026 修订, saved web page of the 省人大
  d2: '溟汭省渔业船舶安全管理条例(2021年修正).pdf', // the same 条例 before the 修订 (2021 修正 text, other article numbers), text PDF
  d3: '溟汭省渔业船舶安全行政处罚自由裁量基准(2026-06-10).docx', // 省农业农村厅 规范性文件: 裁量基准 table with merged cells, DOCX
  d4: '淜州市渔业船舶和水上交通安全部门责任清单(2026-05-20).md', // 市安委会 部门安全生产责任清单 (部门 / 职责事项 / 依据), Markdown
  d5: '岵湾市安全生产委员会关于在本市执行渔业船舶和水上交通安全部门责任清单有关事项的通知(2026-08-12).txt', // 县级市 notice, GB18030 CRLF
  d6: '淜州市2026年渔业船舶安全执法检查计划(2026-01-26).txt', // 市农业农村局 检查计划 with a month × 对象 table and 约谈, UTF-8 TXT
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  aq: '安全生产法(2021-06-10).md',
  yj: '生产安全事故应急条例(2019-02-17).md',
  bg: '生产安全事故报告和调查处理条例(2007-04-09).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** p12's list (p8's to p11's places through it) plus p12's places, area code and 文号 prefixes. */
export const FORBIDDEN = [
  ...P12_FORBIDDEN,
  '湝宁', '琤浦', '蓂溪', '崟山', '瀼川', '芃原', '0468-', '湝政办发', '湝安委', '湝消', '琤应急发',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  province: '溟汭省', provinceShort: '溟汭', // the coastal province: Docs 1, 2, 3
  city: '淜州市', cityShort: '淜州', // 设区的市 of 溟汭省: Docs 4, 6
  countyCity: '岵湾市', countyCityShort: '岵湾', // 县级市 administered (代管) by 淜州市: Doc 5
  district: '澥滨区', // 市辖区 of 淜州市 without a text of its own
  county: '溦岛县', // 县 of 淜州市 without a text of its own
  otherCity: '滃阳市', // a second 设区的市 of 溟汭省, no text of its own (the province texts apply)
  noDocProvince: '嶅东省', // another province, no document
  areaCodes: ['0460-', '0463-'],
};
