/**
 * A task row another document changed in part (第8项…牵头单位调整为市大数据局，配合单位和完成时限不变): the row as
 * it stands now. The new value is stated from the changing sentence, each unchanged cell from the row itself, each
 * cited where it is written; the changed cell of the old row is never quoted.
 */
import type { Clause, Duty, Override } from '../schemas.js';
import { rowCells } from '../duties/table-rows.js';
import { CHANGED_TO, headerRole, type HeaderRole } from '../text/zh/index.js';
import type { Citer } from './citer.js';

const LABEL: Partial<Record<HeaderRole, string>> = { lead: '负责（牵头）', cooperate: '配合单位', deadline: '完成时限', frequency: '频次' };

/** A change to one field of an item (not the whole of it, not a repeal), in effect on `asOf`. */
export function partialChange(overrides: readonly Override[], asOf: string, is: (o: Override) => boolean): Override | undefined {
  return overrides.find((o) => is(o) && o.action === 'adjust' && o.field !== undefined && o.field !== 'whole' && (o.effective === undefined || o.effective.slice(0, 10) <= asOf.slice(0, 10)));
}

/** A field of the item: its role and value, and where the value is written in the item's clause. */
interface Field {
  role: HeaderRole;
  value: string;
  start: number;
  end: number;
}

/**
 * The fields of a task table row (its cells), or of an item whose duty the matrix holds (（牵头单位：…；配合单位：…；
 * 完成时限：…） after its text): each value where the clause writes it.
 */
function fieldsOf(item: Clause, duty: Duty | undefined): Field[] {
  if (item.kind === 'row') return rowCells(item.text).map((c) => ({ role: headerRole(c.header), value: c.value, start: c.start + c.header.length + 1, end: c.end }));
  if (!duty) return [];
  const out: Field[] = [];
  const put = (role: HeaderRole, value: string | undefined) => {
    const at = value ? item.text.lastIndexOf(value) : -1;
    if (value && at >= 0) out.push({ role, value, start: at, end: at + value.length });
  };
  put('lead', duty.lead.join('、'));
  put('cooperate', duty.cooperate.join('、'));
  put('deadline', duty.deadline?.text);
  return out;
}

/** Lines for an item as `change` left it; none when its fields cannot be read or the new value cannot be. */
export function changedRowLines(change: Override, clauses: ReadonlyMap<string, Clause>, duties: readonly Duty[], where: (clause: Clause) => string, citer: Citer): string[] {
  const row = change.targetClauseId ? clauses.get(change.targetClauseId) : undefined;
  const changing = clauses.get(change.clauseId);
  const to = CHANGED_TO.exec(change.quote)?.[1];
  if (!row || !changing || !to) return [];
  const cells = fieldsOf(row, duties.find((d) => d.clauseId === row.id));
  // a table with no 频次 column writes the frequency under 完成时限: that is the cell the change replaces
  const changed = cells.some((c) => c.role === change.field) ? change.field : change.field === 'frequency' ? 'deadline' : change.field;
  const n = citer.cite(changing, change.quote);
  const lines = [`${where(row)}（部分已调整，以调整后为准）：`];
  for (const cell of cells) {
    const label = LABEL[cell.role];
    if (!label) continue;
    if (cell.role === changed) lines.push(`- ${label}：${to}[${n}]（已调整）`);
    else if (cell.value !== '') lines.push(`- ${label}：${cell.value}[${citer.cite(row, row.text.slice(cell.start, cell.end))}]`);
  }
  if (!lines.some((l) => l.endsWith('（已调整）'))) return [];
  // the changing sentence itself, which also says what stays (牵头单位和配合单位不变)
  lines.push(`调整依据：“${change.quote}”[${n}]`);
  return lines;
}
