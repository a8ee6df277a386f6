// Regenerates every document of the p11 (渌嵛回族自治区, 电动自行车消防安全) pack and the case file, then runs the verifier.
// Usage (repository root): node evals/p11/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-docx.mjs', 'gen-2-pdf.mjs', 'gen-3-md.mjs', 'gen-4-txt.mjs', 'gen-5-html.mjs', 'gen-6-txt.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
