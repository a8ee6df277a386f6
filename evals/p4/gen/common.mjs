// Paths, file names, the contract's norm and the forbidden names, shared by the p4 (蘅州市) generators and verifier.
// 公文 fonts, the DOCX writer and the PDF layout are imported from the p3 pack's helpers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const CASES = path.resolve(PACK, '..', 'cases', 'p4.jsonl');

export const FILE = {
  d1: 'hengzhou-road-transport-dual-prevention-plan.pdf', // 道路运输企业 双重预防机制建设工作方案 (text PDF)
  d2: 'hengzhou-gas-area-major-hazard-criteria.docx', // 冶金工贸企业 煤气区域 重大事故隐患判定细则 (DOCX)
  d3: 'mingke-small-venues-grid-patrol-notice.txt', // 鸣珂街道 九小场所 网格化巡查通知 (GB18030, CRLF)
  d4: 'sangyu-2026-emergency-drill-plan.md', // 桑榆县 2026年度 应急演练计划 (Markdown pipe table)
  d5: 'hengzhou-abolition-notice.txt', // 废止通知, also adjusts three items of d1 (UTF-8, LF)
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names (and area codes) of the other packs; none may appear in this pack's documents or cases. */
export const FORBIDDEN = [
  '白河', '北岸区', '南岸区', '青禾', '东湖区', '西岭区', '澜州', '汀川', '梧岗', '柘溪', '杉浦', '霁川', '枫渡', '鹭洲',
  '云岫', '柳汀', '石湄', '翠湾', '苇塘', '鹤屿', '江口', '新塘', '石埠', '铜川', '棠溪', '江沅', '临皋', '望舒', '芷湾',
  '栖梧', '枕霞', '拾翠', '鸣泉', '石矶', '0485-', '0487-', '0489-',
];
