/** --duties: scores the extracted duty matrix against gold rows (format of evals/cases/duties.jsonl, see evals/README.md). */
import { readFile } from 'node:fs/promises';
import type { KnowledgeBase } from '../core/kb/knowledge-base.js';
import type { ParsedDocument } from '../core/schemas.js';
import { dutyMetrics, parseGoldDuties, type DutyEvalReport } from './duty-metrics.js';

export async function runDutyEval(file: string, kb: KnowledgeBase): Promise<DutyEvalReport> {
  const gold = parseGoldDuties(await readFile(file, 'utf8'));
  const docs: ParsedDocument[] = kb.documents.map((document) => ({ document, text: kb.texts[document.id] ?? '', clauses: kb.clauses.filter((c) => c.docId === document.id) }));
  return dutyMetrics(docs, kb.duties, gold);
}
