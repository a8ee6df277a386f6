// Verifier for the p4 (蘅州市) pack: the documents in evals/p4/docs and the cases in evals/cases/p4.jsonl.
// Usage (repository root): node evals/p4/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p4/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code):
//   PDF   Doc 1, pdf-parse getText(); per page the running header (first line) and the “— N —” footer (last line) are
//         removed, pages are joined. Units = the generator's prose blocks (content-1.mjs); each must be found in the
//         extracted text.
//   DOCX  Doc 2, mammoth extractRawText; units = paragraphs.
//   TXT   Doc 3 GB18030 (iconv-lite), CRLF; Doc 5 UTF-8, LF; units = lines.
//   MD    Doc 4 UTF-8, LF; units = prose lines without the Markdown markers, and every table cell on its own.
// Checks: schema and ids; gold [] exactly for unanswerable; anchor 8–45 chars after norm, exactly once in its
// document and inside one unit; PDF anchors on one page unless the notes say [cross-page] (then they must span a
// break); must-contain phrases occur in a gold doc; must-not phrases are not inside a gold unit or a must-contain
// phrase; supersede cases cite Doc 5 and their must-not values occur in Doc 1 but nowhere in Doc 5; unanswerable
// subjects (cases.mjs ABSENT) occur in no document; the pack's phones; forbidden names; category minimums; structure.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, PACK, norm } from './common.mjs';
import { D1 } from './content-1.mjs';
import { ABSENT, PHONES, OLD_VALUES } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const docs = {};

// ── Doc 1: PDF 工作方案 ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d1), { header: D1.runningHeader, footer: D1.footer, norm, fail: (m) => fail(FILE.d1, m) });
  if (pages.length < 3) fail(FILE.d1, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = [];
  for (const b of D1.blocks) {
    if (b[0] === 'RULE') continue;
    for (const t of b[0] === 'BANJI' ? b.slice(1) : [b[1]]) {
      units.push(norm(t));
      if (!text.includes(norm(t))) fail(FILE.d1, `block not found in the extracted text: ${t.slice(0, 24)}…`);
    }
  }
  docs[FILE.d1] = { text, units, pages };
  const raw = D1.blocks.filter((b) => b[0] === 'p').map((b) => b[1]); // structure checks on the un-normalised text
  const tasks = raw.filter((t) => /^\d+．/u.test(t));
  if (tasks.length !== 12) fail(FILE.d1, `${tasks.length} numbered tasks, expected 12`);
  for (const t of tasks) if (!/（牵头单位：[^）]+）$/u.test(t)) fail(FILE.d1, `task without a trailing duty parenthesis: ${t.slice(0, 12)}`);
  if (tasks.filter((t) => !t.includes('配合单位：')).length < 2) fail(FILE.d1, 'expected ≥2 tasks with only a 牵头单位');
  if (tasks.filter((t) => !t.includes('完成时限：')).length !== 1) fail(FILE.d1, 'expected exactly one task without 完成时限');
  if ((raw.join('').match(/阶段（2026年\d+月\d+日至\d+月\d+日）/gu) || []).length !== 4) fail(FILE.d1, 'expected four stages with date ranges');
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u) mid += 1;
  }
  if (mid < 1) fail(FILE.d1, 'no paragraph runs across a page break');
  for (const must of ['以下不再列出', '联系方式', '附件：', '抄送：', '印发', '蘅安委办〔2026〕5号']) if (!text.includes(norm(must))) fail(FILE.d1, `missing "${must}"`);
}
// ── Doc 2: DOCX 判定细则 ──
{
  const units = (await mammoth.extractRawText({ path: path.join(DOCS, FILE.d2) })).value.split('\n').map(norm).filter(Boolean);
  docs[FILE.d2] = { text: units.join(''), units };
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];
  for (const n of CN) if (units.filter((u) => u.startsWith(`第${n}条`)).length !== 1) fail(FILE.d2, `第${n}条 is not there exactly once`);
  if (units.some((u) => u.startsWith('第十七条'))) fail(FILE.d2, 'unexpected 第十七条');
  const lists = count(docs[FILE.d2].text, norm('有下列情形之一的，应当判定为重大事故隐患'));
  if (lists < 5) fail(FILE.d2, `only ${lists} 判定 lists`);
  for (const must of ['本细则适用于', '本细则所称', 'ppm', '米', '帕', '自2026年6月1日起施行', '蘅应急规〔2026〕2号', '抄送', '印发']) if (!docs[FILE.d2].text.includes(norm(must))) fail(FILE.d2, `missing "${must}"`);
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
  if (units.filter((u) => /^\d+[.．]/u.test(u) && u.includes('是否')).length < 5) fail(FILE.d3, 'fewer than 5 是否 check lines in the 附件');
  for (const must of ['每周', '每月', '每季度', '每周五17时前', '每月3日前', '联系方式', '附件']) if (!docs[FILE.d3].text.includes(norm(must))) fail(FILE.d3, `missing "${must}"`);
}
// ── Doc 4: Markdown pipe table ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  if (raw.includes('\r')) fail(FILE.d4, 'expected LF line endings');
  const units = [];
  let rows = 0;
  for (const line of raw.split('\n')) {
    if (/^\|/u.test(line)) {
      const cells = line.replace(/^\||\|$/gu, '').split('|').map((c) => norm(c));
      if (cells.length !== 5) fail(FILE.d4, `table row with ${cells.length} cells`);
      if (cells.every((c) => /^-+$/u.test(c))) continue;
      rows += 1;
      units.push(...cells);
    } else {
      const u = norm(line.replace(/^#+\s*|^\d+\.\s+/u, ''));
      if (u) units.push(u);
    }
  }
  docs[FILE.d4] = { text: units.join(''), units };
  if (!raw.includes('| 序号 | 演练科目 | 组织单位 | 参与单位 | 计划时间 |')) fail(FILE.d4, 'table header');
  if (rows !== 12) fail(FILE.d4, `table has ${rows} rows, expected header + 11`);
}
// ── Doc 5: TXT UTF-8 废止通知 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d5), 'utf8');
  if (raw.includes('\r')) fail(FILE.d5, 'expected LF line endings');
  const units = raw.split('\n').map(norm).filter(Boolean);
  docs[FILE.d5] = { text: units.join(''), units };
  for (const must of ['蘅安委办〔2022〕14号', '全文废止', '自2026年6月1日起', '蘅安委办〔2026〕5号', '蘅应急规〔2026〕2号', '第3项', '牵头单位和配合单位不变']) if (!docs[FILE.d5].text.includes(norm(must))) fail(FILE.d5, `missing "${must}"`);
}
for (const old of OLD_VALUES) {
  if (docs[FILE.d5].text.includes(norm(old))) fail(FILE.d5, `old value "${old}" occurs in the abolishing notice`);
  if (!docs[FILE.d1].text.includes(norm(old))) fail(FILE.d1, `old value "${old}" is missing from Doc 1`);
}
// ── whole pack ──
const all = Object.values(docs).map((d) => d.text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
for (const absent of ABSENT) {
  const hit = absent instanceof RegExp ? absent.test(all) : all.includes(norm(absent));
  if (hit) fail('docs', `"${absent}" occurs, but an unanswerable case relies on its absence`);
}
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);

// ── cases ──
const CATS = { duty: 12, applicability: 6, hazard: 10, frequency: 6, deadline: 8, checklist: 5, unanswerable: 12, crossdoc: 5, supersede: 6 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
let anchors = 0;
let multiTurn = 0;
let crossPageCases = 0;
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = c.id || `line ${i + 1}`;
  for (const k of Object.keys(c)) if (!KEYS.has(k)) fail(w, `unknown field ${k}`);
  if (!/^p4-\d{3}$/u.test(c.id)) fail(w, 'id is not p4-NNN');
  if (c.id !== `p4-${String(i + 1).padStart(3, '0')}`) fail(w, 'ids are not consecutive');
  if (ids.has(c.id)) fail(w, 'duplicate id');
  ids.add(c.id);
  if (!(c.category in CATS)) fail(w, `bad category ${c.category}`);
  byCat[c.category] = (byCat[c.category] || 0) + 1;
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
    if (d.pages && !d.pages.some((p) => p.includes(a))) {
      spans += 1;
      if (!crossPage) fail(w, `PDF anchor "${gd.anchor}" is not on one page but the notes lack [cross-page]`);
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
    if (!goldDocs.includes(FILE.d5)) fail(w, 'a supersede case must cite the abolishing/adjusting notice (Doc 5)');
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded value as must-not');
    for (const p of c.answer_must_not_contain) {
      if (docs[FILE.d5].text.includes(norm(p))) fail(w, `superseded value "${p}" occurs in Doc 5`);
      if (!docs[FILE.d1].text.includes(norm(p))) fail(w, `superseded value "${p}" is not in Doc 1 (the superseded document)`);
    }
  }
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(CATS)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 70) fail('cases', `only ${lines.length} cases`);
if (crossPageCases < 1) fail('cases', 'no [cross-page] case');

const report = { cases: lines.length, byCategory: byCat, multiTurn, crossPageCases, goldAnchors: anchors, pdfPages: docs[FILE.d1].pages.length, failures };
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
