// Paths, file names and the contract's norm, shared by the p1 (汀川市) pack generators and the verifier.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const CASES = path.resolve(PACK, '..', 'cases', 'p1.jsonl');

export const FILE = {
  d1: 'tingchuan-gas-rectification-plan.docx', // 城镇燃气安全专项整治实施方案 (DOCX)
  d2: 'tingchuan-hazmat-road-transport-notice.pdf', // 危险货物道路运输安全专项检查通知 (PDF)
  d3: 'tingchuan-confined-space-checklist.md', // 工贸企业有限空间作业安全检查指引 (Markdown)
  d4: 'tingchuan-dust-explosion-criteria.txt', // 粉尘涉爆重大事故隐患判定细则 (UTF-8 BOM, CRLF)
  d5: 'tingchuan-gas-adjustment-notice.txt', // 调整通知, supersedes parts of d1 (GB18030, CRLF)
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');

/** Names other packs (or real places) use; none may appear in this pack. */
export const FORBIDDEN = ['白河', '北岸', '南岸', '青禾', '东湖区', '西岭区', '澜州', '江口', '新塘', '石埠', '铜川', '0487-'];
