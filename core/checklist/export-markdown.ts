/**
 * The checklist as Markdown: title, scope, date, sources, then one table per group.
 */
import type { Checklist } from '../schemas.js';
import { COLUMNS, dateOf, grouped, rowOf, shortTitle } from './checklist-rows.js';

/** A table cell: pipes escaped, line breaks as <br>. */
function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');
}

export function exportMarkdown(checklist: Checklist): string {
  const lines = [
    `# ${checklist.title}`,
    '',
    `- 适用范围：${checklist.scope}`,
    `- 生成日期：${dateOf(checklist)}`,
    `- 依据文件：${checklist.sources.map((s) => `《${shortTitle(s)}》（${s.file}）`).join('；') || '无'}`,
    '',
  ];
  for (const { group, items } of grouped(checklist)) {
    lines.push(`## ${group}`, '', `| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`);
    for (const item of items) lines.push(`| ${rowOf(item).map(cell).join(' | ')} |`);
    lines.push('');
  }
  if (checklist.items.length === 0) lines.push('知识库中没有找到约束该对象的条款，未生成检查项。', '');
  return lines.join('\n');
}
