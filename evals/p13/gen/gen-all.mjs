// Regenerates every document of the p13 (溟汭省, a fictional coastal province; 渔业船舶 and 水上交通 safety) pack and the
// case file, then runs the verifier. Usage (repository root): node evals/p13/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-html.mjs', 'gen-2-pdf.mjs', 'gen-3-docx.mjs', 'gen-4-md.mjs', 'gen-5-txt.mjs', 'gen-6-txt.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
