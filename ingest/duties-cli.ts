/**
 * npm run duties -- [--unit U] [--doc D] [--target T] [--task T] [--format table|json|csv] [--docs DIR]…
 * Prints the duty matrix (who leads, who cooperates, by when, how often) of the knowledge base built
 * from corpus/ (or from --docs folders, any supported format), filtered. Exit code 0: printed (possibly no rows); 1: bad arguments or input.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { formatDuties, type DutyFormat } from '../core/duties/format-duties.js';
import { queryDuties } from '../core/duties/query-duties.js';
import { AppError, isAppError } from '../core/errors.js';
import { openKnowledgeBase } from './open-knowledge-base.js';

const FORMATS: readonly DutyFormat[] = ['table', 'json', 'csv'];

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      unit: { type: 'string' },
      doc: { type: 'string' },
      target: { type: 'string' },
      task: { type: 'string' },
      format: { type: 'string', default: 'table' },
      docs: { type: 'string', multiple: true },
    },
  });
  const format = FORMATS.find((f) => f === values.format);
  if (!format) {
    throw new AppError('BAD_REQUEST', `--format ${values.format} is not known; use table, json or csv`);
  }
  const opened = await openKnowledgeBase(loadConfig(process.env), values.docs, 'npm run duties');
  for (const f of opened.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
  const { kb, lexicon } = opened;
  await opened.close();
  const rows = queryDuties(
    kb.duties,
    kb.documents,
    {
      ...(values.unit ? { unit: values.unit } : {}),
      ...(values.doc ? { doc: values.doc } : {}),
      ...(values.target ? { target: values.target } : {}),
      ...(values.task ? { task: values.task } : {}),
    },
    lexicon.aliases,
  );
  process.stdout.write(formatDuties(rows, format));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof TypeError ? e.message : e);
    process.exitCode = 1;
  },
);
