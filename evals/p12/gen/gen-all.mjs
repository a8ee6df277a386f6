// Regenerates every document of the p12 (湝宁市, a fictional 直辖市; 人员密集场所 / 大型商业综合体 消防安全 and 火灾事故应急) pack and
// the case file, then runs the verifier. Usage (repository root): node evals/p12/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-1-docx.mjs', 'gen-2-pdf.mjs', 'gen-3-docx.mjs', 'gen-4-html.mjs', 'gen-5-txt.mjs', 'gen-6-md.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
