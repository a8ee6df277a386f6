// Verifier for the p5 (岑岚省) pack: the documents in evals/p5/docs and the cases in evals/cases/p5.jsonl, modelled on
// the p4 pack's verifier. Usage (repository root): node evals/p5/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p5/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code):
//   PDF   Doc 1, pdf-parse getText(); per page the running header (first line) and the “— N —” footer (last line) are
//         removed and pages joined. Units = the generator's prose blocks (gen-1-pdf.mjs BLOCKS); each must be found.
//   DOCX  Docs 3 and 6, mammoth extractRawText; units = paragraphs (a table cell is its own paragraph).
//   TXT   Doc 2 UTF-8 LF, Doc 4 GB18030 CRLF (iconv-lite); units = lines.
//   MD    Doc 5 UTF-8 LF; units = lines without Markdown markers.
//   Laws  corpus/laws/*.md (national, may be gold); units = lines.
// Checks: schema and ids; categories of the contract; gold [] exactly for unanswerable; anchors 8–45 chars after norm,
// exactly once in their document and inside one unit; PDF anchors on one page unless the notes say [cross-page] (then
// they must span a break); must-contain phrases occur in a gold doc; must-not phrases are not inside a gold unit nor a
// must-contain phrase, and each occurs somewhere in the pack or the laws (a real tempting value); supersede cases take
// their must-not from the other version of a gold document (2019⇄2025 条例, 萸州 办法⇄决定) and never from the gold
// document itself; the 2025 修订 and the 决定 replaced their old values; unanswerable subjects are absent; the pack's
// phones; forbidden names; level/issuer/施行 stated inside each document; counts.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAWS, PACK, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-1-pdf.mjs';
import { OLD_PROV } from './content-prov.mjs';
import { OLD_YZ } from './gen-3-docx.mjs';
import { ABSENT, ONLY_IN, PHONES } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const docs = {};
const lineUnits = (raw, sep = '\n') => raw.split(sep).map(norm).filter(Boolean);

// ── Doc 1: PDF, current 条例 ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d1), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d1, m) });
  if (pages.length < 3) fail(FILE.d1, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = [];
  for (const b of BLOCKS) {
    if (b[0] === 'RULE') continue;
    units.push(norm(b[1]));
    if (!text.includes(norm(b[1]))) fail(FILE.d1, `block not found in the extracted text: ${b[1].slice(0, 24)}…`);
  }
  docs[FILE.d1] = { text, units, pages };
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u) mid += 1;
  }
  if (mid < 1) fail(FILE.d1, 'no paragraph runs across a page break');
}
// ── Doc 2: TXT UTF-8, earlier 条例 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d2), 'utf8');
  if (raw.includes('\r')) fail(FILE.d2, 'expected LF line endings');
  const units = lineUnits(raw);
  docs[FILE.d2] = { text: units.join(''), units };
}
// ── Docs 3 and 6: DOCX ──
for (const d of [FILE.d3, FILE.d6]) {
  const file = path.join(DOCS, d);
  const units = lineUnits((await mammoth.extractRawText({ path: file })).value);
  docs[d] = { text: units.join(''), units };
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  if (d === FILE.d3 && !xml.includes('<w:tbl>')) fail(d, 'no Word table');
}
// ── Doc 4: TXT GB18030, CRLF ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d4));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d4, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = iconv.decode(buf, 'gb18030');
  if (/[^\r]\n/u.test(raw)) fail(FILE.d4, 'a bare LF (expected CRLF only)');
  const units = lineUnits(raw, '\r\n');
  docs[FILE.d4] = { text: units.join(''), units };
}
// ── Doc 5: Markdown ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d5), 'utf8');
  if (raw.includes('\r')) fail(FILE.d5, 'expected LF line endings');
  const units = raw.split('\n').map((l) => norm(l.replace(/^#+\s*|^-{3,}$/u, ''))).filter(Boolean);
  docs[FILE.d5] = { text: units.join(''), units };
}
// ── national laws (gold may cite them) ──
const laws = {};
for (const f of fs.readdirSync(LAWS).filter((x) => x.endsWith('.md'))) {
  const units = lineUnits(fs.readFileSync(path.join(LAWS, f), 'utf8'));
  laws[f] = { text: units.join(''), units };
}
const T = (d) => docs[d].text;

// ── document structure: level, issuer, place, dates inside each text ──
const MUST = {
  [FILE.d1]: ['岑岚省人民代表大会常务委员会公告', '第十二次会议通过', '第十八次会议修订', '本条例自2025年11月1日起施行', '本省行政区域内', '严于本条例'],
  [FILE.d2]: ['岑岚省人民代表大会常务委员会公告', '第十二次会议通过', '本条例自2020年1月1日起施行'],
  [FILE.d3]: ['萸州市人民政府令', '第87号', '市人民政府第二十六次常务会议通过', '本办法自2023年7月1日起施行', '本市行政区域内'],
  [FILE.d4]: ['蓼汀市住房和城乡建设局', '蓼建规〔2024〕2号', '自2024年8月1日起施行', '有效期至2028年7月31日', '菱港区', '梓陂县'],
  [FILE.d5]: ['萸州市人民政府令', '第104号', '第四十一次常务会议通过', '本决定自2026年3月1日起施行', '删去第十四条', '修改为', '废止'],
  [FILE.d6]: ['萸州市筠廊区人民政府办公室', '筠政办〔2026〕6号', '牵头单位', '配合单位', '2026年3月12日'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!T(d).includes(norm(m))) fail(d, `missing "${m}"`);
if (T(FILE.d2).includes(norm('修订'))) fail(FILE.d2, 'the earlier version must not carry a 修订 line');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];
for (const d of [FILE.d1, FILE.d2]) {
  for (const n of CN) if (docs[d].units.filter((u) => u.startsWith(`第${n}条`)).length !== 1) fail(d, `第${n}条 is not there exactly once`);
  if (docs[d].units.some((u) => u.startsWith('第二十七条'))) fail(d, 'unexpected 第二十七条');
}
for (const n of CN.slice(0, 17)) if (docs[FILE.d3].units.filter((u) => u.startsWith(`第${n}条`)).length !== 1) fail(FILE.d3, `第${n}条 is not there exactly once`);
if ((T(FILE.d6).match(/牵头单位:/gu) || []).length !== 7) fail(FILE.d6, 'expected seven tasks with a 牵头单位');
for (const old of OLD_PROV) {
  if (!T(FILE.d2).includes(norm(old))) fail(FILE.d2, `old value "${old}" is missing from the 2019 text`);
  if (T(FILE.d1).includes(norm(old))) fail(FILE.d1, `old value "${old}" still occurs in the 2025 text`);
}
for (const old of OLD_YZ) {
  if (!T(FILE.d3).includes(norm(old))) fail(FILE.d3, `old value "${old}" is missing from the 办法`);
  if (T(FILE.d5).includes(norm(old))) fail(FILE.d5, `old value "${old}" is quoted in the 决定`);
}

// ── whole pack ──
const all = Object.values(docs).map((d) => d.text).join('\n');
const lawText = Object.values(laws).map((d) => d.text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
for (const a of ABSENT) {
  if (all.includes(norm(a.s))) fail('docs', `"${a.s}" occurs, but an unanswerable case relies on its absence`);
  if (a.laws && lawText.includes(norm(a.s))) fail('laws', `"${a.s}" occurs in corpus/laws, but an unanswerable case relies on its absence`);
}
for (const o of ONLY_IN) {
  for (const [d, v] of Object.entries(docs)) if (d !== o.doc && v.text.includes(norm(o.s))) fail(d, `"${o.s}" should occur only in ${o.doc}`);
  if (lawText.includes(norm(o.s)) && o.s !== '更换') fail('laws', `"${o.s}" occurs in corpus/laws`);
}
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { applicability: 18, crossdoc: 10, supersede: 12, duty: 8, deadline: 7, frequency: 7, unanswerable: 15 };
const PAIR = { [FILE.d1]: FILE.d2, [FILE.d2]: FILE.d1, [FILE.d3]: FILE.d5, [FILE.d5]: FILE.d3 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let multiTurn = 0;
let crossPageCases = 0;
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = c.id || `line ${i + 1}`;
  for (const k of Object.keys(c)) if (!KEYS.has(k)) fail(w, `unknown field ${k}`);
  if (c.id !== `p5-${String(i + 1).padStart(3, '0')}`) fail(w, 'ids are not p5-001… in order');
  if (ids.has(c.id)) fail(w, 'duplicate id');
  ids.add(c.id);
  if (!CATS.includes(c.category)) fail(w, `bad category ${c.category}`);
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (typeof c.question !== 'string' || !c.question.trim()) fail(w, 'empty question');
  if (typeof c.notes !== 'string' || !c.notes.trim()) fail(w, 'no notes');
  if (c.history !== undefined) {
    multiTurn += 1;
    if (!Array.isArray(c.history) || !c.history.length || !c.history.every((t) => (t.role === 'user' || t.role === 'assistant') && typeof t.content === 'string' && t.content.trim())) fail(w, 'bad history');
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
  if (crossPage) crossPageCases += 1;
  let spans = 0;
  const goldUnits = [];
  for (const gd of c.gold) {
    anchors += 1;
    const d = docs[gd.doc] || laws[gd.doc];
    if (!d) { fail(w, `unknown doc ${gd.doc}`); continue; }
    const a = norm(gd.anchor);
    if (a.length < 8 || a.length > 45) fail(w, `anchor "${gd.anchor}" is ${a.length} chars after norm`);
    const n = count(d.text, a);
    if (n !== 1) fail(w, `anchor "${gd.anchor}" occurs ${n} times in ${gd.doc}`);
    const us = d.units.filter((u) => u.includes(a));
    if (us.length !== 1) fail(w, `anchor "${gd.anchor}" lies inside ${us.length} units of ${gd.doc}`);
    goldUnits.push(...us);
    if (d.pages && !d.pages.some((p) => p.includes(a))) {
      spans += 1;
      if (!crossPage) fail(w, `PDF anchor "${gd.anchor}" is not on one page but the notes lack [cross-page]`);
    }
  }
  if (crossPage && spans === 0) fail(w, '[cross-page] in the notes but no anchor spans a page break');
  const goldDocs = [...new Set(c.gold.map((gd) => gd.doc))];
  const textOf = (dn) => (docs[dn] || laws[dn])?.text || '';
  for (const p of c.answer_must_contain) {
    if (!goldDocs.some((dn) => textOf(dn).includes(norm(p)))) fail(w, `must-contain "${p}" is in no gold doc`);
  }
  for (const p of c.answer_must_not_contain) {
    if (goldUnits.some((u) => u.includes(norm(p)))) fail(w, `must-not "${p}" is inside a gold unit`);
    if (c.answer_must_contain.some((q) => norm(q).includes(norm(p)))) fail(w, `must-not "${p}" is inside a must-contain phrase`);
    if (!all.includes(norm(p)) && !lawText.includes(norm(p))) fail(w, `must-not "${p}" occurs nowhere (not a tempting value from the documents)`);
  }
  if (c.category === 'crossdoc' && goldDocs.length < 2) fail(w, 'a crossdoc case needs gold in two documents');
  if (c.category === 'supersede') {
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded value as must-not');
    const pairs = goldDocs.map((d) => PAIR[d]).filter(Boolean);
    if (!pairs.length) fail(w, 'a supersede case must cite one of the two 条例 versions, the 办法 or the 决定');
    for (const p of c.answer_must_not_contain) {
      if (!pairs.some((d) => T(d).includes(norm(p)))) fail(w, `must-not "${p}" is not in the other version of a gold document`);
      if (goldDocs.some((d) => textOf(d).includes(norm(p)))) fail(w, `must-not "${p}" occurs in a gold document itself`);
    }
  }
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 80 || lines.length > 95) fail('cases', `${lines.length} cases, expected 80–95`);
if (multiTurn < 3 || multiTurn > 5) fail('cases', `${multiTurn} multi-turn cases, expected 3–5`);
if (crossPageCases < 1) fail('cases', 'no [cross-page] case');

const report = { cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, crossPageCases, goldAnchors: anchors, pdfPages: docs[FILE.d1].pages.length, failures };
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
