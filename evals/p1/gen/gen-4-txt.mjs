// Writes docs/tingchuan-dust-explosion-criteria.txt (Doc 4): UTF-8 with BOM, CRLF (the way Windows Notepad saves).
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { D4 } from './content-4.mjs';

const text = `\uFEFF${D4.lines.join('\r\n')}\r\n`;
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d4);
fs.writeFileSync(file, text, 'utf8');
console.log(`wrote ${file} (${Buffer.byteLength(text)} bytes, UTF-8 with BOM, CRLF)`);
