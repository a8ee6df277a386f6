// Paths, file names, the contract's norm and the forbidden names, shared by the p7 (璞岭省, 危险化学品) generators and
// verifier. The PDF layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX fonts and the
// byte-reproducible writer from ../../p3/gen/docx-common.mjs, the PDF page reading from ../../p3/gen/pdf-pages.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p7.jsonl');

export const FILE = {
  d1: '璞岭省化工园区和危险化学品安全管理办法(2025-09-26).pdf', // provincial 政府规章 (修正 text), text PDF
  d2: '砚湖市危险化学品安全生产部门责任清单(2025-11-18).docx', // city A 部门职责清单, Word table with merged cells
  d3: '棣阳市2026年度危险化学品安全生产监督检查计划(2026-01-20).md', // city B 检查计划, Markdown
  d4: '璞岭省化工园区和危险化学品安全管理办法修正政策解读(2025-10-10).html', // 政策解读 of d1, saved web page
  d5: '蓍原县关于做好2026年危险化学品安全监管工作的通知(2026-01-26).txt', // county 通知, GB18030 CRLF
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  hc: '危险化学品安全管理条例(2013-12-07).md',
  aq: '安全生产法(2021-06-10).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names and area codes of the other packs and of the dev data; none may appear in this pack's documents or cases. */
export const FORBIDDEN = [
  '白河', '北岸区', '南岸区', '青禾', '东湖区', '西岭区', '澜州', '汀川', '梧岗', '柘溪', '杉浦', '霁川', '枫渡', '鹭洲',
  '云岫', '柳汀', '石湄', '翠湾', '苇塘', '鹤屿', '江口', '新塘', '石埠', '铜川', '棠溪', '江沅', '临皋', '望舒', '芷湾',
  '栖梧', '枕霞', '拾翠', '鸣泉', '石矶', '蘅州', '瑶光', '沉璧', '雁回', '桑榆', '鸣珂',
  '岑岚', '萸州', '蓼汀', '枳垣', '筠廊', '苔坪', '檀口', '菱港', '蕙渚', '梓陂', '溆屏', '雪桥',
  '漪川', '芸渚', '澄湄', '菰浦',
  '0482-', '0485-', '0487-', '0489-', '0493-', '0496-', '0497-', '0951-',
  // real provinces and large cities, in case a sentence slipped one in
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '深圳', '厦门', '珠海', '汕头', '杭州', '南京', '广州', '成都', '武汉', '西安',
];
/** This pack's own places (checked: no hit in evals/, corpus/, ../shared before the pack was written). */
export const PLACES = {
  province: '璞岭省',
  cityA: '砚湖市', districtsA: ['荇桥区', '芑林区', '蓍原县'],
  cityB: '棣阳市', districtsB: ['楝亭区', '杼港区'],
  noDocCity: '琮州市', noDocProvince: '珩西省',
  areaCodes: ['0498-', '0499-'],
};
