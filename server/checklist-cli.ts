/**
 * npm run checklist -- "请求" [--out FILE.docx|.xlsx|.csv|.md] [--docs DIR]... (the formats: EXPORT_FORMATS)
 * Opens the knowledge base like the other CLIs (never rewriting it; --docs builds a temporary one), drafts the
 * checklist and writes it in the format the file name ends with; without --out it prints the Markdown.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { createAssistant } from '../core/assistant.js';
import { isAppError } from '../core/errors.js';
import { draftChecklist } from '../core/checklist/draft-checklist.js';
import { EXPORT_FORMATS, exportChecklist, isExportFormat, listExportFormats } from '../core/checklist/export-formats.js';
import { openKnowledgeBase } from '../ingest/open-knowledge-base.js';

const OUT = `FILE${EXPORT_FORMATS.map((f) => `.${f}`).join('|')}`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: { out: { type: 'string' }, docs: { type: 'string', multiple: true } },
  });
  const request = positionals.join(' ').trim();
  if (!request) throw new Error(`usage: npm run checklist -- "给文登的民爆企业出一份检查清单" [--out ${OUT}] [--docs DIR]...`);
  const format = values.out ? extname(values.out).toLowerCase().slice(1) : 'md';
  if (!isExportFormat(format)) throw new Error(`--out ${values.out} must end in ${listExportFormats((f) => `.${f}`)}`);
  const opened = await openKnowledgeBase(loadConfig(process.env), values.docs, 'npm run checklist');
  try {
    for (const f of opened.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
    const { kb, lexicon, embedder } = opened;
    const assistant = await createAssistant({ kb, lexicon, embedder });
    const checklist = await draftChecklist(assistant, request);
    if (checklist.items.length === 0) console.error(`no clause binds this request (${checklist.scope}); the checklist is empty`);
    const body = await exportChecklist(checklist, format);
    if (values.out) {
      await writeFile(values.out, body);
      console.error(`${checklist.items.length} items from ${checklist.sources.length} documents → ${values.out}`);
    } else console.log(body);
  } finally {
    await opened.close();
  }
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
