// Paths, file names, the contract's norm and the forbidden names, shared by the p8 (蓠峤省, 非煤矿山和尾矿库) generators
// and verifier. The PDF layout is imported from the p3 pack's helper (../../p3/gen/pdf-layout.mjs), the DOCX fonts and the
// byte-reproducible writer from ../../p3/gen/docx-common.mjs, the PDF page reading from ../../p3/gen/pdf-pages.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const ROOT = path.resolve(PACK, '..', '..');
export const DOCS = path.join(PACK, 'docs');
export const LAWS = path.join(ROOT, 'corpus', 'laws');
export const CASES = path.resolve(PACK, '..', 'cases', 'p8.jsonl');

export const FILE = {
  d1: '苎岩县茗溪矿业有限公司石槽沟尾矿库坝体滑塌事故调查报告(2026-01-16).pdf', // county 事故调查报告, text PDF
  d2: '苎岩县安全生产委员会2026年第一次全体会议纪要(2026-02-06).docx', // county 安委会 会议纪要, DOCX
  d3: '磬峪市安委办关于对堇坪县铜坳矿业有限公司重大事故隐患挂牌督办的通知(2026-03-12).html', // 挂牌督办, saved web page
  d4: '蓠峤省地方标准尾矿库安全监测技术规范DB79T1186-2026(2026-01-20).md', // provincial DB standard excerpt, Markdown
  d5: '苎岩县安委会关于开展2026年非煤矿山和尾矿库安全专项整治的通知(2026-04-10).txt', // county 通知, GB18030 CRLF
};
/** National texts of corpus/laws that gold anchors may point at (the run loads corpus/laws too). */
export const LAW = {
  aq: '安全生产法(2021-06-10).md',
  sg: '生产安全事故报告和调查处理条例(2007-04-09).md',
  xk: '安全生产许可证条例(2014-07-29).md',
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
  '璞岭', '砚湖', '棣阳', '荇桥', '芑林', '蓍原', '楝亭', '杼港', '琮州', '珩西',
  '0482-', '0485-', '0487-', '0489-', '0493-', '0496-', '0497-', '0498-', '0499-', '0951-',
  // real provinces and large cities, in case a sentence slipped one in
  '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '深圳', '厦门', '珠海', '汕头', '杭州', '南京', '广州', '成都', '武汉', '西安',
];
/** This pack's own places (checked: no hit in evals/, corpus/, /work/shared before the pack was written). */
export const PLACES = {
  province: '蓠峤省',
  city: '磬峪市',
  counties: ['苎岩县', '堇坪县'],
  noDocCounty: '荪口区', noDocCity: '茆州市', noDocProvince: '葳岭省',
  areaCodes: ['0507-'],
};
