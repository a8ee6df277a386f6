/**
 * npm run checklist -- "请求" [--out FILE.docx|.xlsx|.csv|.md] [--docs DIR]... (the formats: EXPORT_FORMATS)
 * Builds (or reuses) the knowledge base like the eval CLI, drafts the checklist and writes it in the format
 * the file name ends with; without --out it prints the Markdown.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { lexiconDir, loadConfig } from '../core/config.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { createAssistant } from '../core/assistant.js';
import { isAppError } from '../core/errors.js';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { draftChecklist } from '../core/checklist/draft-checklist.js';
import { EXPORT_FORMATS, exportChecklist, isExportFormat, listExportFormats } from '../core/checklist/export-formats.js';
import { ingest } from '../ingest/pipeline.js';

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
  const config = loadConfig(process.env);
  const lexicon = loadLexicon({ extraDir: lexiconDir(config) });
  const embedder = createEmbeddings(lexicon, config.openai);
  const temp = values.docs ? await mkdtemp(join(tmpdir(), 'anzhi-checklist-')) : undefined;
  const kbDir = temp ? join(temp, 'kb') : join(config.dataDir, 'kb');
  try {
    const built = await ingest(values.docs ?? [config.corpusDir], { kbDir, embedder, lexicon, maxBytes: config.maxUploadBytes });
    for (const f of built.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
    const assistant = await createAssistant({ kb: await loadKnowledgeBase(kbDir, embedder), lexicon, embedder });
    const checklist = await draftChecklist(assistant, request);
    if (checklist.items.length === 0) console.error(`no clause binds this request (${checklist.scope}); the checklist is empty`);
    const body = await exportChecklist(checklist, format);
    if (values.out) {
      await writeFile(values.out, body);
      console.error(`${checklist.items.length} items from ${checklist.sources.length} documents → ${values.out}`);
    } else console.log(body);
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
