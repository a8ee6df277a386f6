import { describe, expect, it } from 'vitest';
import type { Checklist } from '../schemas.js';
import { exportCsv } from './export-csv.js';
import { exportMarkdown } from './export-markdown.js';
import { EXPORT_FORMATS, exportChecklist, exportContentType, exportLabel, isExportFormat, listExportFormats } from './export-formats.js';

const checklist: Checklist = {
  id: 'a1b2c3d4e5',
  title: '民爆企业安全检查清单（初稿）',
  request: '给民爆企业出一份检查清单',
  scope: '对象：民爆企业',
  createdAt: '2024-05-06T08:00:00.000Z',
  sources: [],
  items: [],
};

describe('export formats', () => {
  it.each([
    ['docx', 'Word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'Excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['csv', 'CSV', 'text/csv; charset=utf-8'],
    ['md', 'Markdown', 'text/markdown; charset=utf-8'],
  ] as const)('%s is offered as %s with content type %s', (format, label, type) => {
    expect(exportLabel(format)).toBe(label);
    expect(exportContentType(format)).toBe(type);
  });

  it('lists the formats in order, in one sentence', () => {
    expect(EXPORT_FORMATS).toEqual(['docx', 'xlsx', 'csv', 'md']);
    expect(listExportFormats((f) => `.${f}`)).toBe('.docx, .xlsx, .csv or .md');
  });

  it.each([
    ['docx', true],
    ['md', true],
    ['pdf', false],
    ['DOCX', false],
    ['', false],
  ] as const)('isExportFormat(%j) is %s', (text, known) => {
    expect(isExportFormat(text)).toBe(known);
  });

  it('dispatches to the writer of each format', async () => {
    expect(await exportChecklist(checklist, 'md')).toBe(exportMarkdown(checklist));
    expect(await exportChecklist(checklist, 'csv')).toBe(exportCsv(checklist));
    const docx = await exportChecklist(checklist, 'docx');
    expect(typeof docx === 'string' ? '' : Buffer.from(docx.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
