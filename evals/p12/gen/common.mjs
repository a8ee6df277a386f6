// Paths, file names, the contract's norm, the forbidden names and the pack's places, shared by the p12 (湝宁市, a fictional
// 直辖市; 人员密集场所 / 大型商业综合体 消防安全 and 火灾事故应急) generators and verifier. The PDF layout is imported from the p3
// pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX fonts and byte-reproducible writer from ../../p3/gen/docx-common.mjs,
// the PDF page reading from ../../p3/gen/pdf-pages.mjs, the shared case checks from ../../p3/gen/case-checks.mjs; the earlier
// packs' forbidden names from ../../p11/gen/common.mjs (which takes p8's list through p9's and p10's), extended here with
// p11's places, area code and 文号 prefixes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN as P11_FORBIDDEN } from '../../p11/gen/common.mjs';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p12.jsonl');

export const FILE = {
  d1: '湝宁市人员密集场所消防安全管理条例(2025年修正).docx', // 直辖市 地方性法规, current text, DOCX
  d2: '湝宁市人员密集场所消防安全管理条例(2019年文本).pdf', // the same 条例 as passed in 2019 (earlier version), text PDF
  d3: '湝宁市大型商业综合体火灾事故应急预案(2026-04-08).docx', // 市政府办公厅 规范性文件: 应急预案 with a 响应分级 table, DOCX
  d4: '湝宁市消防安全工作考核办法(2026-01-20).html', // 市安委会 考核办法 with a 分值/扣分 table, saved web page
  d5: '琤浦区应急管理局关于在本区执行大型商业综合体火灾事故应急预案有关事项的通知(2026-06-12).txt', // district notice, GB18030 CRLF
  d6: '湝宁市火灾隐患举报投诉奖励办法(2026-04-27).md', // 市消防救援总队 举报奖励办法 with a reward table and a 检查表, Markdown
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  xf: '消防法(2021-04-29).md',
  aq: '安全生产法(2021-06-10).md',
  yj: '生产安全事故应急条例(2019-02-17).md',
  bg: '生产安全事故报告和调查处理条例(2007-04-09).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** p11's list (p8's, p9's and p10's places through it) plus p11's places, area code and 文号 prefixes. */
export const FORBIDDEN = [
  ...P11_FORBIDDEN,
  '渌嵛', '琬州', '琬城', '苕枰', '藜塬', '翎阜', '蒹陵', '0473-', '苕消委', '琬应急联', '琬政',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  city: '湝宁市', cityShort: '湝宁', // 直辖市 (province level, no province above it): Docs 1, 2, 3, 4, 6
  district: '琤浦区', // 区 of 湝宁市 with its own notice (Doc 5)
  otherDistrict: '蓂溪区', // 区 of 湝宁市 without a text of its own
  county: '崟山县', // 县 of 湝宁市 without a text of its own
  noDocCity: '瀼川市', // a second 直辖市, no document
  noDocProvince: '芃原省', // an ordinary province, no document
  areaCodes: ['0468-'],
};
