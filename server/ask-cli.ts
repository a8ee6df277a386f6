/**
 * npm run ask -- "问题" [--json] [--mode extractive|llm]
 * One answer with its citations in the terminal, through the same code path as POST /api/ask.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { createAssistant } from '../core/assistant.js';
import { chatModelFor } from '../core/agent/chat-model.js';
import { isAppError } from '../core/errors.js';
import { openKnowledgeBase } from '../ingest/open-knowledge-base.js';
import { checklistExportLink } from './checklist-export-link.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const question = positionals.join(' ').trim();
  if (question === '') throw new Error('usage: npm run ask -- "问题" [--json]');
  const config = loadConfig(process.env);
  const opened = await openKnowledgeBase(config, undefined, 'npm run ask');
  const chat = chatModelFor(config);
  const assistant = await createAssistant({ kb: opened.kb, lexicon: opened.lexicon, embedder: opened.embedder, ...(chat ? { chat } : {}) });
  const answer = await assistant.ask({ question }, { onDelta: values.json || !chat ? undefined : (t) => process.stdout.write(t), exportLink: checklistExportLink });
  if (values.json) {
    process.stdout.write(JSON.stringify(answer, null, 2) + '\n');
    return;
  }
  if (!chat) process.stdout.write(answer.answer);
  process.stdout.write(`\n\n${answer.supported ? '' : '（文件未直接回答此问题）\n'}`);
  for (const c of answer.citations) process.stdout.write(`[${c.n}] 《${c.title}》 ${c.path.join(' › ')}\n    “${c.quote}”\n`);
  for (const r of answer.rejected ?? []) process.stdout.write(`已删除的引用 [${r.n}]：${r.reason}\n`);
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}  ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
