// Verifier for the 澜州市 pack: the documents in evals/own/docs and the cases in evals/cases/own.jsonl.
// Usage (repository root, after `npm install`): node evals/own/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/own/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code):
//   PDF  pdf-parse v2 getText(); per page the running-header line and the "— N —" footer line are removed;
//        pages are joined. Units (clauses) = the generator's blocks (content-a.mjs), which must also be found
//        in the extracted text.
//   DOCX mammoth extractRawText; units = paragraphs (each table cell is its own paragraph).
//   TXT  GB18030 (iconv-lite) or UTF-8 (BOM stripped); units = lines.
// Checks: schema, unique ids, gold [] exactly for unanswerable, anchor length 8–45 (after norm), each anchor
// occurs exactly once in its document and inside one unit, [cross-page] anchors span a page break and all
// other PDF anchors fit on one page, must-contain phrases occur in a gold document, supersede old values occur
// in Doc C but nowhere in Doc D, category minimums, document structure, no names from other packs.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { CASES, DOCS, FILE, PACK, norm } from './common.mjs';
import { A } from './content-a.mjs';

const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

// ── documents ──
const docs = {}; // file -> { text (norm), units: [norm], pages?: [norm] }

// PDF (Doc A)
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.a));
  const p = new PDFParse({ data: new Uint8Array(buf) });
  const r = await p.getText();
  await p.destroy?.();
  const header = norm(A.runningHeader);
  const pages = r.pages.map((pg, i) => {
    const lines = pg.text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (norm(lines[0] || '') !== header) fail(FILE.a, `page ${i + 1}: first line is not the running header`);
    else lines.shift();
    const last = lines[lines.length - 1] || '';
    if (!new RegExp(`^—\\s*${i + 1}\\s*—$`).test(last)) fail(FILE.a, `page ${i + 1}: last line is not the footer — ${i + 1} —`);
    else lines.pop();
    if (lines.some((l) => norm(l) === header || /^—\s*\d+\s*—$/.test(l))) fail(FILE.a, `page ${i + 1}: header/footer text left inside the page`);
    return norm(lines.join('\n'));
  });
  if (pages.length < 3) fail(FILE.a, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = A.blocks.filter((b) => typeof b[1] === 'string' && !/^[A-Z]+$/.test(b[0])).map((b) => norm(b[1]));
  units.push(...A.titleLines.map(norm));
  for (const u of units) if (!text.includes(u)) fail(FILE.a, `block not found in the extracted text: ${u.slice(0, 30)}…`);
  docs[FILE.a] = { text, units, pages };
}
// TXT GB18030 (Doc B)
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.b));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.b, 'expected GB18030 bytes, but the file is valid UTF-8');
  const raw = iconv.decode(buf, 'gb18030');
  if (raw.includes('\r')) fail(FILE.b, 'expected LF line endings only');
  const lines = raw.split('\n');
  const units = lines.map(norm).filter(Boolean);
  const arts = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];
  for (const a of arts) if (count(raw, `第${a}条　`) !== 1) fail(FILE.b, `第${a}条 should occur exactly once as an article heading`);
  if (count(raw, '有下列情形之一的，应当判定为重大事故隐患') < 2) fail(FILE.b, 'expected two or more 判定 lists');
  docs[FILE.b] = { text: norm(raw), units };
}
// DOCX (Doc C)
{
  const file = path.join(DOCS, FILE.c);
  const r = await mammoth.extractRawText({ path: file });
  const units = r.value.split(/\n+/).map(norm).filter(Boolean);
  docs[FILE.c] = { text: norm(r.value), units };
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  if (!xml.includes('<w:vMerge w:val="restart"/>') || !xml.includes('<w:vMerge w:val="continue"/>')) fail(FILE.c, 'no vertically merged cell');
  if (!xml.includes('<w:tblHeader')) fail(FILE.c, 'table header row does not repeat');
  if ((xml.match(/<w:tr[ >]/g) || []).length !== 15) fail(FILE.c, 'expected 15 table rows (header + 14)');
  if (!units.includes(norm('澜港管〔2025〕9号'))) fail(FILE.c, '文号 paragraph missing');
}
// TXT UTF-8 with BOM, CRLF (Doc D)
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d));
  if (!(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)) fail(FILE.d, 'expected a UTF-8 BOM');
  const raw = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (raw.replace(/\r\n/g, '').includes('\n')) fail(FILE.d, 'expected CRLF line endings only');
  docs[FILE.d] = { text: norm(raw), units: raw.split(/\r?\n/).map(norm).filter(Boolean) };
}

// names of the other packs must not appear
const BANNED = ['白河', '北岸', '南岸', '青禾', '东湖区', '西岭区'];
for (const [f, d] of Object.entries(docs)) for (const b of BANNED) if (d.text.includes(b)) fail(f, `contains the name ${b} from another pack`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const casesFile = process.argv[2] ? path.resolve(process.argv[2]) : CASES;
const rawCases = fs.readFileSync(casesFile, 'utf8');
for (const b of BANNED) if (rawCases.includes(b)) fail('cases', `contain the name ${b} from another pack`);
const lines = rawCases.split('\n').filter((l) => l.trim());
const cases = [];
lines.forEach((l, i) => {
  try { cases.push(JSON.parse(l)); } catch (e) { fail(`line ${i + 1}`, `invalid JSON: ${e.message}`); }
});
const KEYS = ['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes'];
const ids = new Set();
const byCat = Object.fromEntries(CATS.map((c) => [c, 0]));
let multiTurn = 0;
let anchors = 0;
const isStrArr = (a) => Array.isArray(a) && a.every((s) => typeof s === 'string' && s.trim());
for (const c of cases) {
  const id = c.id || '(no id)';
  for (const k of Object.keys(c)) if (!KEYS.includes(k)) fail(id, `unknown field ${k}`);
  if (!/^o\d{3}$/.test(c.id || '')) fail(id, 'id must look like o001');
  if (ids.has(c.id)) fail(id, 'duplicate id');
  ids.add(c.id);
  if (!CATS.includes(c.category)) fail(id, `bad category ${c.category}`);
  else byCat[c.category]++;
  if (typeof c.question !== 'string' || !c.question.trim()) fail(id, 'question missing');
  if (typeof c.notes !== 'string' || !c.notes.trim()) fail(id, 'notes missing');
  if (!isStrArr(c.answer_must_contain)) fail(id, 'answer_must_contain must be an array of strings');
  if (!isStrArr(c.answer_must_not_contain)) fail(id, 'answer_must_not_contain must be an array of strings');
  if (c.history !== undefined) {
    const h = c.history;
    const ok = Array.isArray(h) && h.length >= 2 && h.every((t) => ['user', 'assistant'].includes(t.role) && typeof t.content === 'string' && t.content.trim())
      && h[0].role === 'user' && h.some((t) => t.role === 'assistant');
    if (!ok) fail(id, 'history must be [{role, content}] starting with a user turn and holding an assistant turn');
    else multiTurn++;
  }
  if (!Array.isArray(c.gold)) { fail(id, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (c.gold.length) fail(id, 'unanswerable case with gold anchors');
    if ((c.answer_must_contain || []).length) fail(id, 'unanswerable case with must-contain phrases');
  } else if (!c.gold.length) fail(id, 'gold [] is only for unanswerable cases');
  if (c.category === 'checklist' && (c.gold.length < 6 || c.gold.length > 10)) fail(id, `checklist needs 6–10 anchors, has ${c.gold.length}`);
  const crossPage = (c.notes || '').includes('[cross-page]');
  for (const gd of c.gold) {
    anchors++;
    const d = docs[gd.doc];
    if (!d) { fail(id, `unknown doc ${gd.doc}`); continue; }
    if (typeof gd.anchor !== 'string') { fail(id, 'anchor must be a string'); continue; }
    const a = norm(gd.anchor);
    if (a.length < 8 || a.length > 45) fail(id, `anchor length ${a.length} outside 8–45: ${gd.anchor}`);
    const n = count(d.text, a);
    if (n !== 1) fail(id, `anchor occurs ${n} times in ${gd.doc}: ${gd.anchor}`);
    const inUnits = d.units.filter((u) => u.includes(a)).length;
    if (inUnits !== 1) fail(id, `anchor lies inside ${inUnits} units (need exactly 1) of ${gd.doc}: ${gd.anchor}`);
    if (d.pages) {
      const onOnePage = d.pages.some((p) => p.includes(a));
      if (crossPage && onOnePage) fail(id, `[cross-page] anchor fits on one page: ${gd.anchor}`);
      if (!crossPage && !onOnePage) fail(id, `anchor spans a page break but the case is not marked [cross-page]: ${gd.anchor}`);
    }
  }
  const goldText = [...new Set(c.gold.map((gd) => gd.doc))].map((f) => docs[f]?.text || '').join('\n');
  for (const ph of c.answer_must_contain || []) if (!goldText.includes(norm(ph))) fail(id, `must-contain phrase not in any gold document: ${ph}`);
  for (const ph of c.answer_must_not_contain || []) {
    if ((c.answer_must_contain || []).some((m) => norm(m).includes(norm(ph)))) fail(id, `must-not phrase inside a must-contain phrase: ${ph}`);
  }
  if (c.category === 'supersede') {
    if (!c.gold.some((gd) => gd.doc === FILE.d)) fail(id, 'supersede case without a gold anchor in the superseding notice');
    if (!(c.answer_must_not_contain || []).length) fail(id, 'supersede case without the old value in answer_must_not_contain');
    for (const ph of c.answer_must_not_contain || []) {
      if (!docs[FILE.c].text.includes(norm(ph))) fail(id, `old value not found in ${FILE.c}: ${ph}`);
      if (docs[FILE.d].text.includes(norm(ph))) fail(id, `old value also occurs in ${FILE.d}: ${ph}`);
    }
  }
}
const MIN = { duty: 8, applicability: 5, hazard: 6, frequency: 6, deadline: 6, checklist: 4, unanswerable: 12, crossdoc: 4, supersede: 4 };
for (const [k, v] of Object.entries(MIN)) if (byCat[k] < v) fail('counts', `${k}: ${byCat[k]} < ${v}`);
if (cases.length < 60) fail('counts', `${cases.length} cases < 60`);
if (multiTurn < 6) fail('counts', `${multiTurn} multi-turn cases < 6`);
if (!cases.some((c) => (c.notes || '').includes('[cross-page]'))) fail('counts', 'no [cross-page] case');

const report = { cases: cases.length, anchors, multiTurn, byCategory: byCat, failures };
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`verify: ${cases.length} cases, ${anchors} gold anchors, ${multiTurn} multi-turn; by category ${JSON.stringify(byCat)}; ${failures.length} failures`);
process.exitCode = failures.length ? 1 : 0;
