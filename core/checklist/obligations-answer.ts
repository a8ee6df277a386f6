/**
 * "我们是文登的民爆销售公司，要遵守哪些规定？" — an applicability question that asks for everything that binds
 * the asker. It is answered from the same scope reading and binding rules as a checklist, but as the
 * obligations themselves: each an exact quote with its [n], grouped as the documents group them.
 */
import type { AnswerContext, AskOptions } from '../answer/context.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import type { Answer, AskRequest } from '../schemas.js';
import { grouped } from './checklist-rows.js';
import { draftChecklist } from './draft-checklist.js';
import { citedClauses } from './checklist-answer.js';

/** Everything that binds the asker, drafted like a checklist from the question and quoted as obligations. */
export async function obligationsAnswer(ctx: AnswerContext, q: QuestionAnalysis, request: AskRequest, options: AskOptions = {}): Promise<Answer> {
  const checklist = await draftChecklist(ctx, q.question, request.filters, options.signal ? { signal: options.signal } : {});
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
