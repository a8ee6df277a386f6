/**
 * npm run duties -- [--unit U] [--doc D] [--target T] [--task T] [--format table|json|csv] [--corpus DIR]
 * Prints the duty matrix (who leads, who cooperates, by when, how often) of the .txt/.md notices in
 * DIR (default corpus/), filtered. Exit code 0: printed (possibly no rows); 1: bad arguments or input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDuties } from '../core/duties/extract-duties.js';
import { formatDuties, type DutyFormat } from '../core/duties/format-duties.js';
import { queryDuties } from '../core/duties/query-duties.js';
import { AppError, isAppError } from '../core/errors.js';
import type { ParsedDocument } from '../core/schemas.js';
import { parseRaw, sha256 } from './parse-raw.js';

const FORMATS: readonly DutyFormat[] = ['table', 'json', 'csv'];

function readCorpus(dir: string): ParsedDocument[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    throw new AppError('INGEST_NOT_FOUND', `cannot read the folder ${dir}; pass --corpus with a folder of .txt/.md notices`, { cause });
  }
  return names
    .filter((n) => ['.txt', '.md'].includes(extname(n).toLowerCase()))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const format = extname(name).toLowerCase() === '.md' ? 'md' : 'txt';
      return parseRaw({ format, pages: [{ num: 1, text: bytes.toString('utf8') }] }, name, sha256(bytes));
    });
}

function main(): number {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      unit: { type: 'string' },
      doc: { type: 'string' },
      target: { type: 'string' },
      task: { type: 'string' },
      format: { type: 'string', default: 'table' },
      corpus: { type: 'string', default: 'corpus' },
    },
  });
  const format = FORMATS.find((f) => f === values.format);
  if (!format) {
    throw new AppError('BAD_REQUEST', `--format ${values.format} is not known; use table, json or csv`);
  }
  const docs = readCorpus(values.corpus);
  const duties = docs.flatMap(extractDuties);
  const rows = queryDuties(
    duties,
    docs.map((d) => d.document),
    {
      ...(values.unit ? { unit: values.unit } : {}),
      ...(values.doc ? { doc: values.doc } : {}),
      ...(values.target ? { target: values.target } : {}),
      ...(values.task ? { task: values.task } : {}),
    },
  );
  process.stdout.write(formatDuties(rows, format));
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(isAppError(e) || e instanceof TypeError ? `${e.message}` : e);
  process.exitCode = 1;
}
