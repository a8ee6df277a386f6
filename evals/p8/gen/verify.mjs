// Verifier for the p8 (蓠峤省, 非煤矿山和尾矿库) pack: the documents in evals/p8/docs, the national texts in corpus/laws
// and the cases in evals/cases/p8.jsonl. Usage (repository root): node evals/p8/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p8/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   PDF   Doc 1, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks (a paragraph, a numbered item, a heading); each must be
//         found in the joined page text.
//   DOCX  Doc 2, mammoth extractRawText; units = paragraphs (an 议定事项, an attendance line, the 版记 lines).
//   HTML  Doc 3, a tag strip written here (head, script, style dropped; block tags become line breaks; entities
//         decoded); units = lines. The <title>, nav, breadcrumb and footer are checked.
//   MD    Doc 4, UTF-8 LF; units = table rows (cells joined) and the other lines without Markdown markers.
//   TXT   Doc 5, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: schema, ids, categories; gold [] exactly for unanswerable (then no phrases, and the asked fact is
// absent: strings in no pack document and, where stated, no national text; a pattern; a clause without an amount);
// anchors 6–45 chars after norm, exactly once in their document and inside exactly one unit; PDF anchors on one page
// unless the notes say [cross-page] (then one must span a break); every must-contain phrase inside a gold unit;
// must-not phrases not inside a gold unit or a must-contain phrase and present in a pack document; supersede must-nots
// are old values of Doc 2 that Doc 5 does not quote, and supersede cases cite Doc 5; crossdoc gold in ≥2 documents;
// checklist ≥4 anchors; place rules (苎岩县 askers get no gold in the 堇坪县 notice and the other way round; gold in the
// 苎岩县 documents only for questions that name 苎岩县 or its places); questions do not copy ≥14 chars of a document;
// forbidden names and area codes; phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
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

// ── Doc 1: PDF 事故调查报告 ──
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
  const recs = units.filter((u) => /^\([一二三四五六七八九]\)/u.test(u) && /\d{4}年\d+月\d+日前/u.test(u)).length;
  if (recs < 5) fail(FILE.d1, `${recs} recommendations with a deadline “于2026年X月X日前”`);
  docs[FILE.d1] = { text, units, pages, mid };
}
// ── Doc 2: DOCX 会议纪要 ──
{
  const paras = lineUnits((await mammoth.extractRawText({ path: path.join(DOCS, FILE.d2) })).value);
  const items = paras.filter((p) => /^[一二三四五六七八九十]+、/u.test(p));
  if (items.length < 8) fail(FILE.d2, `${items.length} 议定事项`);
  docs[FILE.d2] = { text: paras.join('\n'), units: paras, items };
}
// ── Doc 3: HTML 挂牌督办通知 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d3), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h1>', '<h2>', '<p>', 'class="crumb"']) if (!raw.includes(t)) fail(FILE.d3, `no ${t}`);
  const decode = (s) => s.replace(/&nbsp;/gu, ' ').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|section|article|span)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d3] = { text: units.join('\n'), units };
  const hz = units.filter((u) => /^\([一二三]\)坳背|^\([一二三]\)井下/u.test(u)).length;
  if (hz !== 3) fail(FILE.d3, `${hz} hazards （一）…（三）`);
  for (const b of ['首页', '通知公告', '当前位置', '网站地图', '主办', '打印本页']) if (!docs[FILE.d3].text.includes(norm(b))) fail(FILE.d3, `furniture "${b}" missing`);
}
// ── Doc 4: Markdown 地方标准 ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d4)));
  if (raw.includes('\r')) fail(FILE.d4, 'expected LF line endings');
  const units = [];
  let header = false;
  let data = 0;
  for (const l of raw.split('\n')) {
    if (/^\|/u.test(l)) {
      const cells = l.replace(/^\||\|$/gu, '').split('|').map(norm);
      if (cells.slice(0, 3).join('|') === '监测项目|正常运行期频次|汛期频次') header = true;
      else if (/^-+$/u.test(cells[0])) continue;
      else data += 1;
      units.push(cells.join(''));
    } else if (norm(l)) units.push(norm(l.replace(/^#+\s*/u, '')));
  }
  if (!header) fail(FILE.d4, 'no 监测项目|正常运行期频次|汛期频次 header');
  if (data < 6) fail(FILE.d4, `${data} frequency rows`);
  for (const n of ['1范围', '2规范性引用文件', '3术语和定义', '3.1', '3.2', '4一般要求', '4.1', '4.2.1', '5监测频次', '6预警和处置', '7数据管理']) {
    if (!units.some((u) => u.startsWith(n))) fail(FILE.d4, `no clause ${n}`);
  }
  docs[FILE.d4] = { text: units.join('\n'), units };
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
const flat = (d) => docs[d].text.replace(/\n/gu, '');

// ── document structure ──
const MUST = {
  [FILE.d1]: ['事故基本情况', '事故发生经过', '（一）直接原因', '（二）间接原因', '五、责任认定及处理建议', '六、防范和整改措施建议', '处58万元罚款', '政务记过处分', '由县应急管理局牵头，县自然资源局、县水利局配合'],
  [FILE.d2]: ['苎岩县安全生产委员会会议纪要', '〔2026〕1号', '会议议定以下事项', '由县应急管理局牵头，县自然资源局、县水利局配合', '（责任单位：', '下同', '出席：', '列席：', '抄送：'],
  [FILE.d3]: ['磬安办〔2026〕11号', '一、重大事故隐患', '二、整改期限', '三、督办单位', '五、销号程序', '联系人', '2026年3月12日'],
  [FILE.d4]: ['DB79/T 1186—2026', '2026-01-20发布', '蓠峤省市场监督管理局', '表1　尾矿库安全监测频次', '0.5米', '30毫米', '95%', '7天内'],
  [FILE.d5]: ['苎安委〔2026〕4号', '2026年4月10日', '县安委会2026年第一次全体会议纪要', '议定事项第三项', '议定事项第六项', '议定事项第八项', '废止', '以本通知为准', '本通知自2026年4月15日起施行'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (m && !flat(d).includes(norm(m))) fail(d, `missing "${m}"`);
/** Doc 2 values that Doc 5 changes or abolishes: present in Doc 2, not quoted in Doc 5. */
const OLD = ['2026年7月31日前', '由县水利局牵头', '每周一'];
for (const o of OLD) {
  if (!flat(FILE.d2).includes(norm(o))) fail(FILE.d2, `old value "${o}" missing`);
  if (flat(FILE.d5).includes(norm(o))) fail(FILE.d5, `old value "${o}" is quoted in the 通知`);
}
// the 议定事项 Doc 5 refers to are the right items of Doc 2
const item = (n) => docs[FILE.d2].items.find((p) => p.startsWith(`${n}、`)) || '';
if (!item('三').includes(norm('在线安全监测系统升级改造'))) fail(FILE.d2, 'item 三 is not the 在线监测 upgrade');
if (!item('六').includes(norm('排洪设施汛前检查'))) fail(FILE.d2, 'item 六 is not the 排洪设施 check');
if (!item('八').includes(norm('周报'))) fail(FILE.d2, 'item 八 is not the 周报');

// ── whole pack ──
const all = packDocs.map((d) => docs[d].text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.province, PLACES.city, ...PLACES.counties]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.noDocCounty, PLACES.noDocCity, PLACES.noDocProvince]) if (all.includes(p)) fail('docs', `${p} should have no document`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { duty: 14, applicability: 11, crossdoc: 11, frequency: 9, deadline: 9, hazard: 7, checklist: 5, supersede: 6, unanswerable: 12 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let lawAnchors = 0;
let multiTurn = 0;
const crossPage = [];
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const ZY = /苎岩|茗溪|石槽/u;
const JP = /堇坪|铜坳|坳背/u;
const ZY_DOCS = [FILE.d1, FILE.d2, FILE.d5];
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p8', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (!checkAbsence(c, ABSENCE[c.id], { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|前完成|日前/u })) continue;
    const ab = ABSENCE[c.id];
    for (const p of [PLACES.noDocCounty, PLACES.noDocCity, PLACES.noDocProvince]) {
      if (c.question.includes(p) && !ab.absent.some((s) => p.startsWith(s))) fail(w, `a place without documents (${p}) must be checked absent`);
    }
    continue;
  }
  anchors += c.gold.length;
  lawAnchors += c.gold.filter((gd) => Object.values(LAW).includes(gd.doc)).length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  if (c.category === 'supersede') {
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded value as must-not');
    if (!goldDocs.includes(FILE.d5)) fail(w, 'a supersede case must cite the 专项整治通知');
    for (const p of c.answer_must_not_contain) if (!OLD.includes(p)) fail(w, `must-not "${p}" is not an old value of the 纪要 replaced by the 通知`);
  }
  // place rules
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  const inZ = ZY.test(text);
  const inJ = JP.test(text);
  if (inJ && !inZ && goldDocs.some((d) => ZY_DOCS.includes(d))) fail(w, 'a 堇坪县 asker with gold in a 苎岩县 document');
  if (inZ && !inJ && goldDocs.includes(FILE.d3)) fail(w, 'a 苎岩县 asker with gold in the 堇坪县 督办通知');
  if (goldDocs.some((d) => ZY_DOCS.includes(d)) && !inZ) fail(w, 'gold in a 苎岩县 document but the question does not name 苎岩县 or its places');
  if (goldDocs.includes(FILE.d3) && !inJ) fail(w, 'gold in the 督办通知 but the question does not name 堇坪县 or the company');
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 90) fail('cases', `${lines.length} cases, expected 90+`);
if (multiTurn < 4) fail('cases', `${multiTurn} multi-turn cases, expected ≥4`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, crossPageCases: crossPage, goldAnchors: anchors, lawAnchors,
  pdfPages: docs[FILE.d1].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d1].mid, minutesItems: docs[FILE.d2].items.length, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
