// Paths, file names, the contract's norm, the forbidden names and the pack's places, shared by the p10 (璟崃省, 职业病防治)
// generators and verifier. The PDF layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX
// fonts and byte-reproducible writer from ../../p3/gen/docx-common.mjs, the PDF page reading from ../../p3/gen/pdf-pages.mjs,
// the shared case checks from ../../p3/gen/case-checks.mjs; the earlier packs' forbidden names from ../../p8/gen/common.mjs
// (through ../../p9/gen/common.mjs, which adds p8's own places), extended here with p9's places and 文号 prefixes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN as P9_FORBIDDEN } from '../../p9/gen/common.mjs';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p10.jsonl');

export const FILE = {
  d1: '璟崃省职业病防治条例(2025年第二次修正).pdf', // provincial 地方性法规, current text, text PDF
  d2: '璟崃省职业病防治条例(2016年修正本).txt', // the same 条例 as amended in 2016 (earlier version), UTF-8 TXT
  d3: '珞湾经济特区职业卫生管理若干规定(2025-06-27).docx', // 经济特区法规 of 珞湾市 with a frequency table, DOCX
  d4: '萩阳市尘肺病防治攻坚专项治理实施方案(2026-02-10).html', // city 规范性文件 with 有效期 and 任务分工 table, web page
  d5: '琰桥区关于调整执行尘肺病防治攻坚专项治理实施方案有关事项的通知(2026-04-16).txt', // district notice, GB18030 CRLF
  d6: '璟崃省职业病防治条例修正政策解读一问一答(2025-12-12).md', // 省卫生健康委 FAQ on the current 条例, Markdown
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  zy: '职业病防治法(2018-12-29).md',
  aq: '安全生产法(2021-06-10).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** p8's list and p8's places (via p9's list), plus p9's places, area code and 文号 prefixes. */
export const FORBIDDEN = [
  ...P9_FORBIDDEN,
  '琇嵘', '荻峦', '桤坞', '蕤岗', '菁垭', '琨岙', '蒨崖', '0509-', '荻州府规', '桤安办', '桤开管发', '琇建规',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  province: '璟崃省',
  sezCity: '珞湾市', sez: '珞湾经济特区', // 经济特区 city of the province, with its 经济特区法规 (Doc 3)
  city: '萩阳市', // prefecture-level city with districts (Doc 4)
  district: '琰桥区', // district of 萩阳市 with its own notice (Doc 5)
  otherDistrict: '苘坪区', // district of 萩阳市 without a text of its own
  noDocCity: '瑢垣市', // third city of the province, no document of its own
  noDocProvince: '蘩岭省', // another province, named only in a question
  areaCodes: ['0504-'],
};
