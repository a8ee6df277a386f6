// Verifier for the p3 (棠溪市) pack: the documents in evals/p3/docs and the cases in evals/cases/p3.jsonl.
// Usage (repository root): node evals/p3/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p3/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code):
//   DOCX  mammoth extractRawText; units = paragraphs (every table cell is its own paragraph).
//   PDF   pdf-parse getText(); per page the running header (first line) and the “- N -” footer (last line) are
//         removed, pages are joined. Units = the generator's prose blocks and table cells (content-2.mjs); each
//         prose block and each rendered line of a table cell must be found in the extracted text.
//   TXT   Doc 3 GB18030 (iconv-lite), CRLF; units = lines.
//   MD    Doc 5 UTF-8, LF; units = non-empty lines without the Markdown markers.
// Checks: schema and ids; gold [] exactly for unanswerable; anchor 8–45 chars after norm, exactly once in its
// document and inside one unit; PDF anchors contiguous on one page unless the notes say [cross-page] (then they must
// span a break); must-contain phrases occur in a gold doc; must-not phrases are not inside a gold unit or a
// must-contain phrase; supersede cases cite Doc 5 and their must-not values occur in Doc 2 but nowhere in Doc 5;
// unanswerable subjects (cases.mjs ABSENT) occur in no document; category minimums; structure; forbidden names.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { pdfPages } from './pdf-pages.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, PACK, norm } from './common.mjs';
import { D2 } from './content-2.mjs';
import { ABSENT, PHONES } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七'];
const docs = {};
const docxUnits = async (file) => (await mammoth.extractRawText({ path: file })).value.split('\n').map(norm).filter(Boolean);
const docxXml = async (file) => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');

// ── Doc 1: DOCX 细则 ──
{
  const file = path.join(DOCS, FILE.d1);
  const units = await docxUnits(file);
  docs[FILE.d1] = { text: units.join(''), units };
  for (const n of CN) if (units.filter((u) => u.startsWith(norm(`第${n}条`)) && !u.startsWith(norm(`第${n}条至`))).length !== 1) fail(FILE.d1, `第${n}条 is not there exactly once`);
  if (units.some((u) => u.startsWith('第十八条'))) fail(FILE.d1, 'unexpected 第十八条');
  const lists = count(docs[FILE.d1].text, norm('有下列情形之一的，应当判定为重大事故隐患'));
  if (lists < 4) fail(FILE.d1, `only ${lists} 判定 lists`);
  for (const must of ['本细则适用于', '本细则所称', '自2025年7月1日起施行', '有效期至', '棠住建规〔2025〕3号', '抄送', '印发']) if (!docs[FILE.d1].text.includes(norm(must))) fail(FILE.d1, `missing "${must}"`);
}
// ── Doc 2: PDF 方案 with a drawn table ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: D2.runningHeader, footer: D2.footer, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 3) fail(FILE.d2, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = [];
  for (const b of D2.blocks) {
    if (b[0] === 'RULE') continue;
    if (b[0] === 'TABLE') {
      const t = D2.table;
      if (!text.includes(norm(t.caption))) fail(FILE.d2, 'table caption not found');
      units.push(norm(t.caption));
      if (t.header.length !== 5 || t.header.join('/') !== '序号/工作任务/牵头单位/配合单位/完成时限') fail(FILE.d2, 'table header columns');
      const headerRows = pages.filter((p) => p.includes(norm(t.header.join('')))).length;
      if (headerRows < 2) fail(FILE.d2, 'the table header row is not repeated on a second page');
      for (const row of t.rows) for (const cell of row) {
        units.push(norm(cell));
        if (!text.includes(norm(cell)) && !cell.length) fail(FILE.d2, 'empty cell');
      }
      continue;
    }
    const texts = b[0] === 'BANJI' ? b.slice(1) : [b[1]];
    for (const t of texts) {
      units.push(norm(t));
      if (!text.includes(norm(t))) fail(FILE.d2, `block not found in the extracted text: ${t.slice(0, 24)}…`);
    }
  }
  docs[FILE.d2] = { text, units, pages, tableCells: new Set(D2.table.rows.flat().map(norm)) };
  for (const must of ['以下不再列出', '（责任单位：', '联系方式', '附件：', '抄送：', '印发']) if (!text.includes(norm(must))) fail(FILE.d2, `missing "${must}"`);
}
// ── Doc 3: TXT GB18030, CRLF ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d3));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d3, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = iconv.decode(buf, 'gb18030');
  if (/[^\r]\n/u.test(raw)) fail(FILE.d3, 'a bare LF (expected CRLF only)');
  const units = raw.split('\r\n').map(norm).filter(Boolean);
  docs[FILE.d3] = { text: units.join(''), units };
  const checks = units.filter((u) => /^\d+[.．]/u.test(u) && u.includes("是否"));
  if (checks.length < 5) fail(FILE.d3, `only ${checks.length} 是否 check lines in the 附件`);
}
// ── Doc 4: DOCX check table ──
{
  const file = path.join(DOCS, FILE.d4);
  const units = await docxUnits(file);
  docs[FILE.d4] = { text: units.join(''), units };
  const xml = await docxXml(file);
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/gu) || [];
  if (rows.length !== 25) fail(FILE.d4, `table has ${rows.length} rows, expected 25 (header + 6 group rows + 18 items)`);
  if (count(xml, '<w:gridSpan w:val="4"/>') !== 6) fail(FILE.d4, 'expected six full-width group rows');
  for (const h of ['检查项目', '检查内容', '检查方法', '依据']) if (!units.includes(h)) fail(FILE.d4, `header cell ${h} missing`);
}
// ── Doc 5: Markdown 补充通知 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d5), 'utf8');
  if (raw.includes('\r')) fail(FILE.d5, 'expected LF line endings');
  const units = raw.split('\n').map((l) => norm(l.replace(/^#+\s*|^\d+\.\s+/u, ''))).filter(Boolean);
  docs[FILE.d5] = { text: units.join(''), units };
  for (const must of ['《棠溪市港口危险货物安全专项整治工作方案》', '棠安办〔2025〕21号', '不再执行', '自2025年10月1日起执行']) if (!docs[FILE.d5].text.includes(norm(must))) fail(FILE.d5, `missing "${must}"`);
  for (const old of ['每季度', '市工业和信息化局', '2026年3月31日', '2026年4月30日']) {
    if (docs[FILE.d5].text.includes(norm(old))) fail(FILE.d5, `old value "${old}" occurs in the superseding notice`);
    if (!docs[FILE.d2].text.includes(norm(old))) fail(FILE.d2, `old value "${old}" is missing from Doc 2`);
  }
}
// ── whole pack ──
const all = Object.values(docs).map((d) => d.text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
for (const absent of ABSENT) {
  const hit = absent instanceof RegExp ? absent.test(all) : all.includes(norm(absent));
  if (hit) fail('docs', `"${absent}" occurs, but an unanswerable case relies on its absence`);
}
const phones = [...new Set(all.match(/0485-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);

// ── cases ──
const CATS = { duty: 12, applicability: 6, hazard: 10, frequency: 6, deadline: 8, checklist: 5, unanswerable: 12, crossdoc: 5, supersede: 6 };
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
  if (!/^p3-\d{3}$/u.test(c.id)) fail(w, 'id is not p3-NNN');
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
    const inCells = d.tableCells ? [...d.tableCells].filter((u) => u.includes(a)).length : 0;
    if (n !== 1 && !(n === 0 && inCells === 1)) fail(w, `anchor "${gd.anchor}" occurs ${n} times in ${gd.doc}`);
    if (d.tableCells && n === 0 && inCells === 1) fail(w, `PDF table anchor "${gd.anchor}" runs over a wrapped cell line (not contiguous in the extracted text)`);
    const us = d.units.filter((u) => u.includes(a));
    if (us.length !== 1) fail(w, `anchor "${gd.anchor}" lies inside ${us.length} units of ${gd.doc}`);
    goldUnits.push(...us);
    if (d.pages) {
      if (!d.pages.some((p) => p.includes(a))) {
        spans += 1;
        if (!crossPage) fail(w, `PDF anchor "${gd.anchor}" is not on one page but the notes lack [cross-page]`);
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
      if (!docs[FILE.d2].text.includes(norm(p))) fail(w, `old value "${p}" is not in Doc 2`);
    }
  }
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(CATS)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 70) fail('cases', `only ${lines.length} cases`);

const report = { cases: lines.length, byCategory: byCat, multiTurn, goldAnchors: anchors, pdfPages: docs[FILE.d2].pages.length, failures };
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
