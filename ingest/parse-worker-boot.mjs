// Starts the parse process (ingest/parse-worker.ts). pdf.js and mammoth are loaded natively before tsx is
// registered: through tsx's loader pdf.js alone took 130 MB more (the process idled at 273 MB instead of 132).
// Later imports of them from our TypeScript find these instances in the module cache.
await import('pdf-parse');
await import('mammoth');
const { register } = await import('tsx/esm/api');
register();
await import('./parse-worker.ts');
