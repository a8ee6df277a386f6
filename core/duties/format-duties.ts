/**
 * The duty matrix as text for the CLI: an aligned table for a terminal, JSON, or CSV that Excel opens
 * as UTF-8 (it needs the byte-order mark to).
 */
import { AppError } from '../errors.js';
import { csvField } from '../text/csv-field.js';
import type { Duty } from '../schemas.js';
import type { DutyHit } from './query-duties.js';

/** Output formats of `npm run duties`. */
export type DutyFormat = 'table' | 'json' | 'csv';

const HOW: Record<Duty['how'], string> = {
  explicit: '明确列出',
  inherited: '沿用前文',
  sentence: '句中',
  table: '表格',
};
const ROLE = { lead: '牵头', cooperate: '配合' } as const;

export const COLUMNS = ['文件', '条款', '任务', '牵头', '配合', '时限', '频次', '对象', '角色', '来源', '原文'] as const;
export type Column = (typeof COLUMNS)[number];

/** Widest a table cell may be, in terminal columns, before it is cut with …. */
const CELL_MAX: Partial<Record<Column, number>> = { 条款: 24, 任务: 36, 牵头: 48, 配合: 40, 原文: 40 };

/** One row's cells, as every format shows them. */
export function cellsOf(hit: DutyHit): Record<Column, string> {
  const d = hit.duty;
  const lead = d.lead.join('、') + (d.undifferentiated ? '（未区分牵头与配合）' : '');
  return {
    文件: hit.document?.file ?? d.docId,
    条款: d.path.join('›'),
    任务: d.task,
    牵头: lead,
    配合: d.cooperate.join('、'),
    时限: d.deadline?.text ?? '',
    频次: d.frequency?.text ?? '',
    对象: d.targets.join('、'),
    角色: hit.role ? ROLE[hit.role] : '',
    来源: d.how === 'inherited' && d.inheritedFrom ? `${HOW[d.how]}（${d.inheritedFrom}）` : HOW[d.how],
    原文: d.quote.replace(/\s+/gu, ' '),
  };
}

/** Terminal columns a character takes: 2 for CJK and full-width forms, 1 otherwise. */
function charWidth(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

function cut(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (width(out) + charWidth(ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function cutStart(s: string, max: number): string {
  const reversed = (t: string): string => [...t].reverse().join('');
  return reversed(cut(reversed(s), max));
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function table(rows: DutyHit[]): string {
  const used = COLUMNS.filter((c) => c !== '角色' || rows.some((r) => r.role));
  const body = rows.map((r) => {
    const cells = cellsOf(r);
    // the end of a clause path (（三）… › 1.…) says more than its start
    return used.map((c) => (c === '条款' ? cutStart : cut)(cells[c], CELL_MAX[c] ?? 40));
  });
  const widths = used.map((c, i) => Math.max(width(c), ...body.map((row) => width(row[i]!))));
  const line = (cells: readonly string[]): string => cells.map((s, i) => pad(s, widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(used), rule, ...body.map(line), '', `共 ${rows.length} 条`].join('\n') + '\n';
}

function csv(rows: DutyHit[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(cellsOf(r)[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function json(rows: DutyHit[]): string {
  const out = rows.map((r) => ({
    ...r.duty,
    ...(r.role ? { role: r.role } : {}),
    ...(r.document ? { file: r.document.file, title: r.document.title } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The rows in one format; `table` says when nothing matched. */
export function formatDuties(rows: DutyHit[], format: DutyFormat): string {
  switch (format) {
    case 'table':
      return rows.length ? table(rows) : '没有匹配的职责条目\n';
    case 'json':
      return json(rows);
    case 'csv':
      return csv(rows);
    default: {
      const never: never = format;
      throw new AppError('BAD_REQUEST', `unknown duty format ${String(never)}; use table, json or csv`);
    }
  }
}
