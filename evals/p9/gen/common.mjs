// Paths, file names, the contract's norm, the forbidden names and the pack's places, shared by the p9 (琇嵘省, 建筑施工)
// generators and verifier. The PDF layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX
// fonts and byte-reproducible writer from ../../p3/gen/docx-common.mjs, the PDF page reading from ../../p3/gen/pdf-pages.mjs,
// the shared case checks from ../../p3/gen/case-checks.mjs; the earlier packs' forbidden names from ../../p8/gen/common.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORBIDDEN as P8_FORBIDDEN } from '../../p8/gen/common.mjs';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p9.jsonl');

export const FILE = {
  d1: '琇嵘省建设工程施工安全条例(2025年第二次修正).pdf', // provincial 地方性法规, current text, text PDF
  d2: '琇嵘省建设工程施工安全条例(2019年修正本).txt', // the same 条例 as amended in 2019 (earlier version), UTF-8 TXT
  d3: '荻峦州深基坑和建筑起重机械施工安全管理规定(2025-11-28).docx', // 自治州 规范性文件 with 有效期 and a table, DOCX
  d4: '桤坞市2026年建筑施工安全专项整治工作方案(2026-03-20).html', // 县级市 安委办 方案 with 任务分工 table, web page
  d5: '桤坞经济开发区管委会关于调整执行专项整治工作方案有关事项的通知(2026-05-20).txt', // 开发区 notice, GB18030 CRLF
  d6: '琇嵘省房屋市政工程生产安全重大事故隐患判定标准(2025-08-26).md', // 省住建厅 判定标准 + 检查表, Markdown
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  js: '建设工程安全生产管理条例(2003-11-24).md',
  aq: '安全生产法(2021-06-10).md',
  tz: '特种设备安全法(2013-06-29).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** p8's list (every earlier pack's places and area codes, real provinces and large cities) plus p8's own places. */
export const FORBIDDEN = [
  ...P8_FORBIDDEN,
  '蓠峤', '磬峪', '苎岩', '堇坪', '荪口', '茆州', '葳岭', '茗溪', '石槽', '铜坳', '坳背', '恒固', '0507-',
  // names the brief lists as used by earlier packs or the dev data
  '蘅州', '棠溪', '霁川', '汀川', '白河', '南岸',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  province: '琇嵘省',
  prefecture: '荻峦苗族侗族自治州', prefShort: '荻峦州',
  city: '桤坞市', // 县级市 inside the 自治州
  zone: '桤坞经济开发区', // 开发区 inside 桤坞市, with its 管理委员会
  counties: ['蕤岗县', '菁垭县'], // the other counties of the 自治州 (listed in Doc 3 第二条), no document of their own
  noDocCity: '琨岙市', // another prefecture-level city of the province, no document of its own
  noDocProvince: '蒨崖省', // another province, named only in a question
  areaCodes: ['0509-'],
};
