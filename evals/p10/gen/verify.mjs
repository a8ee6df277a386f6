// Verifier for the p10 (璟崃省, 职业病防治) pack: the documents in evals/p10/docs, the national texts in corpus/laws and
// the cases in evals/cases/p10.jsonl. Usage (repository root): node evals/p10/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p10/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   PDF   Doc 1, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks (a paragraph of an article, an item, a chapter heading, the
//         公告 and the history line); each must be found in the joined page text.
//   TXT   Doc 2, UTF-8 LF; units = lines.
//   DOCX  Doc 3, mammoth convertToHtml; units = <p> paragraphs outside the table and the table rows (cells joined).
//   HTML  Doc 4, a tag strip written here (head, script, style dropped; block tags and <tr> become line breaks, cells of a
//         row stay on one line; entities decoded); units = lines. Title, nav, breadcrumb, footer and the table checked.
//   TXT   Doc 5, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   MD    Doc 6, UTF-8 LF; units = lines without Markdown markers (#, list dashes).
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: the shared shape and absence checks and the answerable checks of ../../p3/gen/case-checks.mjs (anchors
// 6–45 chars, once in their document and one unit, [cross-page], must-contain inside a gold unit, must-not a real pack
// value outside the gold units, crossdoc ≥2 documents, checklist ≥4 anchors); supersede must-nots are values of the other
// version (2016 text vs current 条例, 方案 vs 琰桥区 通知) that the cited version lacks; [as-of] cases cite an earlier text;
// [national+local] cases have gold and a must-contain phrase at both levels; place rules (珞湾, 萩阳/琰桥/苘坪, 瑢垣);
// questions do not copy ≥14 chars of a document; forbidden names, area codes and phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine, checkNationalLocal, checkNoDocPlaces, checkVersionPairs, count, decode } from '../../p3/gen/case-checks.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAW, LAWS, PACK, PLACES, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-1-pdf.mjs';
import { CHANGED } from './content-prov.mjs';
import { ABSENCE, PHONES, ZONE_CHANGED } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const docs = {};
const lineUnits = (raw, sep = '\n') => raw.split(sep).map(norm).filter(Boolean);

// ── Doc 1: PDF 条例 (current) ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d1), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d1, m) });
  if (pages.length < 5 || pages.length > 6) fail(FILE.d1, `${pages.length} pages, expected 5–6`);
  const text = pages.join('');
  const units = BLOCKS.filter((b) => b[0] !== 'RULE').map(([, t]) => norm(t));
  for (const u of units) if (!text.includes(u)) fail(FILE.d1, `block not found in the extracted text: ${u.slice(0, 24)}…`);
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 2) fail(FILE.d1, `${mid} sentences run across a page break, expected ≥2`);
  const articles = units.filter((u) => /^第[一二三四五六七八九十]+条/u.test(u)).length;
  const chapters = units.filter((u) => /^第[一二三四五六七]章/u.test(u)).length;
  if (articles !== 37) fail(FILE.d1, `${articles} articles, expected 37`);
  if (chapters !== 7) fail(FILE.d1, `${chapters} chapters`);
  docs[FILE.d1] = { text: units.join('\n'), units, pages, mid, articles };
}
// ── Doc 2: TXT 条例 (2016 text) ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d2)));
  if (raw.includes('\r')) fail(FILE.d2, 'expected LF line endings');
  const units = lineUnits(raw);
  docs[FILE.d2] = { text: units.join('\n'), units };
  const articles = units.filter((u) => /^第[一二三四五六七八九十]+条/u.test(u)).length;
  if (articles !== docs[FILE.d1].articles) fail(FILE.d2, `${articles} articles, Doc 1 has ${docs[FILE.d1].articles}`);
}
// ── Doc 3: DOCX 经济特区 若干规定 with a table ──
{
  const file = path.join(DOCS, FILE.d3);
  const htmlOut = (await mammoth.convertToHtml({ path: file })).value;
  const strip = (s) => norm(decode(s.replace(/<[^>]+>/gu, '')));
  const tables = htmlOut.match(/<table>[\s\S]*?<\/table>/gu) || [];
  if (tables.length !== 1) fail(FILE.d3, `${tables.length} tables`);
  const rows = (tables[0] || '').match(/<tr>[\s\S]*?<\/tr>/gu) || [];
  const cells = rows.map((r) => (r.match(/<t[hd]>[\s\S]*?<\/t[hd]>/gu) || []).map(strip));
  if ((cells[0] || []).join('|') !== '职业病危害因素|定期检测频次|在岗期间职业健康检查周期') fail(FILE.d3, `table header is ${(cells[0] || []).join('|')}`);
  if (rows.length - 1 !== 6) fail(FILE.d3, `${rows.length - 1} table rows, expected 6`);
  const outside = htmlOut.replace(/<table>[\s\S]*?<\/table>/gu, '');
  const paras = (outside.match(/<p>[\s\S]*?<\/p>/gu) || []).map(strip).filter(Boolean);
  const units = [...paras, ...cells.map((c) => c.join(''))];
  docs[FILE.d3] = { text: units.join('\n'), units };
}
// ── Doc 4: HTML 方案 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h1>', '<h3>', '<p>', '<table', '<th>', '<td>', 'class="crumb"']) if (!raw.includes(t)) fail(FILE.d4, `no ${t}`);
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|thead|tbody|section|article|form)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d4] = { text: units.join('\n'), units };
  const rows = units.filter((u) => /^\d{1,2}[^\d年]/u.test(u) && /\d{4}年\d+月\d+日前$/u.test(u));
  if (rows.length !== 10) fail(FILE.d4, `${rows.length} task rows, expected 10`);
  docs[FILE.d4].rows = rows;
  for (const b of ['首页', '政策文件', '当前位置', '网站地图', '主办', '打印本页']) if (!docs[FILE.d4].text.includes(norm(b))) fail(FILE.d4, `furniture "${b}" missing`);
}
// ── Doc 5: GB18030 CRLF 琰桥区 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  docs[FILE.d5] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
// ── Doc 6: Markdown 一问一答 ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d6)));
  if (raw.includes('\r')) fail(FILE.d6, 'expected LF line endings');
  const units = raw.split('\n').map((l) => norm(l.replace(/^#+\s*|^-\s+/u, ''))).filter(Boolean);
  const qs = raw.split('\n').filter((l) => /^## [一二三四五六七八九十]+、.*？$/u.test(l)).length;
  if (qs !== 12) fail(FILE.d6, `${qs} questions, expected 12`);
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

// ── document structure ──
const MUST = {
  [FILE.d1]: ['璟崃省人民代表大会常务委员会公告', '自2026年1月1日起施行', '2011年9月30日', '第一次修正', '第二次修正', '第七章附则', '本条例自2012年1月1日起施行'],
  [FILE.d2]: ['2011年9月30日', '2016年11月25日', '本条例自2012年1月1日起施行'],
  [FILE.d3]: ['珞湾市人民代表大会常务委员会公告', '珞湾经济特区职业卫生管理若干规定', '经济特区', '《璟崃省职业病防治条例》', '附表', '本规定自2025年9月1日起施行', '璟崃省人民代表大会常务委员会'],
  [FILE.d4]: ['萩政办规〔2026〕2号', '萩阳市尘肺病防治攻坚专项治理实施方案', '琰桥区、苘坪区', '五、任务分工', '以下均需各区人民政府负责，表中不再列出', '牵头单位', '配合单位', '完成时限', '六、监督检查', '有效期至2029年2月28日', '《璟崃省职业病防治条例》', '璟崃省卫生健康委员会'],
  [FILE.d5]: ['琰卫健联发〔2026〕4号', '《萩阳市尘肺病防治攻坚专项治理实施方案》', '萩政办规〔2026〕2号', '任务分工表第2项', '任务分工表第8项', '任务分工表第9项', '第六部分第（一）项', '不再执行', '以本通知为准', '本通知自2026年5月1日起施行', '萩阳市卫生健康委员会'],
  [FILE.d6]: ['璟崃省卫生健康委员会', '2026年1月1日', '珞湾经济特区', '第十二条', '第二十三条'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!flat(d).includes(norm(m))) fail(d, `missing "${m}"`);
if (flat(FILE.d2).includes(norm('第二次修正'))) fail(FILE.d2, 'the 2016 text mentions the 第二次修正');
if (flat(FILE.d2).includes(norm('承包合同'))) fail(FILE.d2, 'the 2016 text has the 发包 paragraph');
// the values the 2025 修正 changed: the current one in Doc 1 only, the old one in Doc 2 only; the FAQ quotes no old value
for (const [art, cur, old] of CHANGED) {
  if (!flat(FILE.d1).includes(norm(cur))) fail(FILE.d1, `${art}: current value "${cur}" missing`);
  if (!flat(FILE.d2).includes(norm(old))) fail(FILE.d2, `${art}: old value "${old}" missing`);
  if (flat(FILE.d1).includes(norm(old))) fail(FILE.d1, `${art}: old value "${old}" still in the current text`);
  if (flat(FILE.d2).includes(norm(cur))) fail(FILE.d2, `${art}: current value "${cur}" already in the 2016 text`);
  if (flat(FILE.d6).includes(norm(old))) fail(FILE.d6, `${art}: the FAQ quotes the old value "${old}"`);
}
if (CHANGED.length < 6 || CHANGED.length > 8) fail('content', `${CHANGED.length} changed values, expected 6–8`);
// Doc 5 → Doc 4: the rows it names are the right rows, the old values are in Doc 4 and not quoted in Doc 5
const row = (n) => docs[FILE.d4].rows.find((u) => u.startsWith(n) && !/^\d/u.test(u.slice(n.length))) || '';
if (!row('2').includes(norm('涉矽尘企业粉尘浓度定期检测情况核查'))) fail(FILE.d4, 'row 2 is not the 矽尘 检测核查');
if (!row('8').includes(norm('陶瓷制造企业粉尘危害专项治理'))) fail(FILE.d4, 'row 8 is not the 陶瓷 治理');
if (!row('9').includes(norm('防尘口罩等个人防护用品配备和佩戴情况检查'))) fail(FILE.d4, 'row 9 is not the 防尘口罩 检查');
if (!row('9').includes(norm('市应急管理局'))) fail(FILE.d4, 'row 9 is not led by the 市应急管理局');
if (!flat(FILE.d4).includes(norm('六、监督检查（一）区卫生健康局对纳入治理台账的涉尘企业'))) fail(FILE.d4, '六（一） is not the 区卫生健康局 check');
for (const [what, oldV, newV] of ZONE_CHANGED) {
  if (!flat(FILE.d4).includes(norm(oldV))) fail(FILE.d4, `${what}: old value "${oldV}" missing`);
  if (flat(FILE.d5).includes(norm(oldV))) fail(FILE.d5, `${what}: old value "${oldV}" quoted in the 通知`);
  if (!flat(FILE.d5).includes(norm(newV))) fail(FILE.d5, `${what}: new value "${newV}" missing`);
  if (flat(FILE.d4).includes(norm(newV))) fail(FILE.d4, `${what}: new value "${newV}" already in the 方案`);
}

// ── whole pack ──
const all = packDocs.map((d) => docs[d].text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.province, PLACES.sezCity, PLACES.sez, PLACES.city, PLACES.district, PLACES.otherDistrict]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
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
const SEZ = /珞湾/u;
const CITY = /萩阳|琰桥|苘坪/u;
const inDistrict = (t) => /琰桥/u.test(t) && !/不在琰桥/u.test(t);
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p10', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (!checkAbsence(c, ABSENCE[c.id], { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|日前|\d+月\d+日/u })) continue;
    const ab = ABSENCE[c.id];
    checkNoDocPlaces(c, ab, [PLACES.noDocCity, PLACES.noDocProvince], { w, fail });
    continue;
  }
  anchors += c.gold.length;
  lawAnchors += c.gold.filter((gd) => isLaw(gd.doc)).length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  const cites = (d) => goldDocs.includes(d);
  // current 条例 cited: the must-not is a 2016 value; 2016 text cited alone (as-of): a current value;
  // 琰桥区 通知 cited: an old 方案 value; 方案 cited without the 通知 (as-of, before 2026-05-01): a new 通知 value
  if (c.category === 'supersede') checkVersionPairs(c, [[FILE.d1, FILE.d2], [FILE.d5, FILE.d4]], { w, fail, cites, has });
  if (/\[as-of\]/u.test(c.notes)) {
    asOf.push(c.id);
    if (!((cites(FILE.d2) && !cites(FILE.d1)) || (cites(FILE.d4) && !cites(FILE.d5)))) fail(w, '[as-of] but no earlier text (the 2016 条例, or the 方案 without the 通知) is cited alone');
  }
  if (/\[national\+local\]/u.test(c.notes)) {
    natLocal.push(c.id);
    checkNationalLocal(c, { w, fail, norm, unitsOf, isLaw });
  }
  // place rules
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  if (cites(FILE.d3) && !SEZ.test(text)) fail(w, 'gold in the 珞湾 经济特区 规定 but the question names no 珞湾');
  if (cites(FILE.d4) && !CITY.test(text)) fail(w, 'gold in the 萩阳市 方案 but the question names neither 萩阳 nor its districts');
  if (cites(FILE.d5) && !inDistrict(text)) fail(w, 'gold in the 琰桥区 通知 but the question is not about 琰桥区');
  if (SEZ.test(c.question) && !CITY.test(c.question) && (cites(FILE.d4) || cites(FILE.d5))) fail(w, 'a 珞湾 asker with gold in a 萩阳 document');
  if (CITY.test(c.question) && !SEZ.test(c.question) && cites(FILE.d3)) fail(w, 'a 萩阳 asker with gold in the 珞湾 规定');
  if (/苘坪/u.test(c.question)) {
    if (cites(FILE.d5)) fail(w, 'a 苘坪区 asker with gold in the 琰桥区 通知');
    if (!c.answer_must_not_contain.length) fail(w, 'a 苘坪区 asker needs the 琰桥区 values as must-nots');
    for (const p of c.answer_must_not_contain) if (!(has(FILE.d5, p) && !has(FILE.d4, p))) fail(w, `must-not "${p}" of a 苘坪区 asker is not a 琰桥区-only value`);
  }
  if (/瑢垣/u.test(c.question)) {
    if ([FILE.d3, FILE.d4, FILE.d5].some(cites)) fail(w, 'a 瑢垣市 asker with gold in another city\'s document');
    if (!c.answer_must_not_contain.length) fail(w, 'a 瑢垣市 asker needs the other cities\' values as must-nots');
    for (const p of c.answer_must_not_contain) if (!inDocs([FILE.d3, FILE.d4, FILE.d5], p) || has(FILE.d1, p)) fail(w, `must-not "${p}" of a 瑢垣市 asker is not another city's value`);
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
  goldAnchors: anchors, lawAnchors, pdfPages: docs[FILE.d1].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d1].mid, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${asOf.length} as-of, ${natLocal.length} national+local, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
