/** POST /api/checklists and GET /api/checklists/:id.(docx|xlsx|csv|md) — filled in with the checklist drafter. */
import type { App } from '../app.js';
import type { Service } from '../service.js';

export function checklistRoutes(_app: App, _service: Service): void {}
