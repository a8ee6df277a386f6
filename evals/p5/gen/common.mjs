// Paths, file names, the contract's norm and the forbidden names, shared by the p5 (岑岚省) generators and verifier.
// The PDF layout and the DOCX packer are imported from the p3 pack's helpers (../../p3/gen/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.resolve(PACK, '..', '..', 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p5.jsonl');

export const FILE = {
  d1: '岑岚省燃气安全管理条例(2025-07-30).pdf', // 地方性法规, current (2025 修订), text PDF
  d2: '岑岚省燃气安全管理条例(2019-09-26).txt', // the earlier version of the same 条例, UTF-8 LF
  d3: '萸州市餐饮场所燃气安全管理办法(2023-05-10).docx', // 市政府规章 (令第87号), DOCX with a 检查频次 table
  d4: '蓼汀市餐饮场所瓶装液化石油气使用安全管理规定(2024-06-18).txt', // 规范性文件, 有效期至2028年, GB18030 CRLF
  d5: '萸州市人民政府关于修改和废止部分市政府规章的决定(2026-01-20).md', // amends d3 (令第104号), Markdown
  d6: '筠廊区餐饮场所燃气安全专项整治工作方案(2026-03-12).docx', // district 工作方案, DOCX
};
export const LAW = {
  aqf: '安全生产法(2021-06-10).md',
  tzsb: '特种设备安全法(2013-06-29).md',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names (and area codes) of the other packs and of the dev data; none may appear in this pack's documents or cases. */
export const FORBIDDEN = [
  '白河', '北岸区', '南岸区', '青禾', '东湖区', '西岭区', '澜州', '汀川', '梧岗', '柘溪', '杉浦', '霁川', '枫渡', '鹭洲',
  '云岫', '柳汀', '石湄', '翠湾', '苇塘', '鹤屿', '江口', '新塘', '石埠', '铜川', '棠溪', '江沅', '临皋', '望舒', '芷湾',
  '栖梧', '枕霞', '拾翠', '鸣泉', '石矶', '蘅州', '瑶光', '沉璧', '雁回', '桑榆', '鸣珂',
  '0485-', '0487-', '0489-', '0493-',
  // real provinces and provincial capitals, in case a sentence slipped one in
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '深圳', '厦门', '珠海', '汕头', '杭州', '南京', '广州', '成都', '武汉', '西安',
];
