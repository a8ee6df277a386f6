/**
 * npm run eval -- --cases FILE.jsonl [--docs DIR]... [--mode extractive|llm] [--json OUT.json]
 *                 [--baseline] [--report evals/REPORT.md]
 * npm run eval -- --duties FILE.jsonl [--docs DIR]... [--json OUT.json]
 * Exit 0 whenever the run completed, whatever the scores; non-zero only when it could not run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { createAssistant } from '../core/assistant.js';
import { createChatModel } from '../core/answer/llm-answer.js';
import { isAppError } from '../core/errors.js';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { ingest } from '../ingest/pipeline.js';
import { runAnswerEval, runRetrievalBaselines, readCases } from './run-cases.js';
import { runDutyEval } from './run-duties.js';
import { renderReport } from './report.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      cases: { type: 'string' },
      duties: { type: 'string' },
      docs: { type: 'string', multiple: true },
      mode: { type: 'string', default: 'extractive' },
      json: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      report: { type: 'string' },
    },
  });
  if (!values.cases && !values.duties) throw new Error('usage: npm run eval -- --cases FILE.jsonl [--docs DIR]... [--mode extractive|llm] [--json OUT] [--baseline] | --duties FILE.jsonl');
  if (values.mode !== 'extractive' && values.mode !== 'llm') throw new Error(`--mode must be extractive or llm, not ${values.mode}`);
  const config = loadConfig(process.env);
  if (values.mode === 'llm' && !config.openai?.chatModel) throw new Error('--mode llm needs OPENAI_BASE_URL, OPENAI_API_KEY and CHAT_MODEL');
  const embedder = createEmbeddings(config.openai);
  const temp = values.docs ? await mkdtemp(join(tmpdir(), 'anzhi-eval-')) : undefined;
  const kbDir = temp ? join(temp, 'kb') : join(config.dataDir, 'kb');
  try {
    const built = await ingest(values.docs ?? [config.corpusDir], { kbDir, embedder, maxBytes: config.maxUploadBytes });
    for (const f of built.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
    const kb = await loadKnowledgeBase(kbDir, embedder);
    let out: Record<string, unknown> = {};
    const duties = values.duties ? await runDutyEval(values.duties, kb) : undefined;
    // Alone, --duties writes {summary, rows}; with --cases it sits under "duties".
    if (duties && !values.cases) out = { ...duties };
    if (values.cases) {
      const chatModel = config.openai?.chatModel;
      const chat = values.mode === 'llm' && config.openai && chatModel ? createChatModel({ baseURL: config.openai.baseURL, apiKey: config.openai.apiKey, chatModel }) : undefined;
      const assistant = await createAssistant(chat ? { kb, embedder, chat } : { kb, embedder });
      const cases = await readCases(values.cases);
      const result = await runAnswerEval(assistant, cases, values.mode);
      out = { ...result.json, ...(duties ? { duties } : {}) };
      const baselines = values.baseline ? await runRetrievalBaselines(kb, assistant, cases) : undefined;
      if (baselines) out.baselines = baselines;
      const report = renderReport({ cases: values.cases, mode: values.mode, result, baselines, duties });
      console.log(report);
      if (values.report) await writeFile(values.report, report);
    } else console.log(renderReport({ mode: values.mode, duties }));
    if (values.json) await writeFile(values.json, JSON.stringify(out, null, 1));
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
