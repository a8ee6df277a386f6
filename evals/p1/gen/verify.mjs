// Verifier for the p1 (汀川市) pack: the documents in evals/p1/docs and the cases in evals/cases/p1.jsonl.
// Usage (repository root): node evals/p1/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p1/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code):
//   DOCX  mammoth extractRawText; units = paragraphs (every table cell is its own paragraph; a merged cell once).
//   PDF   pdf-parse getText(); per page the running-header line and the “第 N 页” footer are removed, pages are
//         joined. Units = the generator's blocks (content-2.mjs); each block must be found in the joined text.
//   MD    UTF-8; units = non-table lines and single table cells.
//   TXT   Doc 4 UTF-8 (BOM stripped), Doc 5 GB18030 (iconv-lite); units = lines.
// Checks: schema and ids; gold [] exactly for unanswerable; anchor 8–45 chars after norm, exactly once in its
// document and inside one unit; PDF anchors lie on one page unless the case notes say [cross-page], in which case
// the anchor must span a page break; must-contain phrases occur in a gold doc; must-not phrases are not inside a
// gold unit or a must-contain phrase; supersede cases cite Doc 5 and their must-not values occur in Doc 1 but
// nowhere in Doc 5; unanswerable subjects occur in no document; category minimums; document structure; no
// forbidden names.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, PACK, norm } from './common.mjs';
import { D2 } from './content-2.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const docs = {}; // file -> { text (norm, whole document), units: [norm], pages?: [norm] }

// ── Doc 1: DOCX ──
{
  const file = path.join(DOCS, FILE.d1);
  const raw = (await mammoth.extractRawText({ path: file })).value;
  const units = raw.split('\n').map(norm).filter(Boolean);
  docs[FILE.d1] = { text: units.join(''), units };
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  if (count(xml, '<w:vMerge w:val="restart"/>') !== 2 || count(xml, '<w:vMerge w:val="continue"/>') !== 2) fail(FILE.d1, 'expected two vertical merges (restart + continue)');
  if (count(xml, '<w:tblHeader/>') < 1) fail(FILE.d1, 'table header row does not repeat');
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/gu) || [];
  if (rows.length !== 15) fail(FILE.d1, `table has ${rows.length} rows, expected 15 (header + 14)`);
}
// ── Doc 2: PDF ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: D2.runningHeader, footer: D2.footer, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 3) fail(FILE.d2, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = [];
  for (const b of D2.blocks) {
    if (b[0] === 'RULE') continue;
    const texts = b[0] === 'BANJI' ? b.slice(1) : [b[1]];
    for (const t of texts) {
      units.push(norm(t));
      if (!text.includes(norm(t))) fail(FILE.d2, `block not found in the extracted text: ${t.slice(0, 24)}…`);
    }
  }
  docs[FILE.d2] = { text, units, pages };
}
// ── Doc 3: Markdown ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d3), 'utf8');
  if (raw.includes('\r')) fail(FILE.d3, 'expected LF line endings');
  const units = [];
  let tableRows = 0;
  for (const line of raw.split('\n')) {
    if (/^\|/u.test(line)) {
      if (/^\|\s*-/u.test(line)) continue;
      const cells = line.replace(/^\||\|$/gu, '').split('|');
      if (cells.length !== 4) fail(FILE.d3, `table row without 4 cells: ${line.slice(0, 30)}`);
      tableRows += 1;
      units.push(...cells.map(norm));
    } else if (line.trim()) units.push(norm(line.replace(/^#+\s*/u, '')));
  }
  if (tableRows !== 17) fail(FILE.d3, `table has ${tableRows} rows, expected 17 (header + 16)`);
  docs[FILE.d3] = { text: norm(raw), units: units.filter(Boolean) };
}
// ── Doc 4: TXT UTF-8 with BOM, CRLF ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d4));
  if (!(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)) fail(FILE.d4, 'no UTF-8 BOM');
  const raw = buf.toString('utf8').replace(/^\uFEFF/u, '');
  if (/[^\r]\n/u.test(raw)) fail(FILE.d4, 'a bare LF (expected CRLF only)');
  const lines = raw.split('\r\n');
  const nums = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];
  for (const n of nums) if (lines.filter((l) => l.startsWith(`第${n}条　`)).length !== 1) fail(FILE.d4, `第${n}条 is not there exactly once`);
  if (lines.some((l) => l.startsWith('第十九条'))) fail(FILE.d4, 'unexpected 第十九条');
  if (count(raw, '有下列情形之一的，应当判定为重大事故隐患') !== 4) fail(FILE.d4, 'expected four 重大事故隐患 lists');
  const units = lines.map(norm).filter(Boolean);
  docs[FILE.d4] = { text: units.join(''), units };
}
// ── Doc 5: TXT GB18030, CRLF ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = iconv.decode(buf, 'gb18030');
  if (/[^\r]\n/u.test(raw)) fail(FILE.d5, 'a bare LF (expected CRLF only)');
  const units = raw.split('\r\n').map(norm).filter(Boolean);
  docs[FILE.d5] = { text: units.join(''), units };
  // Old values of the rows Doc 5 changes never occur in Doc 5, but do occur in Doc 1.
  for (const old of ['市城管局', '每季度', '2026年3月31日']) {
    if (docs[FILE.d5].text.includes(norm(old))) fail(FILE.d5, `old value "${old}" occurs in the superseding notice`);
    if (!docs[FILE.d1].text.includes(norm(old))) fail(FILE.d1, `old value "${old}" is missing from Doc 1`);
  }
}
// ── whole pack ──
const all = Object.values(docs).map((d) => d.text).join('');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
// Things the unanswerable cases rely on being absent.
for (const absent of ['水务', '烟花爆竹', '高新区', '第二十一条', '汀安办〔2025〕30号', '2027', '兆欧', '21区', '科长', '罚款']) {
  if (all.includes(norm(absent))) fail('docs', `"${absent}" occurs, but an unanswerable case relies on its absence`);
}
const phones = all.match(/0489-\d{7}/gu) || [];
if (new Set(phones).size !== 4) fail('docs', `expected 4 distinct 0489 phone numbers, found ${[...new Set(phones)].join(', ')}`);

// ── cases ──
const CATS = { duty: 10, applicability: 8, hazard: 8, frequency: 8, deadline: 8, checklist: 5, unanswerable: 12, crossdoc: 5, supersede: 4 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
let anchors = 0;
let multiTurn = 0;
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = c.id || `line ${i + 1}`;
  for (const k of Object.keys(c)) if (!KEYS.has(k)) fail(w, `unknown field ${k}`);
  if (ids.has(c.id)) fail(w, 'duplicate id');
  ids.add(c.id);
  if (!(c.category in CATS)) fail(w, `bad category ${c.category}`);
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  if (typeof c.question !== 'string' || !c.question.trim()) fail(w, 'empty question');
  if (typeof c.notes !== 'string' || !c.notes.trim()) fail(w, 'no notes');
  if (c.history !== undefined) {
    multiTurn += 1;
    if (!Array.isArray(c.history) || !c.history.every((t) => (t.role === 'user' || t.role === 'assistant') && typeof t.content === 'string' && t.content.trim())) fail(w, 'bad history');
  }
  for (const k of ['answer_must_contain', 'answer_must_not_contain']) {
    if (!Array.isArray(c[k]) || !c[k].every((s) => typeof s === 'string' && s.trim())) fail(w, `${k} must be an array of strings`);
  }
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (c.gold.length) fail(w, 'unanswerable with gold');
    if (c.answer_must_contain.length) fail(w, 'unanswerable with must-contain phrases');
  } else if (!c.gold.length) fail(w, 'answerable case without gold');
  const crossPage = /\[cross-page\]/u.test(c.notes);
  let spans = 0;
  const goldUnits = [];
  for (const gd of c.gold) {
    anchors += 1;
    const d = docs[gd.doc];
    if (!d) { fail(w, `unknown doc ${gd.doc}`); continue; }
    const a = norm(gd.anchor);
    if (a.length < 8 || a.length > 45) fail(w, `anchor "${gd.anchor}" is ${a.length} chars after norm`);
    if (/[#|>]/u.test(gd.anchor)) fail(w, `anchor "${gd.anchor}" contains markup`);
    const n = count(d.text, a);
    if (n !== 1) fail(w, `anchor "${gd.anchor}" occurs ${n} times in ${gd.doc}`);
    const us = d.units.filter((u) => u.includes(a));
    if (us.length !== 1) fail(w, `anchor "${gd.anchor}" lies inside ${us.length} units of ${gd.doc}`);
    goldUnits.push(...us);
    if (d.pages) {
      const onOnePage = d.pages.some((p) => p.includes(a));
      if (!onOnePage) {
        spans += 1;
        if (!crossPage) fail(w, `PDF anchor "${gd.anchor}" spans a page break but the notes lack [cross-page]`);
      }
    }
  }
  if (crossPage && spans === 0) fail(w, '[cross-page] in the notes but no anchor spans a page break');
  const goldDocs = [...new Set(c.gold.map((gd) => gd.doc))];
  for (const p of c.answer_must_contain) {
    if (!goldDocs.some((dn) => docs[dn]?.text.includes(norm(p)))) fail(w, `must-contain "${p}" is in no gold doc`);
  }
  for (const p of c.answer_must_not_contain) {
    if (goldUnits.some((u) => u.includes(norm(p)))) fail(w, `must-not "${p}" is inside a gold unit`);
    if (c.answer_must_contain.some((q) => norm(q).includes(norm(p)))) fail(w, `must-not "${p}" is inside a must-contain phrase`);
  }
  if (c.category === 'checklist' && c.gold.length < 4) fail(w, 'a checklist case needs at least 4 anchors');
  if (c.category === 'crossdoc' && goldDocs.length < 2) fail(w, 'a crossdoc case needs gold in two documents');
  if (c.category === 'supersede') {
    if (!goldDocs.includes(FILE.d5)) fail(w, 'a supersede case must cite the superseding notice');
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the old value as must-not');
    for (const p of c.answer_must_not_contain) {
      if (docs[FILE.d5].text.includes(norm(p))) fail(w, `old value "${p}" occurs in Doc 5`);
      if (!docs[FILE.d1].text.includes(norm(p))) fail(w, `old value "${p}" is not in Doc 1`);
    }
  }
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(CATS)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 65) fail('cases', `only ${lines.length} cases`);

const report = {
  cases: lines.length,
  byCategory: byCat,
  multiTurn,
  goldAnchors: anchors,
  pdfPages: docs[FILE.d2].pages.length,
  failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
