// Regenerates every document of the p10 (璟崃省, 职业病防治) pack and the case file, then runs the verifier.
// Usage (repository root): node evals/p10/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-pdf.mjs', 'gen-2-txt.mjs', 'gen-3-docx.mjs', 'gen-4-html.mjs', 'gen-5-txt.mjs', 'gen-6-md.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
