// Paths, file names, the contract's norm and the forbidden names, shared by the p3 (棠溪市) generators and verifier.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const CASES = path.resolve(PACK, '..', 'cases', 'p3.jsonl');

export const FILE = {
  d1: 'tangxi-construction-hazard-criteria.docx', // 房屋市政工程重大事故隐患判定实施细则 (DOCX)
  d2: 'tangxi-port-hazmat-rectification-plan.pdf', // 港口危险货物安全专项整治工作方案 (PDF, drawn table)
  d3: 'wangshu-fireworks-seasonal-notice.txt', // 望舒区 烟花爆竹 季节性安全监管通知 (GB18030, CRLF)
  d4: 'tangxi-school-hospital-fire-checklist.docx', // 学校医院消防安全检查表 (DOCX table)
  d5: 'tangxi-port-plan-adjustment.md', // 补充通知, changes parts of d2 (Markdown, UTF-8, LF)
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names of other packs (and their area codes); none may appear in this pack. */
export const FORBIDDEN = [
  '白河', '北岸区', '南岸区', '青禾', '东湖区', '西岭区', '澜州', '汀川', '梧岗', '柘溪', '杉浦', '霁川', '枫渡', '鹭洲',
  '云岫', '柳汀', '石湄', '翠湾', '苇塘', '鹤屿', '江口', '新塘', '石埠', '铜川', '0487-', '0489-',
];
