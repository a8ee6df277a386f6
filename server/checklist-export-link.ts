/** Where the server serves a checklist's exports (routes/checklists.ts); the one place that URL is built. */
import type { ExportLink } from '../core/checklist/export-formats.js';

// /api/checklists/a1b2c3d4e5.docx
export const checklistExportLink: ExportLink = (checklistId, format) => `/api/checklists/${checklistId}.${format}`;
