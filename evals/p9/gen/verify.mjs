// Verifier for the p9 (琇嵘省, 建筑施工) pack: the documents in evals/p9/docs, the national texts in corpus/laws and the
// cases in evals/cases/p9.jsonl. Usage (repository root): node evals/p9/gen/verify.mjs [cases.jsonl]
// Exit code 0 only with 0 failures. Writes evals/p9/verify-report.json.
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
//   MD    Doc 6, UTF-8 LF; units = table rows (cells joined) and the other lines without Markdown markers.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: schema, ids, categories; gold [] exactly for unanswerable (then no phrases, and the asked fact is
// absent: strings in no pack document and, where stated, no national text; a pattern; a clause without an amount or a
// date); the shared answerable checks of ../../p3/gen/case-checks.mjs (anchors 6–45 chars, once in their document and one
// unit, [cross-page], must-contain inside a gold unit, must-not a real pack value outside the gold units, crossdoc ≥2
// documents, checklist ≥4 anchors); supersede must-nots are values of the other version (2019 text vs current 条例, 方案
// vs 开发区 通知) that the cited version does not contain; place rules; questions do not copy ≥14 chars of a document;
// forbidden names, area codes and phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine, count, decode } from '../../p3/gen/case-checks.mjs';
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
  if (pages.length < 3) fail(FILE.d1, `only ${pages.length} pages`);
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
  if (articles < 40) fail(FILE.d1, `${articles} articles`);
  if (chapters !== 7) fail(FILE.d1, `${chapters} chapters`);
  docs[FILE.d1] = { text: units.join('\n'), units, pages, mid, articles };
}
// ── Doc 2: TXT 条例 (2019 text) ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d2)));
  if (raw.includes('\r')) fail(FILE.d2, 'expected LF line endings');
  const units = lineUnits(raw);
  docs[FILE.d2] = { text: units.join('\n'), units };
  const articles = units.filter((u) => /^第[一二三四五六七八九十]+条/u.test(u)).length;
  if (articles !== docs[FILE.d1].articles) fail(FILE.d2, `${articles} articles, Doc 1 has ${docs[FILE.d1].articles}`);
}
// ── Doc 3: DOCX 自治州 规定 with a table ──
{
  const file = path.join(DOCS, FILE.d3);
  const htmlOut = (await mammoth.convertToHtml({ path: file })).value;
  const strip = (s) => norm(decode(s.replace(/<[^>]+>/gu, '')));
  const tables = htmlOut.match(/<table>[\s\S]*?<\/table>/gu) || [];
  if (tables.length !== 1) fail(FILE.d3, `${tables.length} tables`);
  const rows = (tables[0] || '').match(/<tr>[\s\S]*?<\/tr>/gu) || [];
  const cells = rows.map((r) => (r.match(/<t[hd]>[\s\S]*?<\/t[hd]>/gu) || []).map(strip));
  if ((cells[0] || []).join('|') !== '检查对象|施工单位|监理单位|县(市)住房和城乡建设局') fail(FILE.d3, `table header is ${(cells[0] || []).join('|')}`);
  if (rows.length - 1 < 5) fail(FILE.d3, `${rows.length - 1} table rows`);
  const outside = htmlOut.replace(/<table>[\s\S]*?<\/table>/gu, '');
  const paras = (outside.match(/<p>[\s\S]*?<\/p>/gu) || []).map(strip).filter(Boolean);
  const units = [...paras, ...cells.map((c) => c.join(''))];
  docs[FILE.d3] = { text: units.join('\n'), units };
  const xml = fs.readFileSync(file);
  if (!xml.length) fail(FILE.d3, 'empty');
}
// ── Doc 4: HTML 方案 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h1>', '<h3>', '<p>', '<table', '<th>', '<td>', 'class="location"']) if (!raw.includes(t)) fail(FILE.d4, `no ${t}`);
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|thead|tbody|section|article|span)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d4] = { text: units.join('\n'), units };
  const rows = units.filter((u) => /^\d{1,2}[^\d年]/u.test(u) && /\d{4}年\d+月\d+日前$/u.test(u));
  if (rows.length !== 11) fail(FILE.d4, `${rows.length} task rows, expected 11`);
  docs[FILE.d4].rows = rows;
  for (const b of ['网站首页', '通知公告', '您现在的位置', '网站地图', '主办单位', '打印']) if (!docs[FILE.d4].text.includes(norm(b))) fail(FILE.d4, `furniture "${b}" missing`);
}
// ── Doc 5: GB18030 CRLF 开发区 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  docs[FILE.d5] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
// ── Doc 6: Markdown 判定标准 ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d6)));
  if (raw.includes('\r')) fail(FILE.d6, 'expected LF line endings');
  const units = [];
  let header = false;
  let data = 0;
  for (const l of raw.split('\n')) {
    if (/^\|/u.test(l)) {
      const cells = l.replace(/^\||\|$/gu, '').split('|').map(norm);
      if (cells.join('|') === '序号|检查项|检查内容|检查频次|对应条款') header = true;
      else if (/^-+$/u.test(cells[0])) continue;
      else data += 1;
      units.push(cells.join(''));
    } else if (norm(l)) units.push(norm(l.replace(/^#+\s*/u, '')));
  }
  if (!header) fail(FILE.d6, 'no 序号|检查项|检查内容|检查频次|对应条款 header');
  if (data !== 10) fail(FILE.d6, `${data} table rows, expected 10`);
  const items = units.filter((u) => /^\([一二三四五六七八九十]+\)/u.test(u)).length;
  if (items !== 10) fail(FILE.d6, `${items} items （一）…（十）`);
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
for (const f of Object.values(LAW)) if (!docs[f]) fail('laws', `${f} missing from corpus/laws`);
const flat = (d) => docs[d].text.replace(/\n/gu, '');

// ── document structure ──
const MUST = {
  [FILE.d1]: ['琇嵘省人民代表大会常务委员会公告', '自2025年7月1日起施行', '2012年9月28日', '第一次修正', '第二次修正', '第七章附则', '本条例自2013年1月1日起施行'],
  [FILE.d2]: ['2012年9月28日', '2019年11月29日', '本条例自2013年1月1日起施行'],
  [FILE.d3]: ['荻州府规〔2025〕4号', '荻峦苗族侗族自治州人民政府', '有效期至2028年12月31日', '本规定自2026年1月1日起施行', '附表', '桤坞市、蕤岗县、菁垭县'],
  [FILE.d4]: ['桤安办〔2026〕6号', '桤坞市2026年建筑施工安全专项整治工作方案', '四、任务分工', '以下各项均由其负责，表中不再列出', '牵头单位', '配合单位', '完成时限', '五、检查安排'],
  [FILE.d5]: ['桤开管发〔2026〕9号', '《桤坞市2026年建筑施工安全专项整治工作方案》', '桤安办〔2026〕6号', '任务分工表第3项', '任务分工表第6项', '任务分工表第10项', '不再执行', '以本通知为准', '本通知自2026年6月1日起施行'],
  [FILE.d6]: ['琇建规〔2025〕7号', '应当判定为重大事故隐患', '附表', '检查频次'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!flat(d).includes(norm(m))) fail(d, `missing "${m}"`);
if (flat(FILE.d2).includes(norm('第二次修正'))) fail(FILE.d2, 'the 2019 text mentions the 第二次修正');
// the values the 2025 修正 changed: the current one in Doc 1 only, the old one in Doc 2 only
for (const [art, cur, old] of CHANGED) {
  if (!flat(FILE.d1).includes(norm(cur))) fail(FILE.d1, `${art}: current value "${cur}" missing`);
  if (!flat(FILE.d2).includes(norm(old))) fail(FILE.d2, `${art}: old value "${old}" missing`);
  if (flat(FILE.d1).includes(norm(old))) fail(FILE.d1, `${art}: old value "${old}" still in the current text`);
  if (flat(FILE.d2).includes(norm(cur))) fail(FILE.d2, `${art}: current value "${cur}" already in the 2019 text`);
}
if (flat(FILE.d2).includes(norm('施工单位不得将有限空间作业发包'))) fail(FILE.d2, 'the 2019 text has the 有限空间 发包 paragraph');
// Doc 5 → Doc 4: the rows it names are the right rows, the old values are in Doc 4 and not quoted in Doc 5
const row = (n) => docs[FILE.d4].rows.find((u) => u.startsWith(n) && !/^\d/u.test(u.slice(n.length))) || '';
if (!row('3').includes(norm('塔式起重机、施工升降机定期检验和使用登记核查'))) fail(FILE.d4, 'row 3 is not the 塔吊 检验登记核查');
if (!row('6').includes(norm('市政排水管道有限空间作业专项整治'))) fail(FILE.d4, 'row 6 is not the 有限空间 整治');
if (!row('10').includes(norm('老旧小区改造工程施工安全专项检查'))) fail(FILE.d4, 'row 10 is not the 老旧小区 检查');
if (!flat(FILE.d4).includes(norm('五、检查安排（一）市住房和城乡建设局对在建深基坑项目'))) fail(FILE.d4, '五（一） is not the 深基坑 check');
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
for (const p of [PLACES.province, PLACES.prefecture, PLACES.prefShort, PLACES.city, PLACES.zone, ...PLACES.counties]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.noDocCity, PLACES.noDocProvince]) if (all.includes(p)) fail('docs', `${p} should have no document`);

// ── cases ──
const CATS = ['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede'];
const MIN = { duty: 14, applicability: 14, crossdoc: 14, frequency: 9, deadline: 9, hazard: 8, checklist: 5, supersede: 10, unanswerable: 14 };
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const lines = fs.readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set();
const byCat = {};
const idsByCat = {};
let anchors = 0;
let lawAnchors = 0;
let multiTurn = 0;
let asOf = 0;
const crossPage = [];
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const has = (d, v) => flat(d).includes(norm(v));
const PREF = /荻峦|桤坞|蕤岗|开发区/u;
const CITY = /桤坞|开发区/u;
const inZone = (t) => /开发区/u.test(t) && !/不在开发区|开发区外|开发区以外/u.test(t);
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p9', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    if (!checkAbsence(c, ABSENCE[c.id], { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|日前|\d+月\d+日/u })) continue;
    const ab = ABSENCE[c.id];
    for (const p of [PLACES.noDocCity, PLACES.noDocProvince]) {
      if (c.question.includes(p) && !ab.absent.some((s) => p.startsWith(s))) fail(w, `a place without documents (${p}) must be checked absent`);
    }
    continue;
  }
  anchors += c.gold.length;
  lawAnchors += c.gold.filter((gd) => Object.values(LAW).includes(gd.doc)).length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  if (c.category === 'supersede') {
    if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded (or not yet valid) value as must-not');
    const cites = (d) => goldDocs.includes(d);
    for (const p of c.answer_must_not_contain) {
      // current 条例 cited: the must-not is a 2019 value; 2019 text cited alone (as-of): a current value;
      // 开发区 通知 cited: an old 方案 value; 方案 cited without the 通知 (as-of, before 2026-06-01): a new 通知 value
      const ok = (cites(FILE.d1) && has(FILE.d2, p) && !has(FILE.d1, p))
        || (cites(FILE.d2) && !cites(FILE.d1) && has(FILE.d1, p) && !has(FILE.d2, p))
        || (cites(FILE.d5) && has(FILE.d4, p) && !has(FILE.d5, p))
        || (cites(FILE.d4) && !cites(FILE.d5) && has(FILE.d5, p) && !has(FILE.d4, p));
      if (!ok) fail(w, `must-not "${p}" is not a value of the other version that the cited one lacks`);
    }
    if (!goldDocs.some((d) => [FILE.d1, FILE.d2, FILE.d4, FILE.d5].includes(d))) fail(w, 'a supersede case must cite a version');
    if (goldDocs.includes(FILE.d2) || (goldDocs.includes(FILE.d4) && !goldDocs.includes(FILE.d5))) asOf += 1;
  }
  // place rules
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  if (goldDocs.includes(FILE.d5) && !inZone(text)) fail(w, 'gold in the 开发区 通知 but the question is not about the 开发区');
  if (goldDocs.includes(FILE.d4) && !CITY.test(text)) fail(w, 'gold in the 桤坞市 方案 but the question names neither 桤坞 nor the 开发区');
  if (goldDocs.includes(FILE.d3) && !PREF.test(text)) fail(w, 'gold in the 荻峦州 规定 but the question names no place of the 自治州');
  if (/琨岙/u.test(c.question) && goldDocs.some((d) => [FILE.d3, FILE.d4, FILE.d5].includes(d))) fail(w, 'a 琨岙市 asker with gold in a 荻峦州 document');
  if (/蕤岗/u.test(c.question) && !CITY.test(c.question) && goldDocs.some((d) => [FILE.d4, FILE.d5].includes(d))) fail(w, 'a 蕤岗县 asker with gold in a 桤坞市 document');
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 95 || lines.length > 105) fail('cases', `${lines.length} cases, expected 95–105`);
if (multiTurn < 6) fail('cases', `${multiTurn} multi-turn cases, expected ≥6`);
if (asOf < 2) fail('cases', `${asOf} as-of supersede cases, expected ≥2`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, asOfSupersede: asOf, crossPageCases: crossPage,
  goldAnchors: anchors, lawAnchors, pdfPages: docs[FILE.d1].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d1].mid, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${asOf} as-of, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
