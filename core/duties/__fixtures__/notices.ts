/**
 * The shipped notices parsed as the duty tests need them, and a helper to find a clause's duties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRaw, sha256 } from '../../../ingest/parse-raw.js';
import type { Duty, ParsedDocument } from '../../schemas.js';
import { norm } from '../../text/normalize.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'corpus', 'notices');

/** A corpus file by its number: notice('003') → 003_f7d37758b1e40b09.txt parsed. */
export function notice(prefix: string): ParsedDocument {
  const bytes = readFileSync(join(corpus, NOTICES[prefix]!));
  return parseRaw({ format: 'txt', pages: [{ num: 1, text: bytes.toString('utf8') }] }, NOTICES[prefix]!, sha256(bytes));
}

export const NOTICES: Record<string, string> = {
  '000': '000_520195096db562b3.txt',
  '001': '001_443897da330bd342.txt',
  '002': '002_c1536b6ac6ba3ddc.txt',
  '003': '003_f7d37758b1e40b09.txt',
  '004': '004_030a31d8aad843b8.txt',
};

/** Text pages in, parsed document out, for synthetic notices written in a test. */
export function parseText(text: string, file = '方案.txt', format: 'txt' | 'docx' = 'txt'): ParsedDocument {
  return parseRaw({ format, pages: [{ num: 1, text }] }, file, 'test');
}

/** The duties on the one clause whose text holds `anchor`. */
export function dutiesAt(doc: ParsedDocument, duties: readonly Duty[], anchor: string): Duty[] {
  const hits = doc.clauses.filter((c) => norm(c.text).includes(norm(anchor)));
  if (hits.length !== 1) throw new Error(`${hits.length} clauses hold ${anchor}`);
  return duties.filter((d) => d.clauseId === hits[0]!.id);
}
