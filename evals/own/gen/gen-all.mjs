// Regenerates every document of the 澜州市 pack and the case file, then runs the verifier.
// Usage (from the repository root, after `npm install`): node evals/own/gen/gen-all.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GEN } from './common.mjs';

for (const s of ['gen-a-pdf.mjs', 'gen-b-txt.mjs', 'gen-c-docx.mjs', 'gen-d-txt.mjs', 'cases.mjs', 'verify.mjs']) {
  console.log(`--- ${s}`);
  execFileSync(process.execPath, [path.join(GEN, s)], { stdio: 'inherit' });
}
