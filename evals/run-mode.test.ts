import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

describe('npm run eval -- --mode llm', () => {
  it('without an endpoint says what to set and exits 2', () => {
    const env = { ...process.env };
    for (const k of ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'CHAT_MODEL', 'EMBEDDING_MODEL']) delete env[k];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'evals/run.ts', '--mode', 'llm', '--cases', 'evals/cases/dev.jsonl'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'no model endpoint is configured, so --mode llm cannot run: set OPENAI_BASE_URL, OPENAI_API_KEY and CHAT_MODEL (an OpenAI-compatible server: DeepSeek, Qwen/DashScope, vLLM, Ollama), or drop --mode llm to score the offline answers',
    );
  });
});
