/**
 * Prompt templates live in prompts/ as Chinese Markdown; this is the one typed way to fill them.
 */
import { readFileSync } from 'node:fs';

export interface PromptVars {
  agent: { today: string; asOf: string; maxToolCalls: string };
}

const cache = new Map<string, string>();

/** Fills `prompts/<name>.zh.md`; every {{var}} in the template must be given. */
export function renderPrompt<N extends keyof PromptVars>(name: N, vars: PromptVars[N]): string {
  let template = cache.get(name);
  if (template === undefined) {
    template = readFileSync(new URL(`../prompts/${name}.zh.md`, import.meta.url), 'utf8');
    cache.set(name, template);
  }
  const values = vars as unknown as Record<string, string>;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`prompt ${name} needs {{${key}}}`);
    return v;
  });
}
