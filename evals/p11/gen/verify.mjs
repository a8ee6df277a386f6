// Verifier for the p11 (渌嵛回族自治区, 电动自行车消防安全) pack: the documents in evals/p11/docs, the national texts in
// corpus/laws and the cases in evals/cases/p11.jsonl. Usage (repository root): node evals/p11/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p11/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   DOCX  Doc 1, mammoth convertToHtml; units = <p> paragraphs (a 款 or a 项 of an article, a chapter heading, the 公告
//         paragraphs and the two history lines); no tables.
//   PDF   Doc 2, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks; each must be found in the joined page text.
//   MD    Doc 3, UTF-8 LF; units = lines without Markdown markers (#, **); a table row is one unit, its cells joined.
//   TXT   Doc 4, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   HTML  Doc 5, a tag strip written here (head, script, style dropped; block tags and <tr> become line breaks, cells of a
//         row stay on one line; entities decoded); units = lines. Title, nav, breadcrumb, footer and the table checked.
//   TXT   Doc 6, UTF-8 LF; units = lines.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: the shared shape and absence checks and the answerable checks of ../../p3/gen/case-checks.mjs (anchors
// 6–45 chars, once in their document and one unit, [cross-page], must-contain inside a gold unit, must-not a real pack
// value outside the gold units, crossdoc ≥2 documents, checklist ≥4 anchors); every unanswerable case has an absence
// string checked against all six documents and all twelve files of corpus/laws; supersede must-nots are values of the
// other version (2020 text vs current 条例, 办法 vs 苕枰县 通知) that the cited version lacks; [as-of] cases cite an earlier
// text alone; [national+local] cases have gold and a must-contain phrase at both levels; place rules (琬州 and its
// 县/区, 苕枰, 藜塬, 翎阜); questions do not copy ≥14 chars of a document; forbidden names, area codes and phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine, checkNationalLocal, checkNoDocPlaces, checkVersionPairs, count, decode } from '../../p3/gen/case-checks.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAW, LAWS, PACK, PLACES, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-2-pdf.mjs';
import { PARAS } from './gen-1-docx.mjs';
import { CHANGED } from './content-reg.mjs';
import { ABSENCE, PHONES, ZONE_CHANGED } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const docs = {};
const lineUnits = (raw, sep = '\n') => raw.split(sep).map(norm).filter(Boolean);
const ARTICLE = /^第[一二三四五六七八九十]+条/u;
const CHAPTER = /^第[一二三四五六七]章/u;

// ── Doc 1: DOCX 条例 (current) ──
{
  const file = path.join(DOCS, FILE.d1);
  const htmlOut = (await mammoth.convertToHtml({ path: file })).value;
  if (/<table>/u.test(htmlOut)) fail(FILE.d1, 'unexpected table');
  const units = (htmlOut.match(/<p>[\s\S]*?<\/p>/gu) || []).map((p) => norm(decode(p.replace(/<[^>]+>/gu, '')))).filter(Boolean);
  const expected = PARAS.filter((p) => p[0] !== 'empty').map(([, t]) => norm(t));
  if (units.join('\n') !== expected.join('\n')) fail(FILE.d1, 'paragraphs read back differ from the generator\'s');
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  const chapters = units.filter((u) => CHAPTER.test(u)).length;
  if (articles !== 30) fail(FILE.d1, `${articles} articles, expected 30`);
  if (chapters !== 7) fail(FILE.d1, `${chapters} chapters, expected 7`);
  docs[FILE.d1] = { text: units.join('\n'), units, articles };
}
// ── Doc 2: PDF 条例 (2020 text) ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 4 || pages.length > 5) fail(FILE.d2, `${pages.length} pages, expected 4–5`);
  const text = pages.join('');
  const units = BLOCKS.filter((b) => b[0] !== 'RULE').map(([, t]) => norm(t));
  for (const u of units) if (!text.includes(u)) fail(FILE.d2, `block not found in the extracted text: ${u.slice(0, 24)}…`);
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 2) fail(FILE.d2, `${mid} sentences run across a page break, expected ≥2`);
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  if (articles !== docs[FILE.d1].articles) fail(FILE.d2, `${articles} articles, Doc 1 has ${docs[FILE.d1].articles}`);
  docs[FILE.d2] = { text: units.join('\n'), units, pages, mid };
}
// ── Doc 3: Markdown 办法 with the 巡查 table ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d3)));
  if (raw.includes('\r')) fail(FILE.d3, 'expected LF line endings');
  const lines = raw.split('\n');
  const rows = lines.filter((l) => /^\|/u.test(l)).map((l) => l.replace(/^\||\|$/gu, '').split('|').map((c) => norm(c)));
  if ((rows[0] || []).join('|') !== '序号|场所类别|巡查频次|责任主体') fail(FILE.d3, `table header is ${(rows[0] || []).join('|')}`);
  if (!(rows[1] || []).every((c) => /^-+$/u.test(c))) fail(FILE.d3, 'no Markdown table separator');
  const body = rows.slice(2);
  if (body.length !== 7 || !body.every((r, i) => r.length === 4 && r[0] === String(i + 1))) fail(FILE.d3, 'expected 7 numbered table rows of 4 cells');
  const units = lines.filter((l) => !/^\|/u.test(l)).map((l) => norm(l.replace(/^#+\s*/u, ''))).filter(Boolean);
  units.push(...body.map((r) => r.join('')));
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  if (articles !== 18) fail(FILE.d3, `${articles} articles, expected 18`);
  docs[FILE.d3] = { text: units.join('\n'), units, rows: body };
}
// ── Doc 4: GB18030 CRLF 苕枰县 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d4));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d4, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d4, 'expected CRLF line endings only');
  docs[FILE.d4] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
// ── Doc 5: HTML 任务分工 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d5), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h1>', '<h3>', '<p>', '<table', '<th>', '<td>', 'class="position"']) if (!raw.includes(t)) fail(FILE.d5, `no ${t}`);
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|thead|tbody|section|article|form)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d5] = { text: units.join('\n'), units };
  const rows = units.filter((u) => /^\d{1,2}[^\d年]/u.test(u) && /\d{4}年\d+月\d+日前$/u.test(u));
  if (rows.length !== 10) fail(FILE.d5, `${rows.length} task rows, expected 10`);
  const empties = (raw.match(/<td><\/td>/gu) || []).length;
  if (empties !== 2) fail(FILE.d5, `${empties} empty cells, expected 2`);
  for (const b of ['网站首页', '通知公告', '您现在的位置', '网站地图', '主办单位', '打印正文']) if (!docs[FILE.d5].text.includes(norm(b))) fail(FILE.d5, `furniture "${b}" missing`);
}
// ── Doc 6: TXT 修正问答 ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d6)));
  if (raw.includes('\r')) fail(FILE.d6, 'expected LF line endings');
  const units = lineUnits(raw);
  const qs = raw.split('\n').filter((l) => /^问[一二三四五六七八九十]+：.*？$/u.test(l)).length;
  const as = raw.split('\n').filter((l) => /^答：/u.test(l)).length;
  if (qs !== 10 || as !== 10) fail(FILE.d6, `${qs} questions and ${as} answers, expected 10 each`);
  if (!/^《渌嵛回族自治区电动自行车消防安全管理条例》/u.test(raw)) fail(FILE.d6, 'the title does not name the 条例');
  docs[FILE.d6] = { text: units.join('\n'), units };
}
const packDocs = Object.keys(docs);
// ── national texts (all of corpus/laws are in the knowledge base of the run) ──
const lawText = {};
for (const f of fs.readdirSync(LAWS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const units = lineUnits(fs.readFileSync(path.join(LAWS, f), 'utf8'));
  lawText[f] = units.join('\n');
  if (Object.values(LAW).includes(f)) docs[f] = { text: units.join('\n'), units };
}
if (Object.keys(lawText).length !== 12) fail('laws', `${Object.keys(lawText).length} files in corpus/laws, expected 12`);
for (const f of Object.values(LAW)) if (!docs[f]) fail('laws', `${f} missing from corpus/laws`);
const flat = (d) => docs[d].text.replace(/\n/gu, '');
const isLaw = (d) => Object.values(LAW).includes(d);

// ── document structure and the hierarchy the texts state ──
const MUST = {
  [FILE.d1]: ['渌嵛回族自治区人民代表大会常务委员会公告', '（十四届第四十七号）', '自2026年1月1日起施行', '2020年5月29日', '2025年9月26日', '修正）', '自治区行政区域内', '第二十三条设区的市人民政府', '本条例自2020年10月1日起施行'],
  [FILE.d2]: ['（十三届第六十二号）', '自2020年10月1日起施行', '2020年5月29日', '自治区行政区域内', '本条例自2020年10月1日起施行'],
  [FILE.d3]: ['琬州市人民政府令', '第28号', '自2026年3月1日起施行', '本市琬城区、苕枰县、藜塬县行政区域内', '《渌嵛回族自治区电动自行车消防安全管理条例》', '第十六条', '渌嵛回族自治区人民政府'],
  [FILE.d4]: ['苕消委〔2026〕3号', '《琬州市电动自行车停放充电消防安全管理办法》', '琬州市人民政府令第28号', '依据《办法》第十六条', '第七条表第4行', '第七条表第7行', '第七条表第2行', '本县调整为', '本通知自2026年6月1日起施行', '在苕枰县行政区域内适用', '琬州市消防救援支队', '琬州市消防安全委员会办公室'],
  [FILE.d5]: ['琬应急联〔2026〕5号', '琬城区、苕枰县、藜塬县人民政府', '以下各项均由各县（区）人民政府配合，不再列出', '牵头单位', '配合单位', '完成时限', '《琬州市电动自行车停放充电消防安全管理办法》', '渌嵛回族自治区消防救援总队'],
  [FILE.d6]: ['渌嵛回族自治区消防救援总队', '2026年1月1日', '第二十三条', '设区的市'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!flat(d).includes(norm(m))) fail(d, `missing "${m}"`);
for (const s of ['修正', '2025年', '换电柜']) if (flat(FILE.d2).includes(norm(s))) fail(FILE.d2, `the 2020 text mentions "${s}"`);
// the values the 2025 修正 changed: the current one in Doc 1 only, the old one in Doc 2 only; the 问答 quotes no old value
for (const [art, cur, old] of CHANGED) {
  if (!flat(FILE.d1).includes(norm(cur))) fail(FILE.d1, `${art}: current value "${cur}" missing`);
  if (!flat(FILE.d2).includes(norm(old))) fail(FILE.d2, `${art}: old value "${old}" missing`);
  if (flat(FILE.d1).includes(norm(old))) fail(FILE.d1, `${art}: old value "${old}" still in the current text`);
  if (flat(FILE.d2).includes(norm(cur))) fail(FILE.d2, `${art}: current value "${cur}" already in the 2020 text`);
  if (flat(FILE.d6).includes(norm(old))) fail(FILE.d6, `${art}: the 问答 quotes the old value "${old}"`);
}
if (CHANGED.length < 6 || CHANGED.length > 8) fail('content', `${CHANGED.length} changed values, expected 6–8`);
// Doc 4 → Doc 3: the rows it names are the right rows; old values in the 办法 only, new ones in the 通知 only
const row = (n) => docs[FILE.d3].rows.find((r) => r[0] === n) || [];
if (row('2')[1] !== norm('未实施物业管理的住宅区停放充电场所') || row('2')[3] !== norm('社区居民委员会、村民委员会')) fail(FILE.d3, 'row 2 is not the 无物业 住宅区 of the 居委会/村委会');
if (row('4')[1] !== norm('外卖、快递、即时配送企业集中充电场所') || row('4')[2] !== norm('每班次不少于1次')) fail(FILE.d3, 'row 4 is not the 外卖快递 场所 at 每班次不少于1次');
if (row('7')[1] !== norm('自建房、出租房屋内集中停放充电区域') || row('7')[2] !== norm('每月不少于1次')) fail(FILE.d3, 'row 7 is not the 出租房屋 区域 at 每月不少于1次');
for (const [what, oldV, newV] of ZONE_CHANGED) {
  if (!flat(FILE.d3).includes(norm(oldV))) fail(FILE.d3, `${what}: old value "${oldV}" missing`);
  if (flat(FILE.d4).includes(norm(oldV))) fail(FILE.d4, `${what}: old value "${oldV}" quoted in the 通知`);
  if (!flat(FILE.d4).includes(norm(newV))) fail(FILE.d4, `${what}: new value "${newV}" missing`);
  if (flat(FILE.d3).includes(norm(newV))) fail(FILE.d3, `${what}: new value "${newV}" already in the 办法`);
}

// ── whole pack ──
const all = packDocs.map((d) => docs[d].text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7,8}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.region, PLACES.city, PLACES.cityDistrict, PLACES.county, PLACES.otherCounty]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.noDocCity, PLACES.noDocProvince]) if (all.includes(p)) fail('docs', `${p} should have no document`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { duty: 14, applicability: 18, crossdoc: 16, frequency: 10, deadline: 10, hazard: 6, checklist: 5, supersede: 12, unanswerable: 12 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let lawAnchors = 0;
let multiTurn = 0;
const asOf = [];
const natLocal = [];
const crossPage = [];
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const has = (d, v) => flat(d).includes(norm(v));
const inDocs = (ds, v) => ds.some((d) => has(d, v));
const unitsOf = (c, pred) => c.gold.filter((gd) => docs[gd.doc] && pred(gd.doc)).flatMap((gd) => docs[gd.doc].units.filter((u) => u.includes(norm(gd.anchor))));
const CITY = /琬州|琬城|苕枰|藜塬/u;
const inCounty = (t) => /苕枰/u.test(t) && !/不在苕枰/u.test(t);
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p11', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    const ab = ABSENCE[c.id];
    if (!checkAbsence(c, ab, { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|日前|\d+月\d+日/u })) continue;
    if (!ab.absent.length) fail(w, 'no absence string checked against both the documents and all of corpus/laws');
    checkNoDocPlaces(c, ab, [PLACES.noDocCity, PLACES.noDocProvince], { w, fail });
    continue;
  }
  anchors += c.gold.length;
  lawAnchors += c.gold.filter((gd) => isLaw(gd.doc)).length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  const cites = (d) => goldDocs.includes(d);
  // current 条例 cited: a 2020 value; 2020 text cited alone (as-of): a current value; 苕枰县 通知 cited: an old 办法
  // value; 办法 cited without the 通知 (as-of, or outside 苕枰县): a new 通知 value
  if (c.category === 'supersede') checkVersionPairs(c, [[FILE.d1, FILE.d2], [FILE.d4, FILE.d3]], { w, fail, cites, has });
  if (/\[as-of\]/u.test(c.notes)) {
    asOf.push(c.id);
    if (!((cites(FILE.d2) && !cites(FILE.d1)) || (cites(FILE.d3) && !cites(FILE.d4)))) fail(w, '[as-of] but no earlier text (the 2020 条例, or the 办法 without the 通知) is cited alone');
  }
  if (/\[national\+local\]/u.test(c.notes)) {
    natLocal.push(c.id);
    checkNationalLocal(c, { w, fail, norm, unitsOf, isLaw });
  }
  // place rules
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  if ((cites(FILE.d3) || cites(FILE.d5)) && !CITY.test(text)) fail(w, 'gold in a 琬州市 document but the question names neither 琬州 nor one of its 县/区');
  if (cites(FILE.d4) && !inCounty(text)) fail(w, 'gold in the 苕枰县 通知 but the question is not about 苕枰县');
  if (/藜塬/u.test(c.question)) {
    if (cites(FILE.d4)) fail(w, 'a 藜塬县 asker with gold in the 苕枰县 通知');
    if (!c.answer_must_not_contain.length) fail(w, 'a 藜塬县 asker needs the 苕枰县 values as must-nots');
    for (const p of c.answer_must_not_contain) if (!(has(FILE.d4, p) && !has(FILE.d3, p))) fail(w, `must-not "${p}" of a 藜塬县 asker is not a 苕枰县-only value`);
  }
  if (/翎阜/u.test(text)) {
    if ([FILE.d3, FILE.d4, FILE.d5].some(cites)) fail(w, 'a 翎阜市 asker with gold in a 琬州市 document');
    if (!/渌嵛|自治区/u.test(text)) fail(w, 'a 翎阜市 question that expects the 自治区 rule must name the 自治区');
    if (!c.answer_must_not_contain.length) fail(w, 'a 翎阜市 asker needs the 琬州市 values as must-nots');
    for (const p of c.answer_must_not_contain) if (!inDocs([FILE.d3, FILE.d4, FILE.d5], p) || has(FILE.d1, p)) fail(w, `must-not "${p}" of a 翎阜市 asker is not a 琬州市 value`);
  }
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 95 || lines.length > 106) fail('cases', `${lines.length} cases, expected 95–106`);
if (multiTurn < 7) fail('cases', `${multiTurn} multi-turn cases, expected ≥7`);
if (asOf.length < 4) fail('cases', `${asOf.length} as-of cases, expected ≥4`);
if (natLocal.length < 5) fail('cases', `${natLocal.length} [national+local] cases, expected ≥5`);
if (lawAnchors < 20) fail('cases', `${lawAnchors} national gold anchors, expected ≥20`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, asOf, nationalAndLocal: natLocal, crossPageCases: crossPage,
  goldAnchors: anchors, lawAnchors, pdfPages: docs[FILE.d2].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d2].mid, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${asOf.length} as-of, ${natLocal.length} national+local, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
