// Verifier for the p6 (漪川市) pack: the documents in evals/p6/docs and the cases in evals/cases/p6.jsonl, modelled on
// the p5 pack's verifier. Usage (repository root): node evals/p6/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p6/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   DOCX  Doc 1, mammoth extractRawText; units = paragraphs (a table cell is its own paragraph); the XML is checked for
//         the table header, the vertically merged 牵头单位 cell and the task without 配合单位. For the must-not check
//         a table row (its cells joined) also counts as a gold unit.
//   PDF   Doc 2, pdf-parse getText(); per page the running header (first line) and the “— N —” footer (last line) are
//         removed and pages joined. Units = the generator's blocks (gen-2-pdf.mjs BLOCKS); each must be found.
//   HTML  Doc 3, a simple tag strip written here: <script>/<style> dropped, the <title> kept as one unit, block tags
//         (p, h1–h6, div, li, nav, footer, br…) become line breaks, other tags removed, entities decoded; units = lines.
//   MD    Doc 4, UTF-8 LF; units = table cells for pipe-table lines, otherwise lines without Markdown markers.
//   TXT   Doc 5, GB18030 CRLF (iconv-lite); units = lines.
// Checks: document structure (issuer, 文号, dates, format features the brief asks for); old values of Doc 1 absent from
// Doc 5; schema and ids; categories; gold [] exactly for unanswerable (no must-contain, no must-not); anchors 8–45 chars
// after norm, exactly once in their document and inside one unit; PDF anchors on one page unless the notes say
// [cross-page] (then they must span a break); must-contain phrases occur in a gold doc; must-not phrases are not inside
// a gold unit nor a must-contain phrase and occur somewhere in the pack; supersede must-nots come from Doc 1 or Doc 5;
// crossdoc gold in ≥2 docs; checklist ≥4 anchors incl. Doc 4; questions do not copy ≥14 chars of a document;
// unanswerable subjects absent; phones; forbidden names; counts.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, PACK, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-2-pdf.mjs';
import { ABSENT, ONLY_IN, PHONES } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const notes = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};
const docs = {};
const lineUnits = (raw, sep = '\n') => raw.split(sep).map(norm).filter(Boolean);

// ── Doc 1: DOCX with the 任务分工 table ──
{
  const file = path.join(DOCS, FILE.d1);
  const units = lineUnits((await mammoth.extractRawText({ path: file })).value);
  // table rows (the five cells of a row joined), for the must-not check: a system may cite a whole row
  const hdr = units.indexOf('序号');
  const end = units.indexOf('五、工作要求');
  const rows = [];
  for (let k = hdr + 5; k < end; k++) {
    if (/^\d+$/u.test(units[k])) rows.push(units[k]);
    else if (rows.length) rows[rows.length - 1] += units[k];
  }
  if (rows.length !== 11) fail(FILE.d1, `${rows.length} task rows, expected 11`);
  docs[FILE.d1] = { text: units.join(''), units, rows };
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  if (!xml.includes('<w:tbl>')) fail(FILE.d1, 'no Word table');
  if (!/<w:vMerge w:val="restart"\/>/u.test(xml) || !/<w:vMerge w:val="continue"\/>/u.test(xml)) fail(FILE.d1, 'no vertically merged cell');
  const hi = units.indexOf('序号');
  if (units.slice(hi, hi + 5).join('|') !== '序号|工作任务|牵头单位|配合单位|完成时限') fail(FILE.d1, 'table header is not 序号/工作任务/牵头单位/配合单位/完成时限');
  // the merged cell: task 2's row has four cells (no 牵头单位 of its own)
  const i2 = units.findIndex((u) => u.startsWith('开展电梯维护保养质量专项检查'));
  if (units[i2 - 1] !== '2' || units[i2 + 1] !== '市特种设备检验研究院' || units[i2 + 2] !== '2026年9月30日前') fail(FILE.d1, 'task 2 is not laid out under the merged 牵头单位 cell');
  const i9 = units.findIndex((u) => u.startsWith('完善电梯应急处置服务平台'));
  if (units[i9 + 2] !== '—') fail(FILE.d1, 'task 9 should have no 配合单位 (—)');
}
// ── Doc 2: PDF 判定细则 ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 3) fail(FILE.d2, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = [];
  for (const b of BLOCKS) {
    if (b[0] === 'RULE') continue;
    units.push(norm(b[1]));
    if (!text.includes(norm(b[1]))) fail(FILE.d2, `block not found in the extracted text: ${b[1].slice(0, 24)}…`);
  }
  docs[FILE.d2] = { text, units, pages };
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 1) fail(FILE.d2, 'no sentence runs across a page break');
  const lists = (text.match(/有下列情形之一的,应当判定为重大事故隐患/gu) || []).length;
  if (lists < 3) fail(FILE.d2, `only ${lists} “有下列情形之一的，应当判定为重大事故隐患” lists`);
  if (!units.some((u) => u.startsWith('(八)'))) fail(FILE.d2, 'no list reaches （八）');
  for (const unit of ['米', '吨', 'MPa', '人', '%', '年']) if (!new RegExp(`\\d${unit.replace('%', '%')}`, 'u').test(text)) fail(FILE.d2, `no threshold with unit ${unit}`);
}
// ── Doc 3: HTML, own tag strip ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d3), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<p>']) if (!raw.includes(t)) fail(FILE.d3, `no ${t}`);
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const decode = (s) => s.replace(/&nbsp;/gu, ' ').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|section|article)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d3] = { text: units.join('\n'), units };
  for (const b of ['首页', '政务公开', '网站地图', '主办：']) if (!docs[FILE.d3].text.includes(norm(b))) fail(FILE.d3, `boilerplate "${b}" missing`);
}
// ── Doc 4: Markdown check list ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  if (raw.includes('\r')) fail(FILE.d4, 'expected LF line endings');
  new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d4)));
  const units = [];
  let data = 0;
  let sections = 0;
  let header = false;
  for (const l of raw.split('\n')) {
    if (/^\|/u.test(l)) {
      const cells = l.replace(/^\||\|$/gu, '').split('|').map((c) => norm(c));
      if (cells.join('|') === '检查项目|检查内容|检查方法|依据') header = true;
      else if (/^-+$/u.test(cells[0])) continue;
      else if (cells.slice(1).every((c) => !c)) sections += 1;
      else {
        data += 1;
        if (!cells[1].includes('是否')) fail(FILE.d4, `row "${cells[0]}" has no 是否 item`);
      }
      units.push(...cells.filter(Boolean));
    } else if (norm(l)) units.push(norm(l.replace(/^#+\s*/u, '')));
  }
  if (!header) fail(FILE.d4, 'no 检查项目/检查内容/检查方法/依据 header');
  if (data < 12) fail(FILE.d4, `${data} data rows < 12`);
  if (sections < 3) fail(FILE.d4, `${sections} section rows < 3`);
  docs[FILE.d4] = { text: units.join('\n'), units, data, sections };
}
// ── Doc 5: TXT GB18030, CRLF ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = iconv.decode(buf, 'gb18030');
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  const units = lineUnits(raw, '\r\n');
  docs[FILE.d5] = { text: units.join('\n'), units };
}
const T = (d) => docs[d].text;

// ── document structure: issuer, 文号, dates and the features the brief asks for ──
const MUST = {
  [FILE.d1]: ['漪川市人民政府办公室', '漪政办发〔2026〕11号', '2026年3月20日', '芸渚区、澄湄区、菰浦区人民政府', '专班办公室', '联系人'],
  [FILE.d2]: ['漪川市市场监督管理局', '漪市监规〔2026〕3号', '2026年4月8日', '本细则适用于', '本细则所称', '自2026年5月10日起施行', '专家论证'],
  [FILE.d3]: ['芸渚区安全生产委员会办公室', '芸安办〔2026〕9号', '2026年4月22日', '区市场监管局每月组织', '以下各项不再列出', '联系人：', '卢沁白', '0482-6625814'],
  [FILE.d4]: ['漪川市市场监督管理局', '漪市监特〔2026〕15号', '2026年5月12日'],
  [FILE.d5]: ['漪川市人民政府办公室', '漪政办发〔2026〕27号', '2026年6月18日', '自2026年7月1日起', '仍按原方案执行', '不再实施', '漪政办发〔2026〕11号'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!T(d).includes(norm(m))) fail(d, `missing "${m}"`);
/** Doc 1 values that Doc 5 replaces or drops: present in Doc 1, not quoted in Doc 5. */
const OLD = ['2026年8月31日前', '每月至少开展一次联合巡查', '由市交通运输局牵头', '在芸渚区先行实施'];
for (const o of OLD) {
  if (!T(FILE.d1).includes(norm(o))) fail(FILE.d1, `old value "${o}" missing`);
  if (T(FILE.d5).includes(norm(o))) fail(FILE.d5, `old value "${o}" is quoted in the 补充通知`);
}

// ── whole pack ──
const all = Object.values(docs).map((d) => d.text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
for (const a of ABSENT) if (all.includes(norm(a))) fail('docs', `"${a}" occurs, but an unanswerable case relies on its absence`);
for (const o of ONLY_IN) {
  if (!T(o.doc).includes(norm(o.s))) fail(o.doc, `"${o.s}" missing`);
  for (const [d, v] of Object.entries(docs)) if (d !== o.doc && v.text.includes(norm(o.s))) fail(d, `"${o.s}" should occur only in ${o.doc}`);
}
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { duty: 13, deadline: 8, frequency: 8, hazard: 12, applicability: 6, crossdoc: 5, supersede: 6, checklist: 6, unanswerable: 15 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let multiTurn = 0;
let crossPageCases = 0;
const docTexts = Object.values(docs).map((d) => d.text.replace(/\n/gu, ''));
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = c.id || `line ${i + 1}`;
  for (const k of Object.keys(c)) if (!KEYS.has(k)) fail(w, `unknown field ${k}`);
  if (c.id !== `p6-${String(i + 1).padStart(3, '0')}`) fail(w, 'ids are not p6-001… in order');
  if (ids.has(c.id)) fail(w, 'duplicate id');
  ids.add(c.id);
  if (!CATS.includes(c.category)) fail(w, `bad category ${c.category}`);
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (typeof c.question !== 'string' || !c.question.trim()) fail(w, 'empty question');
  if (typeof c.notes !== 'string' || !c.notes.trim()) fail(w, 'no notes');
  // questions are paraphrased, never copied: no 14-char run of a document
  const q = norm(c.question);
  for (let k = 0; k + 14 <= q.length; k++) if (docTexts.some((t) => t.includes(q.slice(k, k + 14)))) { fail(w, `question copies document text "${q.slice(k, k + 14)}"`); break; }
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
    if (c.answer_must_not_contain.length) fail(w, 'unanswerable with must-not phrases');
  } else {
    if (!c.gold.length) fail(w, 'answerable case without gold');
    if (!c.answer_must_contain.length) fail(w, 'answerable case without must-contain');
  }
  const crossPage = /\[cross-page\]/u.test(c.notes);
  if (crossPage) crossPageCases += 1;
  let spans = 0;
  const goldUnits = [];
  const seen = new Set();
  for (const gd of c.gold) {
    anchors += 1;
    const d = docs[gd.doc];
    if (!d) { fail(w, `unknown doc ${gd.doc}`); continue; }
    const a = norm(gd.anchor);
    if (seen.has(gd.doc + a)) fail(w, `duplicate gold "${gd.anchor}"`);
    seen.add(gd.doc + a);
    if (a.length < 8 || a.length > 45) fail(w, `anchor "${gd.anchor}" is ${a.length} chars after norm`);
    const n = count(d.text.replace(/\n/gu, ''), a);
    if (n !== 1) fail(w, `anchor "${gd.anchor}" occurs ${n} times in ${gd.doc}`);
    const us = d.units.filter((u) => u.includes(a));
    if (us.length !== 1) fail(w, `anchor "${gd.anchor}" lies inside ${us.length} units of ${gd.doc}`);
    goldUnits.push(...us, ...(d.rows || []).filter((u) => u.includes(a)));
    if (d.pages && !d.pages.some((p) => p.includes(a))) {
      spans += 1;
      if (!crossPage) fail(w, `PDF anchor "${gd.anchor}" is not on one page but the notes lack [cross-page]`);
    }
  }
  if (crossPage && spans === 0) fail(w, '[cross-page] in the notes but no anchor spans a page break');
  const goldDocs = [...new Set(c.gold.map((gd) => gd.doc))];
  for (const p of c.answer_must_contain) {
    if (!goldDocs.some((dn) => docs[dn]?.text.replace(/\n/gu, '').includes(norm(p)))) fail(w, `must-contain "${p}" is in no gold doc`);
  }
  for (const p of c.answer_must_not_contain) {
    if (goldUnits.some((u) => u.includes(norm(p)))) fail(w, `must-not "${p}" is inside a gold unit`);
    if (c.answer_must_contain.some((x) => norm(x).includes(norm(p)))) fail(w, `must-not "${p}" is inside a must-contain phrase`);
    if (!docTexts.some((t) => t.includes(norm(p)))) fail(w, `must-not "${p}" occurs nowhere (not a tempting value from the documents)`);
  }
  if (c.category === 'crossdoc' && goldDocs.length < 2) fail(w, 'a crossdoc case needs gold in two documents');
  if (c.category === 'supersede') {
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded value as must-not');
    if (!goldDocs.some((d) => d === FILE.d1 || d === FILE.d5)) fail(w, 'a supersede case must cite the 方案 or the 补充通知');
    for (const p of c.answer_must_not_contain) if (!T(FILE.d1).includes(norm(p)) && !T(FILE.d5).includes(norm(p))) fail(w, `must-not "${p}" is in neither the 方案 nor the 补充通知`);
  }
  if (c.category === 'checklist') {
    if (c.gold.length < 4) fail(w, 'a checklist case needs ≥4 gold anchors');
    if (!goldDocs.includes(FILE.d4)) fail(w, 'a checklist case needs rows of the 检查表');
    if (!goldDocs.includes(FILE.d2)) notes.push(`${w}: checklist gold only in the 检查表 (the 判定细则 excludes its subject)`);
  }
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 85 || lines.length > 95) fail('cases', `${lines.length} cases, expected 85–95`);
if (multiTurn < 4 || multiTurn > 6) fail('cases', `${multiTurn} multi-turn cases, expected 4–6`);
if (crossPageCases < 1) fail('cases', 'no [cross-page] case');

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, crossPageCases, goldAnchors: anchors,
  pdfPages: docs[FILE.d2].pages.length, checklistRows: docs[FILE.d4].data, notes, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
for (const n of notes) console.log(`note ${n}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
