/**
 * npm run checklist -- "请求" [--out FILE.docx|.xlsx|.csv|.md] [--docs DIR]...
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
import { exportDocx } from '../core/checklist/export-docx.js';
import { exportXlsx } from '../core/checklist/export-xlsx.js';
import { exportCsv } from '../core/checklist/export-csv.js';
import { exportMarkdown } from '../core/checklist/export-markdown.js';
import type { Checklist } from '../core/schemas.js';
import { ingest } from '../ingest/pipeline.js';

const WRITERS: Record<string, (c: Checklist) => Promise<Uint8Array | string>> = {
  '.docx': exportDocx,
  '.xlsx': exportXlsx,
  '.csv': async (c) => exportCsv(c),
  '.md': async (c) => exportMarkdown(c),
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    allowPositionals: true,
    options: { out: { type: 'string' }, docs: { type: 'string', multiple: true } },
  });
  const request = positionals.join(' ').trim();
  if (!request) throw new Error('usage: npm run checklist -- "给文登的民爆企业出一份检查清单" [--out FILE.docx|.xlsx|.csv|.md] [--docs DIR]...');
  const ext = values.out ? extname(values.out).toLowerCase() : '.md';
  const write = WRITERS[ext];
  if (!write) throw new Error(`--out ${values.out} must end in .docx, .xlsx, .csv or .md`);
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
    const body = await write(checklist);
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
