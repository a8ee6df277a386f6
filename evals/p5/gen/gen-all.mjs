// Regenerates every document of the p5 (岑岚省) pack and the case file, then runs the verifier.
// Usage (repository root): node evals/p5/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-pdf.mjs', 'gen-2-txt.mjs', 'gen-3-docx.mjs', 'gen-4-txt.mjs', 'gen-5-md.mjs', 'gen-6-docx.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
