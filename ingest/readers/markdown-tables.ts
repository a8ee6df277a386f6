/**
 * Markdown pipe tables read as every other table is (table-to-paragraphs.ts): a `【表格】` line with the
 * header names joined by `｜`, then one `header：value；…` paragraph per row, so a 检查表 in Markdown gives a
 * clause per 检查项目 with its 检查内容 and 检查依据, as a Word table does.
 */
import { tableLines } from './table-lines.js';

// | --- | :---: | — the line under a pipe table's header
const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;

/** The cells of a `| a | b |` line, `**` dropped; undefined for any other line. */
function cells(line: string | undefined): string[] | undefined {
  if (line === undefined || !/^\s*\|.*\|\s*$/u.test(line)) return undefined;
  return line.trim().slice(1, -1).split('|').map((c) => c.trim().replaceAll('**', ''));
}

/** The text with each pipe table replaced by its table paragraphs, blank lines between them. */
export function markdownTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]);
    if (!head || !SEPARATOR.test(lines[i + 1]?.trim() ?? '')) {
      out.push(lines[i]!);
      continue;
    }
    const rows: string[][] = [];
    let row: string[] | undefined;
    for (i += 2; (row = cells(lines[i])) !== undefined; i++) rows.push(row);
    i--;
    // each a paragraph of its own, as the Word reader gives them
    out.push('', ...tableLines(head, rows).flatMap((l) => [l, '']));
  }
  return out.join('\n');
}
