// Paths and file names shared by the 澜州市 pack generators and the verifier.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEN = path.dirname(fileURLToPath(import.meta.url));
export const PACK = path.resolve(GEN, '..');
export const DOCS = path.join(PACK, 'docs');
export const CASES = path.resolve(PACK, '..', 'cases', 'own.jsonl');

export const FILE = {
  a: 'lanzhou-chem-inspection-notice.pdf',
  b: 'lanzhou-construction-hazard-criteria.txt',
  c: 'lanzhou-port-task-division.docx',
  d: 'lanzhou-port-adjustment-notice.txt',
};

/** The eval contract's norm: NFKC, then drop all whitespace and `*`. */
export const norm = (s) => s.normalize('NFKC').replace(/[\s*]+/gu, '');
