/**
 * npm run eval -- --cases FILE.jsonl [--docs DIR]... [--mode extractive|llm] [--json OUT.json]
 *                 [--baseline] [--report evals/REPORT.md]
 * npm run eval -- --duties FILE.jsonl [--docs DIR]... [--json OUT.json]
 * --mode llm answers every case through the same agent as the server (core/agent), with the configured endpoint.
 * Exit 0 whenever the run completed, whatever the scores; 2 when --mode llm has no endpoint to run against;
 * 1 when it could not run for another reason.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { createAssistant } from '../core/assistant.js';
import { chatModelFor } from '../core/agent/chat-model.js';
import { isAppError } from '../core/errors.js';
import { openKnowledgeBase } from '../ingest/open-knowledge-base.js';
import { runAnswerEval, runRetrievalBaselines, readCases } from './run-cases.js';
import { runDutyEval } from './run-duties.js';
import { renderReport } from './report.js';

/** Printed, with exit code 2, when --mode llm is asked for and no chat model is configured. */
const NO_ENDPOINT = 'no model endpoint is configured, so --mode llm cannot run: set OPENAI_BASE_URL, OPENAI_API_KEY and CHAT_MODEL (an OpenAI-compatible server: DeepSeek, Qwen/DashScope, vLLM, Ollama), or drop --mode llm to score the offline answers';

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
  if (values.mode !== 'extractive' && values.mode !== 'llm') throw new Error(`--mode must be extractive or llm, not ${values.mode}`);
  const config = loadConfig(process.env);
  if (values.mode === 'llm' && !config.openai?.chatModel) {
    console.error(NO_ENDPOINT);
    process.exit(2);
  }
  if (!values.cases && !values.duties) throw new Error('usage: npm run eval -- --cases FILE.jsonl [--docs DIR]... [--mode extractive|llm] [--json OUT] [--baseline] | --duties FILE.jsonl');
  const opened = await openKnowledgeBase(config, values.docs);
  try {
    for (const f of opened.failures) console.error(`${f.code}  ${f.file}  ${f.message}`);
    const { kb, lexicon, embedder } = opened;
    let out: Record<string, unknown> = {};
    const duties = values.duties ? await runDutyEval(values.duties, kb) : undefined;
    // Alone, --duties writes {summary, rows}; with --cases it sits under "duties".
    if (duties && !values.cases) out = { ...duties };
    if (values.cases) {
      const chat = values.mode === 'llm' ? chatModelFor(config) : undefined;
      const assistant = await createAssistant(chat ? { kb, lexicon, embedder, chat } : { kb, lexicon, embedder });
      const cases = await readCases(values.cases);
      const result = await runAnswerEval(assistant, cases, values.mode);
      out = { ...result.json, ...(duties ? { duties } : {}) };
      const baselines = values.baseline ? await runRetrievalBaselines(kb, assistant, embedder, cases) : undefined;
      if (baselines) out.baselines = baselines;
      const report = renderReport({ cases: values.cases, mode: values.mode, result, baselines, duties });
      console.log(report);
      if (values.report) await writeFile(values.report, report);
    } else console.log(renderReport({ mode: values.mode, duties }));
    if (values.json) await writeFile(values.json, JSON.stringify(out, null, 1));
  } finally {
    await opened.close();
  }
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
