/**
 * The formats a checklist exports to, declared once: the server's export route, the checklist CLI and the
 * chat answer read this table (the page's links are checked against it by the browser test). Where an
 * export is served is the caller's business: core builds no URL, it is given an `ExportLink`.
 */
import type { Checklist } from '../schemas.js';
import { exportCsv } from './export-csv.js';
import { exportDocx } from './export-docx.js';
import { exportMarkdown } from './export-markdown.js';
import { exportXlsx } from './export-xlsx.js';

/** In the order they are offered. */
export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportFormatInfo {
  /** What a reader calls it: 导出：Word … */
  label: string;
  contentType: string;
  write(checklist: Checklist): Promise<Uint8Array | string>;
}

const FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  docx: { label: 'Word', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', write: exportDocx },
  xlsx: { label: 'Excel', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: exportXlsx },
  csv: { label: 'CSV', contentType: 'text/csv; charset=utf-8', write: async (c) => exportCsv(c) },
  md: { label: 'Markdown', contentType: 'text/markdown; charset=utf-8', write: async (c) => exportMarkdown(c) },
};

/** Where the caller serves a checklist's export in one format (the server passes its URL builder). */
export type ExportLink = (checklistId: string, format: ExportFormat) => string;

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

export function exportLabel(format: ExportFormat): string {
  return FORMATS[format].label;
}

export function exportContentType(format: ExportFormat): string {
  return FORMATS[format].contentType;
}

/** Every format, each as `show` renders it, in a sentence: "a, b, c or d". */
export function listExportFormats(show: (format: ExportFormat) => string): string {
  const shown = EXPORT_FORMATS.map(show);
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

/** The checklist as the bytes (docx, xlsx) or text (csv, md) of one export format. */
export async function exportChecklist(checklist: Checklist, format: ExportFormat): Promise<Uint8Array | string> {
  return FORMATS[format].write(checklist);
}
