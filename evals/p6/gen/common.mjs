// Paths, file names, the contract's norm and the forbidden names, shared by the p6 (漪川市) generators and verifier.
// The PDF layout and the DOCX packer/fonts are imported from the p3 pack's helpers (../../p3/gen/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const CASES = path.resolve(PACK, '..', 'cases', 'p6.jsonl');

export const FILE = {
  d1: '漪川市特种设备安全隐患专项整治工作方案(2026-03-20).docx', // city 工作方案, 任务分工 Word table with a merged cell
  d2: '漪川市特种设备重大事故隐患判定细则(2026-04-08).pdf', // 判定细则, text PDF (p3 pdf-layout)
  d3: '芸渚区商场超市和大型商业综合体特种设备安全专项检查通知(2026-04-22).html', // district 通知, saved web page
  d4: '漪川市商场超市综合体和物流仓储企业特种设备安全检查表(2026-05-12).md', // enterprise check list, UTF-8 Markdown
  d5: '漪川市特种设备安全隐患专项整治工作方案补充通知(2026-06-18).txt', // 补充通知 changing Doc 1, GB18030 CRLF
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names and area codes of the other packs and of the dev data; none may appear in this pack's documents or cases. */
export const FORBIDDEN = [
  '白河', '北岸区', '南岸区', '青禾', '东湖区', '西岭区', '澜州', '汀川', '梧岗', '柘溪', '杉浦', '霁川', '枫渡', '鹭洲',
  '云岫', '柳汀', '石湄', '翠湾', '苇塘', '鹤屿', '江口', '新塘', '石埠', '铜川', '棠溪', '江沅', '临皋', '望舒', '芷湾',
  '栖梧', '枕霞', '拾翠', '鸣泉', '石矶', '蘅州', '瑶光', '沉璧', '雁回', '桑榆', '鸣珂',
  '岑岚', '萸州', '蓼汀', '枳垣', '筠廊', '苔坪', '檀口', '菱港', '蕙渚', '梓陂', '溆屏', '雪桥',
  '0485-', '0487-', '0489-', '0493-', '0496-', '0497-',
  // real provinces and large cities, in case a sentence slipped one in
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '深圳', '厦门', '珠海', '汕头', '杭州', '南京', '广州', '成都', '武汉', '西安',
];
