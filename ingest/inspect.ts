/**
 * npm run inspect -- FILE
 * Prints the parsed document as JSON: {document: {...}, clauses: [{id, path, level, page, text, start, end}]}.
 */
import { readFile } from 'node:fs/promises';
import { isAppError } from '../core/errors.js';
import { parseDocument } from './parse-document.js';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  if (!file) throw new Error('usage: npm run inspect -- FILE');
  const bytes = new Uint8Array(await readFile(file));
  const parsed = await parseDocument(bytes, file);
  const clauses = parsed.clauses.map(({ id, path, level, kind, page, text, start, end, parentId }) => ({ id, path, level, kind, page, text, start, end, parentId }));
  process.stdout.write(JSON.stringify({ document: parsed.document, clauses }, null, 2) + '\n');
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e);
  process.exit(1);
});
