/**
 * The layering of STYLE.md §1, enforced: dependencies point one way, core ← ingest ← server, evals, and
 * nothing imports in a circle. `npm run deps` checks it and `npm test` runs that first; the rules are shown
 * to fail a build by evals/dependency-rules.test.ts.
 *
 * Tests and fixtures may reach up a layer (a core test builds its knowledge base with ingest's pipeline):
 * the layer rules are about the code that ships. Cycles are forbidden everywhere.
 *
 * .dependency-cruiser-known-violations.json lists the cycles in core/ (assistant ↔ checklist answers) and
 * ingest/readers that were there when these rules came in; `npm run deps` ignores those (and only those)
 * and says how many. Once they are fixed, delete that file.
 */
const TESTS = '(\\.test\\.ts$|/__fixtures__/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means neither module can be understood or tested alone; move the shared part below both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-a-library',
      severity: 'error',
      comment: 'core/ is the knowledge base as a library: it imports nothing from ingest/, server/ or evals/.',
      from: { path: '^core/', pathNot: TESTS },
      to: { path: '^(ingest|server|evals)/' },
    },
    {
      name: 'ingest-below-server',
      severity: 'error',
      comment: 'ingest/ builds on core/ only: it imports nothing from server/ or evals/.',
      from: { path: '^ingest/', pathNot: TESTS },
      to: { path: '^(server|evals)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|data|test-output)/' },
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with; swc parses the .ts files.
    parser: 'swc',
    // Type-only imports count: an `import type` cycle still ties two modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
