/**
 * A checklist request in chat: drafts the checklist and answers with it, one line per item ending in its
 * [n] citations, then the export links. The drafted checklist goes to `onChecklist` so the caller (the
 * server) can keep it for the export routes, and the caller's `exportLink` says where they are served;
 * core itself keeps nothing and builds no URL.
 */
import type { AnswerContext, AskOptions } from '../answer/context.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import type { Answer, AskRequest, Checklist } from '../schemas.js';
import { grouped } from './checklist-rows.js';
import { draftChecklist } from './draft-checklist.js';
import { exportLabel, type ExportLink } from './export-formats.js';

/** The chat line offers the two office formats; the page offers them all. */
const CHAT_EXPORTS = ['docx', 'xlsx'] as const;

/** Every citation of a checklist once, in [n] order (items share one numbering), and the clauses they name. */
export function citedClauses(checklist: Checklist): Pick<Answer, 'citations' | 'retrieved'> {
  const citations = [...new Map(checklist.items.flatMap((i) => i.citations).map((c) => [c.n, c])).values()].sort((a, b) => a.n - b.n);
  return { citations, retrieved: citations.map((c) => ({ clauseId: c.clauseId, file: c.file, path: c.path, score: 1 })) };
}

/** The chat text of a drafted checklist; the export line is left out when no `exportLink` says where they are served. */
export function renderChecklistAnswer(checklist: Checklist, exportLink?: ExportLink): string {
  if (checklist.items.length === 0) return `文件中没有找到约束该对象的条款，无法起草检查清单（${checklist.scope}）。`;
  const lines = [`已根据文件起草《${checklist.title}》，共${checklist.items.length}项（${checklist.scope}）：`];
  for (const { group, items } of grouped(checklist)) {
    lines.push(`【${group}】`);
    for (const i of items) {
      const extra = [i.frequency && !i.content.includes(i.frequency) ? `频次：${i.frequency}` : '', i.method ? `方式：${i.method}` : ''].filter((x) => x !== '');
      lines.push(`${i.n}. ${i.item}：${i.content}${extra.length > 0 ? `（${extra.join('；')}）` : ''}${i.citations.map((c) => `[${c.n}]`).join('')}`);
    }
  }
  // 导出：Word <where the .docx is> ｜ Excel <where the .xlsx is>
  if (exportLink) lines.push(`导出：${CHAT_EXPORTS.map((f) => `${exportLabel(f)} ${exportLink(checklist.id, f)}`).join(' ｜ ')}`);
  return lines.join('\n');
}

/** Answers a checklist request; `supported` is false when no clause binds the scope. */
export async function checklistAnswer(ctx: AnswerContext, q: QuestionAnalysis, request: AskRequest, options: AskOptions = {}): Promise<Answer> {
  // 那只要消防方面的呢？ after a checklist request narrows that request rather than replacing it (q.checklistRequest).
  const checklist = await draftChecklist(ctx, q.checklistRequest, request.filters, options.signal ? { signal: options.signal } : {});
  const answer = renderChecklistAnswer(checklist, options.exportLink);
  options.onDelta?.(answer);
  const supported = checklist.items.length > 0;
  if (supported) options.onChecklist?.(checklist);
  return { answer, supported, mode: 'extractive', intent: 'checklist', ...citedClauses(checklist), ...(supported ? { checklistId: checklist.id } : {}) };
}
