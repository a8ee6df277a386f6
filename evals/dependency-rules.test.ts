/**
 * The layering rules in .dependency-cruiser.cjs fail a build: on a small tree with a cycle and imports that
 * point the wrong way, depcruise with the project's config exits non-zero and names each violation.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

// Imports as the project writes them: NodeNext '.js' specifiers of '.ts' files, one of them type-only.
const TREE: Record<string, string> = {
  'core/ask.ts': "import type { Hit } from './search.js';\nexport const ask = (h: Hit): string => h.text;\n",
  'core/search.ts': "import { ask } from './ask.js';\nexport interface Hit { text: string }\nexport const again = ask;\n",
  'core/config.ts': "import { port } from '../server/listen.js';\nexport const config = { port };\n",
  'ingest/cli.ts': "import { report } from '../evals/report.js';\nexport const run = report;\n",
  'server/listen.ts': 'export const port = 3000;\n',
  'evals/report.ts': 'export const report = (): string => "ok";\n',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-deps-'));
  for (const [file, text] of Object.entries(TREE)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  await copyFile(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dependency rules', () => {
  it('report a cycle, core importing server and ingest importing evals, and fail', async () => {
    const run = promisify(execFile)(DEPCRUISE, ['core', 'ingest', 'server', 'evals', '--config', join(ROOT, '.dependency-cruiser.cjs')], { cwd: dir });
    const failed = await run.then(() => undefined, (e: { code: number; stdout: string }) => e);
    expect(failed?.code).toBe(3);
    const lines = failed!.stdout.split('\n').map((l) => l.trim());
    expect(lines).toContain('error no-circular: core/ask.ts →');
    expect(lines).toContain('error core-is-a-library: core/config.ts → server/listen.ts');
    expect(lines).toContain('error ingest-below-server: ingest/cli.ts → evals/report.ts');
    expect(lines).toContain('x 3 dependency violations (3 errors, 0 warnings). 6 modules, 4 dependencies cruised.');
  });
});
