/**
 * npm run inspect -- FILE
 * Prints the parsed document as JSON: {document: {...}, clauses: [{id, path, level, page, text, start, end}],
 * facts: [{id, type, clauseId, start, end, quote, value, …}]}.
 */
import { readFile } from 'node:fs/promises';
import { lexiconDir, loadConfig } from '../core/config.js';
import { isAppError } from '../core/errors.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { parseDocument } from './parse-document.js';
import { extractFacts } from '../core/facts/extract-facts.js';

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  if (!file) throw new Error('usage: npm run inspect -- FILE');
  const bytes = new Uint8Array(await readFile(file));
  const { places } = loadLexicon({ extraDir: lexiconDir(loadConfig(process.env)) });
  const parsed = await parseDocument(bytes, file, { places });
  const clauses = parsed.clauses.map(({ id, path, level, kind, page, text, start, end, parentId }) => ({ id, path, level, kind, page, text, start, end, parentId }));
  process.stdout.write(JSON.stringify({ document: parsed.document, clauses, facts: extractFacts(parsed) }, null, 2) + '\n');
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e);
  process.exit(1);
});
