// Regenerates every document of the p8 (蓠峤省, 非煤矿山和尾矿库) pack and the case file, then runs the verifier.
// Usage (repository root): node evals/p8/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-pdf.mjs', 'gen-2-docx.mjs', 'gen-3-html.mjs', 'gen-4-md.mjs', 'gen-5-txt.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
