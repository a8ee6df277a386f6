// Paths, file names, the contract's norm, the forbidden names and the pack's places, shared by the p11 (渌嵛回族自治区,
// 电动自行车消防安全) generators and verifier. The PDF layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs),
// the DOCX fonts and byte-reproducible writer from ../../p3/gen/docx-common.mjs, the PDF page reading from
// ../../p3/gen/pdf-pages.mjs, the shared case checks from ../../p3/gen/case-checks.mjs; the earlier packs' forbidden names
// from ../../p10/gen/common.mjs (which takes p8's list through p9's), extended here with p10's places, area code and 文号 prefixes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN as P10_FORBIDDEN } from '../../p10/gen/common.mjs';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p11.jsonl');

export const FILE = {
  d1: '渌嵛回族自治区电动自行车消防安全管理条例(2025年修正).docx', // 自治区 地方性法规, current text, DOCX
  d2: '渌嵛回族自治区电动自行车消防安全管理条例(2020年文本).pdf', // the same 条例 as passed in 2020 (earlier version), text PDF
  d3: '琬州市电动自行车停放充电消防安全管理办法(2026-01-12).md', // city 政府规章 (市人民政府令) with a 巡查 table, Markdown
  d4: '苕枰县消防安全委员会关于本县执行电动自行车停放充电消防安全管理办法有关事项的通知(2026-05-18).txt', // county notice, GB18030 CRLF
  d5: '琬州市电动自行车火灾隐患专项整治任务分工(2026-03-16).html', // 市应急管理局 + 市消防救援支队 任务分工, saved web page
  d6: '渌嵛回族自治区电动自行车消防安全管理条例修正问答(2025-10-15).txt', // 自治区消防救援总队 问答 on the amended 条例, UTF-8 TXT
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  xf: '消防法(2021-04-29).md',
  aq: '安全生产法(2021-06-10).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** p10's list (p8's and p9's places through it) plus p10's places, area code and 文号 prefixes. */
export const FORBIDDEN = [
  ...P10_FORBIDDEN,
  '璟崃', '珞湾', '萩阳', '琰桥', '苘坪', '瑢垣', '蘩岭', '0504-', '萩政', '琰卫', '珞人', '璟卫',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  region: '渌嵛回族自治区', regionShort: '渌嵛', // 自治区 (province level): Docs 1, 2, 6
  city: '琬州市', // prefecture-level city of the 自治区: Docs 3, 5
  cityDistrict: '琬城区', // 市辖区 of 琬州市, no document of its own
  county: '苕枰县', // county of 琬州市 with its own notice (Doc 4)
  otherCounty: '藜塬县', // county of 琬州市 without a text of its own
  noDocCity: '翎阜市', // second prefecture-level city of the 自治区, no document of its own
  noDocProvince: '蒹陵省', // another province, named only in unanswerable questions
  areaCodes: ['0473-'],
};
