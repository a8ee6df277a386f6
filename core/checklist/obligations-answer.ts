/**
 * "我们是文登的民爆销售公司，要遵守哪些规定？" — an applicability question that asks for everything that binds
 * the asker. It is answered from the same scope reading and binding rules as a checklist, but as the
 * obligations themselves: each an exact quote with its [n], grouped as the documents group them.
 */
import type { AskOptions, Assistant } from '../assistant.js';
import type { Answer, AskRequest } from '../schemas.js';
import { grouped } from './checklist-rows.js';
import { draftChecklist } from './draft-checklist.js';
import { citedClauses } from './checklist-answer.js';

// 要遵守哪些规定, 适用哪些要求, 我们要做什么, 有哪些义务 — asks for everything that applies, not one rule.
const ASKS_ALL = /(?:要遵守|适用|约束|管着)(?:哪些|什么|啥)|(?:有|要做|要遵守|要落实)(?:哪些|什么|啥)(?:规定|要求|义务|责任)|哪些(?:规定|要求|义务)(?:适用|管)/u;

export function asksForAllObligations(question: string): boolean {
  return ASKS_ALL.test(question);
}

export async function obligationsAnswer(assistant: Assistant, request: AskRequest, options: AskOptions = {}): Promise<Answer> {
  const checklist = await draftChecklist(assistant, request.question, request.filters, options.signal ? { signal: options.signal } : {});
  const lines = checklist.items.length > 0 ? [`按您所述（${checklist.scope}），文件中约束您的要求如下：`] : [`文件中没有找到约束该对象的条款（${checklist.scope}）。`];
  for (const { group, items } of grouped(checklist)) {
    lines.push(`【${group}】`);
    for (const item of items) {
      const [first] = item.citations;
      if (!first) continue;
      const freq = item.frequency ? `（频次：${item.frequency}）` : '';
      lines.push(`- “${first.quote}”${freq}${item.citations.map((c) => `[${c.n}]`).join('')}`);
    }
  }
  const answer = lines.join('\n');
  options.onDelta?.(answer);
  return { answer, supported: checklist.items.length > 0, mode: 'extractive', intent: 'applicability', ...citedClauses(checklist) };
}
