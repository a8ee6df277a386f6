// Writes Doc 2, the earlier (2019) 岑岚省燃气安全管理条例, as UTF-8 text with LF line endings.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { HEAD, TITLE, text } from './content-prov.mjs';

const lines = [...HEAD.old.gazette, '', TITLE, HEAD.old.history, '', ...text('old').map((t) => (/^第[一二三四五六]章/u.test(t) ? `\n${t}\n` : `　　${t}`))];
const out = `${lines.join('\n').replace(/\n{3,}/gu, '\n\n')}\n`;
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d2);
fs.writeFileSync(file, out);
console.log(`wrote ${file} (${Buffer.byteLength(out)} bytes, UTF-8, LF)`);
