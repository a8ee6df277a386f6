// Writes docs/lanzhou-construction-hazard-criteria.txt (Doc B): GB18030, LF line endings, no BOM,
// one paragraph per line with U+3000 indentation.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';
import { B } from './content-b.mjs';

const text = `${B.lines.join('\n')}\n`;
const buf = iconv.encode(text, 'gb18030');
if (iconv.decode(buf, 'gb18030') !== text) throw new Error('GB18030 round trip failed');
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.b);
fs.writeFileSync(file, buf);
console.log(`wrote ${file} (${buf.length} bytes, GB18030, LF)`);
