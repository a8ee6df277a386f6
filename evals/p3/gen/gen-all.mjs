// Regenerates every document of the p3 (棠溪市) pack and the case file, then runs the verifier.
// Usage (repository root): node evals/p3/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-docx.mjs', 'gen-2-pdf.mjs', 'gen-3-txt.mjs', 'gen-4-docx.mjs', 'gen-5-md.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
