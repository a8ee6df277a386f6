/** GET /health: what is loaded and how answers are made, for monitoring and the page's status line. */
import type { RoutePlugin } from '../app-type.js';

export const healthRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.get('/health', async () => {
    const a = service.assistant();
    return { status: 'ok', documents: a.kb.documents.length, clauses: a.kb.clauses.length, duties: a.kb.duties.length, mode: service.chat ? 'llm' : 'extractive', embedder: a.kb.manifest.embedder.id, uploads: service.config.adminToken !== undefined };
  });
};
