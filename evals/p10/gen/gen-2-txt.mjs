// Writes Doc 2 (fictional): the 璟崃省职业病防治条例 as amended in 2016 (the text before the 2025 第二次修正), as a UTF-8
// TXT with LF, the way a legal database saves an article text: title, revision history (通过 and the 2016 修正 only),
// chapters, one paragraph or item a line. Same article numbers as Doc 1; seven values differ (content-prov.mjs CHANGED)
// and 第十条 has no second paragraph. No line says the text has been superseded.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { HEAD, TITLE, BODY } from './content-prov.mjs';

export const LINES = [TITLE, '', HEAD.old.history, ''];
for (const b of BODY) {
  if (b[0] === 'ch') { LINES.push('', b[1], ''); continue; }
  const text = b.length > 2 ? b[2] : b[1];
  if (text === null) continue;
  LINES.push(`　　${text}`);
}
LINES.push('');
if (process.argv[1]?.endsWith('gen-2-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d2);
  fs.writeFileSync(file, LINES.join('\n'));
  console.log(`wrote ${file}`);
}
