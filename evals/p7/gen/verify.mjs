// Verifier for the p7 (璞岭省, 危险化学品) pack: the documents in evals/p7/docs, the national texts in corpus/laws and the
// cases in evals/cases/p7.jsonl. Usage (repository root): node evals/p7/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p7/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   PDF   Doc 1, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks (an article's first 款, a later 款, a 项, a 章 heading); each
//         must be found in the joined page text.
//   DOCX  Doc 2, mammoth extractRawText; units = the logical table rows (序号, 部门, 主要职责, 具体事项, 依据, with the
//         vertically merged 部门 and 主要职责 repeated on every row they cover) and the paragraphs outside the table. The
//         XML is checked for the table, the header and the vMerge cells.
//   MD    Doc 3, UTF-8 LF; units = table rows (cells joined) and the other lines without Markdown markers.
//   HTML  Doc 4, a tag strip written here (head, script, style dropped; block tags become line breaks; entities
//         decoded); units = lines. The <title>, nav, breadcrumb and footer are checked.
//   TXT   Doc 5, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: schema, ids, categories; gold [] exactly for unanswerable (then no phrases, and the asked fact is
// absent: strings in no pack document and, where stated, no national text; a clause without date or amount); anchors
// 6–45 chars after norm, exactly once in their document and inside exactly one unit; PDF anchors on one page unless
// the notes say [cross-page] (then they must span a break); every must-contain phrase inside a gold unit; must-not
// phrases not inside a gold unit or a must-contain phrase and present in a pack document; supersede must-nots are
// old values of Doc 2 that Doc 5 does not quote; crossdoc gold in ≥2 documents; checklist ≥4 anchors; applicability
// cases that name a place of one city have no gold in the other city's document; questions do not copy ≥14 chars of a
// document; forbidden names and area codes; phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine } from '../../p3/gen/case-checks.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAW, LAWS, PACK, PLACES, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-1-pdf.mjs';
import { ABSENCE, PHONES } from './cases.mjs';

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

// ── Doc 1: PDF 省政府规章 ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d1), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d1, m) });
  if (pages.length < 3) fail(FILE.d1, `only ${pages.length} pages`);
  const text = pages.join('');
  const units = BLOCKS.map(([, t]) => norm(t));
  for (const u of units) if (!text.includes(u)) fail(FILE.d1, `block not found in the extracted text: ${u.slice(0, 24)}…`);
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 1) fail(FILE.d1, 'no sentence runs across a page break');
  const chapters = units.filter((u) => /^第[一二三四五六七]章/u.test(u)).length;
  const articles = units.filter((u) => /^第[一二三四五六七八九十]+条/u.test(u)).length;
  const items = units.filter((u) => /^\([一二三四五六]\)/u.test(u)).length;
  if (chapters < 5) fail(FILE.d1, `${chapters} 章 headings`);
  if (articles < 30) fail(FILE.d1, `${articles} articles`);
  if (items < 3) fail(FILE.d1, `${items} 项`);
  docs[FILE.d1] = { text, units, pages, mid, chapters, articles };
}
// ── Doc 2: DOCX 责任清单 ──
{
  const file = path.join(DOCS, FILE.d2);
  const paras = lineUnits((await mammoth.extractRawText({ path: file })).value);
  const h = paras.indexOf('序号');
  if (paras.slice(h, h + 5).join('|') !== '序号|部门|主要职责|具体事项|依据') fail(FILE.d2, 'table header is not 序号/部门/主要职责/具体事项/依据');
  const end = paras.findIndex((p) => p.startsWith('说明:'));
  const rows = [];
  let dept = '';
  let duty = '';
  let merged = 0;
  for (let k = h + 5; k < end;) {
    const no = paras[k];
    let j = k + 1;
    while (j < end && !/^\d+$/u.test(paras[j])) j++;
    const cells = paras.slice(k + 1, j);
    if (cells.length === 4) [dept, duty] = cells;
    else if (cells.length === 2) merged += 1;
    else fail(FILE.d2, `row ${no} has ${cells.length} cells`);
    rows.push({ no, dept, text: [no, dept, duty, ...cells.slice(-2)].join('') });
    k = j;
  }
  rows.forEach((r, i) => { if (r.no !== String(i + 1)) fail(FILE.d2, `row ${i + 1} is numbered ${r.no}`); });
  if (rows.length < 20) fail(FILE.d2, `${rows.length} rows`);
  if (merged < 8) fail(FILE.d2, `${merged} rows under merged 部门 cells`);
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml').async('string');
  if (!xml.includes('<w:tbl>')) fail(FILE.d2, 'no Word table');
  if (!/<w:vMerge w:val="restart"\/>/u.test(xml) || !/<w:vMerge w:val="continue"\/>/u.test(xml)) fail(FILE.d2, 'no vertically merged cell');
  const outside = [...paras.slice(0, h), ...paras.slice(end)];
  docs[FILE.d2] = { text: paras.join('\n'), units: [...rows.map((r) => r.text), ...outside], rows };
}
// ── Doc 3: Markdown 检查计划 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d3));
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  if (raw.includes('\r')) fail(FILE.d3, 'expected LF line endings');
  const units = [];
  let header = false;
  let data = 0;
  for (const l of raw.split('\n')) {
    if (/^\|/u.test(l)) {
      const cells = l.replace(/^\||\|$/gu, '').split('|').map(norm);
      if (cells.join('|') === '类别|企业范围|检查频次|检查时段|牵头科室') header = true;
      else if (/^-+$/u.test(cells[0])) continue;
      else data += 1;
      units.push(cells.join(''));
    } else if (norm(l)) units.push(norm(l.replace(/^(#+|-)\s*/u, '')));
  }
  if (!header) fail(FILE.d3, 'no 类别/企业范围/检查频次/检查时段/牵头科室 header');
  if (data !== 4) fail(FILE.d3, `${data} class rows, expected 4 (A–D)`);
  docs[FILE.d3] = { text: units.join('\n'), units };
}
// ── Doc 4: HTML 政策解读 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h3>', '<p>', 'class="location"']) if (!raw.includes(t)) fail(FILE.d4, `no ${t}`);
  const decode = (s) => s.replace(/&nbsp;/gu, ' ').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|section|article)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d4] = { text: units.join('\n'), units };
  const qs = units.filter((u) => /^[一二三四五六七八九十]+、.*\?$/u.test(u)).length;
  if (qs < 6) fail(FILE.d4, `${qs} numbered questions (一问一答)`);
  for (const b of ['首页', '政策法规', '您现在的位置', '网站地图', '主办单位']) if (!docs[FILE.d4].text.includes(norm(b))) fail(FILE.d4, `boilerplate "${b}" missing`);
}
// ── Doc 5: GB18030 CRLF 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  docs[FILE.d5] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
const packDocs = Object.keys(docs);
// ── national texts (all of corpus/laws are in the knowledge base of the run) ──
const lawText = {};
for (const f of fs.readdirSync(LAWS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const units = lineUnits(fs.readFileSync(path.join(LAWS, f), 'utf8'));
  lawText[f] = units.join('\n');
  if (Object.values(LAW).includes(f)) docs[f] = { text: units.join('\n'), units };
}
for (const f of Object.values(LAW)) if (!docs[f]) fail('laws', `${f} missing from corpus/laws`);
const T = (d) => docs[d].text;
const flat = (d) => docs[d].text.replace(/\n/gu, '');

// ── document structure ──
const MUST = {
  [FILE.d1]: ['2023年6月12日省人民政府令第187号公布', '根据2025年9月26日省人民政府令第203号', '第一章', '第七章', '本办法自2023年8月1日起施行', '不得少于500米', '每季度至少组织一次', '5万元以下的罚款'],
  [FILE.d2]: ['砚湖市安全生产委员会', '砚安委〔2025〕14号', '2025年11月18日', '荇桥区、芑林区、蓍原县人民政府'],
  [FILE.d3]: ['棣阳市应急管理局', '棣应急〔2026〕6号', '2026年1月20日', '每年不少于4次', '检查方式', '时间安排', '工作要求', '每季度末月25日前'],
  [FILE.d4]: ['璞岭省应急管理厅', '2025-10-10', '一、为什么要修正《办法》?', '二、《办法》的适用范围是什么?'],
  [FILE.d5]: ['蓍原县安全生产委员会办公室', '蓍安办〔2026〕3号', '2026年1月26日', '县应急管理局每月组织', '以下各项不再列出', '以本通知为准', '在本县废止', '本通知自2026年3月1日起执行', '砚安委〔2025〕14号'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!flat(d).includes(norm(m))) fail(d, `missing "${m}"`);
/** Doc 2 values that Doc 5 changes or abolishes for 蓍原县: present in Doc 2, not quoted in Doc 5. */
const OLD = ['每年至少开展一次监督检查', '县（市、区）商务主管部门', '每月5日前'];
for (const o of OLD) {
  if (!flat(FILE.d2).includes(norm(o))) fail(FILE.d2, `old value "${o}" missing`);
  if (flat(FILE.d5).includes(norm(o))) fail(FILE.d5, `old value "${o}" is quoted in the 通知`);
}
// the 事项 numbers Doc 5 refers to are the right rows of Doc 2
const row = (n) => docs[FILE.d2].rows[n - 1]?.text || '';
if (!row(17).includes(norm('不带储存设施的危险化学品经营企业每年至少开展一次'))) fail(FILE.d2, 'row 17 is not the 不带储存 check');
if (!row(19).includes(norm('加油站安全联合检查'))) fail(FILE.d2, 'row 19 is not the 加油站 joint check');
if (!row(21).includes(norm('月报表'))) fail(FILE.d2, 'row 21 is not the 月报表');

// ── whole pack ──
const all = packDocs.map((d) => T(d)).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.province, PLACES.cityA, PLACES.cityB, ...PLACES.districtsA, ...PLACES.districtsB]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.noDocCity, PLACES.noDocProvince]) if (all.includes(p)) fail('docs', `${p} should have no document`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { duty: 13, applicability: 13, crossdoc: 10, frequency: 9, deadline: 7, hazard: 5, checklist: 5, supersede: 6, unanswerable: 12 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let multiTurn = 0;
const crossPage = [];
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const cityA = [PLACES.cityA, ...PLACES.districtsA];
const cityB = [PLACES.cityB, ...PLACES.districtsB, '杼港化工园区'];
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p7', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (!checkAbsence(c, ABSENCE[c.id], { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|前完成|日前/u })) continue;
    const ab = ABSENCE[c.id];
    if (c.question.includes(PLACES.noDocCity) || c.question.includes(PLACES.noDocProvince)) {
      if (!ab.absent.some((s) => s === '琮州' || s === '珩西')) fail(w, 'a place without documents must be checked absent');
    }
    continue;
  }
  anchors += c.gold.length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  if (c.category === 'supersede') {
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded value as must-not');
    if (!goldDocs.includes(FILE.d5)) fail(w, 'a supersede case must cite the 蓍原县 通知');
    for (const p of c.answer_must_not_contain) if (!flat(FILE.d2).includes(norm(p)) || flat(FILE.d5).includes(norm(p))) fail(w, `must-not "${p}" is not an old value of the 清单 replaced by the 通知`);
  }
  // an asker in one city gets no gold from the other city's document
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  const inA = cityA.some((p) => text.includes(p));
  const inB = cityB.some((p) => text.includes(p));
  if (inA && !inB && goldDocs.includes(FILE.d3)) fail(w, 'a 砚湖市 asker with gold in the 棣阳市 plan');
  if (inB && !inA && (goldDocs.includes(FILE.d2) || goldDocs.includes(FILE.d5))) fail(w, 'a 棣阳市 asker with gold in a 砚湖市 document');
  if (goldDocs.includes(FILE.d5) && !text.includes('蓍原')) fail(w, 'gold in the 蓍原县 通知 but the question does not name 蓍原');
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 90) fail('cases', `${lines.length} cases, expected 90+`);
if (multiTurn < 4) fail('cases', `${multiTurn} multi-turn cases, expected ≥4`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, crossPageCases: crossPage, goldAnchors: anchors,
  pdfPages: docs[FILE.d1].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d1].mid, pdfArticles: docs[FILE.d1].articles,
  dutyRows: docs[FILE.d2].rows.length, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors, ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
