// Verifier for the p12 (湝宁市, a fictional 直辖市; 人员密集场所 / 大型商业综合体 消防安全 and 火灾事故应急) pack: the documents in
// evals/p12/docs, the national texts in corpus/laws and the cases in evals/cases/p12.jsonl.
// Usage (repository root): node evals/p12/gen/verify.mjs [cases.jsonl]. Exit code 0 only with 0 failures. Writes
// evals/p12/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   DOCX  Doc 1, mammoth convertToHtml; units = <p> paragraphs (a 款 or a 项 of an article, a chapter heading, the 公告
//         paragraphs and the two history lines); no tables.
//   PDF   Doc 2, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks; each must be found in the joined page text.
//   DOCX  Doc 3, mammoth convertToHtml; units = <p> paragraphs outside the table, and each table row (its cells joined).
//   HTML  Doc 4, a tag strip written here (head, script, style dropped; block tags and <tr> become line breaks, cells of a
//         row stay on one line; entities decoded); units = lines. Title, nav, breadcrumb, footer and the table checked.
//   TXT   Doc 5, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   MD    Doc 6, UTF-8 LF; units = lines without Markdown markers (#, **); a table row is one unit, its cells joined.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: the shared shape and absence checks and the answerable checks of ../../p3/gen/case-checks.mjs (anchors
// 6–45 chars, once in their document and one unit, [cross-page], must-contain inside a gold unit, must-not a real pack
// value outside the gold units, crossdoc ≥2 documents, checklist ≥4 anchors); every unanswerable case has an absence
// string checked against all six documents and all twelve files of corpus/laws; supersede must-nots are values of the
// other version (2019 text vs current 条例, 预案 vs 琤浦区 通知) that the cited version lacks; [as-of] cases cite an earlier
// text alone; [national+local] cases have gold and a must-contain phrase at both levels; place rules (湝宁 and its 区/县,
// 琤浦, 蓂溪, 崟山; [no-local] askers in 瀼川市 / 芃原省 get national gold only and 湝宁 values as must-nots); questions do
// not copy ≥14 chars of a document; forbidden names, area codes and phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine, checkNationalLocal, checkNoDocPlaces, checkVersionPairs, count, decode } from '../../p3/gen/case-checks.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAW, LAWS, PACK, PLACES, norm } from './common.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-2-pdf.mjs';
import { PARAS } from './gen-1-docx.mjs';
import { PARAS as PLAN_PARAS, TABLE_HEAD as LEVEL_HEAD, LEVELS } from './gen-3-docx.mjs';
import { ROWS as SCORE_ROWS } from './gen-4-html.mjs';
import { CHANGED } from './content-reg.mjs';
import { ABSENCE, PHONES, ZONE_CHANGED } from './cases.mjs';

const casesFile = process.argv[2] || CASES;
const failures = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);
const docs = {};
const lineUnits = (raw, sep = '\n') => raw.split(sep).map(norm).filter(Boolean);
const strip = (s) => norm(decode(s.replace(/<[^>]+>/gu, '')));
const ARTICLE = /^第[一二三四五六七八九十]+条/u;
const CHAPTER = /^第[一二三四五六七]章/u;
/** Article number → its units joined (an article runs until the next article or chapter heading). */
function articleMap(units) {
  const map = {};
  let cur = null;
  for (const u of units) {
    const m = u.match(ARTICLE);
    if (m) { cur = m[0]; map[cur] = u; } else if (CHAPTER.test(u)) cur = null; else if (cur) map[cur] += `\n${u}`;
  }
  return map;
}

// ── Doc 1: DOCX 条例 (current) ──
{
  const file = path.join(DOCS, FILE.d1);
  const htmlOut = (await mammoth.convertToHtml({ path: file })).value;
  if (/<table>/u.test(htmlOut)) fail(FILE.d1, 'unexpected table');
  const units = (htmlOut.match(/<p>[\s\S]*?<\/p>/gu) || []).map(strip).filter(Boolean);
  const expected = PARAS.filter((p) => p[0] !== 'empty').map(([, t]) => norm(t));
  if (units.join('\n') !== expected.join('\n')) fail(FILE.d1, 'paragraphs read back differ from the generator\'s');
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  const chapters = units.filter((u) => CHAPTER.test(u)).length;
  if (articles !== 32) fail(FILE.d1, `${articles} articles, expected 32`);
  if (chapters !== 7) fail(FILE.d1, `${chapters} chapters, expected 7`);
  docs[FILE.d1] = { text: units.join('\n'), units, articles, byArticle: articleMap(units) };
}
// ── Doc 2: PDF 条例 (2019 text) ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 5 || pages.length > 6) fail(FILE.d2, `${pages.length} pages, expected 5–6`);
  const text = pages.join('');
  const units = BLOCKS.filter((b) => b[0] !== 'RULE').map(([, t]) => norm(t));
  for (const u of units) if (!text.includes(u)) fail(FILE.d2, `block not found in the extracted text: ${u.slice(0, 24)}…`);
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 3) fail(FILE.d2, `${mid} sentences run across a page break, expected ≥3`);
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  if (articles !== docs[FILE.d1].articles) fail(FILE.d2, `${articles} articles, Doc 1 has ${docs[FILE.d1].articles}`);
  docs[FILE.d2] = { text: units.join('\n'), units, pages, mid, byArticle: articleMap(units) };
}
// ── Doc 3: DOCX 应急预案 with the 响应分级 table ──
{
  const htmlOut = (await mammoth.convertToHtml({ path: path.join(DOCS, FILE.d3) })).value;
  const tables = htmlOut.match(/<table>[\s\S]*?<\/table>/gu) || [];
  if (tables.length !== 1) fail(FILE.d3, `${tables.length} tables, expected 1`);
  const rows = (tables[0] || '').match(/<tr>[\s\S]*?<\/tr>/gu)?.map((tr) => (tr.match(/<t[dh]>[\s\S]*?<\/t[dh]>/gu) || []).map(strip)) || [];
  if ((rows[0] || []).join('|') !== LEVEL_HEAD.map(norm).join('|')) fail(FILE.d3, `table header is ${(rows[0] || []).join('|')}`);
  const body = rows.slice(1);
  if (body.length !== 4 || body.map((r) => r[0]).join('|') !== ['I级响应', 'II级响应', 'III级响应', 'IV级响应'].join('|')) fail(FILE.d3, 'expected four rows Ⅰ–Ⅳ级响应 in order');
  if (body.map((r) => r.join('|')).join('\n') !== LEVELS.map((l) => l.map(norm).join('|')).join('\n')) fail(FILE.d3, 'table cells read back differ from the generator\'s');
  const outside = htmlOut.replace(/<table>[\s\S]*?<\/table>/gu, '');
  const paras = (outside.match(/<p>[\s\S]*?<\/p>/gu) || []).map(strip).filter(Boolean);
  const expected = PLAN_PARAS.filter((p) => p[0] !== 'empty' && p[0] !== 'table').map(([, t]) => norm(t));
  if (paras.join('\n') !== expected.join('\n')) fail(FILE.d3, 'paragraphs read back differ from the generator\'s');
  const units = [...paras, ...body.map((r) => r.join(''))];
  // 成员单位职责: one paragraph per unit, “市…：负责…；”, the last ending with “。”
  const duties = paras.filter((u) => /^市[^:]{1,8}:负责/u.test(u)); // after norm (NFKC) “：” is “:” and “；” is “;”
  if (duties.length < 10) fail(FILE.d3, `${duties.length} 成员单位 paragraphs, expected ≥10`);
  if (!duties.slice(0, -1).every((u) => u.endsWith(';')) || !duties[duties.length - 1]?.endsWith('。')) fail(FILE.d3, '成员单位 paragraphs do not end “；” … “。”');
  for (const h of ['2.3区、县指挥机构', '3.2信息报告', '4.1响应分级', '7.1预案演练', '7.2预案修订']) if (!paras.includes(norm(h))) fail(FILE.d3, `heading ${h} missing`);
  docs[FILE.d3] = { text: units.join('\n'), units, rows: body };
}
// ── Doc 4: HTML 考核办法 ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d4), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h1>', '<h2>', '<p>', '<table', '<th>', '<td>', 'class="crumb"']) if (!raw.includes(t)) fail(FILE.d4, `no ${t}`);
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|tr|table|thead|tbody|section|article|form)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  docs[FILE.d4] = { text: units.join('\n'), units };
  const tbody = (raw.match(/<table class="khbz"[\s\S]*?<\/table>/u) || [''])[0];
  const rows = (tbody.match(/<tr>[\s\S]*?<\/tr>/gu) || []).map((tr) => (tr.match(/<t[dh]>[\s\S]*?<\/t[dh]>/gu) || []).map(strip));
  if ((rows[0] || []).join('|') !== '序号|考核内容|分值|扣分标准') fail(FILE.d4, `table header is ${(rows[0] || []).join('|')}`);
  const sr = rows.slice(1);
  if (sr.length !== 7 || !sr.every((r, i) => r.length === 4 && r[0] === String(i + 1))) fail(FILE.d4, 'expected 7 numbered rows of 4 cells');
  const total = sr.reduce((s, r) => s + Number(r[2]), 0);
  if (total !== 100) fail(FILE.d4, `分值 add up to ${total}, expected 100`);
  if (sr.map((r) => r.join('|')).join('\n') !== SCORE_ROWS.map((r) => r.map(norm).join('|')).join('\n')) fail(FILE.d4, 'table cells read back differ from the generator\'s');
  if (!sr.every((r) => /扣\d+分/u.test(r[3]))) fail(FILE.d4, 'a 扣分标准 cell names no 扣X分');
  for (const b of ['首页', '政务公开', '您现在的位置', '网站地图', '主办', '打印本页']) if (!docs[FILE.d4].text.includes(norm(b))) fail(FILE.d4, `furniture "${b}" missing`);
}
// ── Doc 5: GB18030 CRLF 琤浦区 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  docs[FILE.d5] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
// ── Doc 6: Markdown 举报投诉奖励办法 with a reward table and a 检查表 ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d6)));
  if (raw.includes('\r')) fail(FILE.d6, 'expected LF line endings');
  const lines = raw.split('\n');
  const tables = [];
  let cur = null;
  for (const l of lines) {
    if (/^\|/u.test(l)) { if (!cur) tables.push(cur = []); cur.push(l.replace(/^\||\|$/gu, '').split('|').map((c) => norm(c))); } else cur = null;
  }
  if (tables.length !== 2) fail(FILE.d6, `${tables.length} tables, expected 2`);
  const [rw = [], ck = []] = tables;
  if ((rw[0] || []).join('|') !== '序号|隐患类别|奖励金额') fail(FILE.d6, `reward table header is ${(rw[0] || []).join('|')}`);
  if ((ck[0] || []).join('|') !== '序号|检查项目|检查内容|检查方法|依据') fail(FILE.d6, `check table header is ${(ck[0] || []).join('|')}`);
  for (const t of [rw, ck]) if (!(t[1] || []).every((c) => /^-+$/u.test(c))) fail(FILE.d6, 'a table has no Markdown separator');
  const rewards = rw.slice(2);
  const checks = ck.slice(2);
  if (rewards.length !== 7 || !rewards.every((r, i) => r.length === 3 && r[0] === String(i + 1) && /^每件\d+元$/u.test(r[2]))) fail(FILE.d6, 'expected 7 numbered reward rows “每件N元”');
  const amounts = rewards.map((r) => Number(r[2].replace(/\D/gu, '')));
  if (!amounts.every((a, i) => i === 0 || a < amounts[i - 1])) fail(FILE.d6, 'reward amounts are not in falling order');
  if (checks.length !== 10 || !checks.every((r, i) => r.length === 5 && r[0] === String(i + 1))) fail(FILE.d6, 'expected 10 numbered check rows of 5 cells');
  const units = lines.filter((l) => !/^\|/u.test(l)).map((l) => norm(l.replace(/^#+\s*/u, ''))).filter(Boolean);
  units.push(...rewards.map((r) => r.join('')), ...checks.map((r) => r.join('')));
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  if (articles !== 11) fail(FILE.d6, `${articles} articles, expected 11`);
  docs[FILE.d6] = { text: units.join('\n'), units, checks };
}
const packDocs = Object.keys(docs);
// ── national texts (all of corpus/laws are in the knowledge base of the run) ──
const lawText = {};
for (const f of fs.readdirSync(LAWS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const units = lineUnits(fs.readFileSync(path.join(LAWS, f), 'utf8'));
  lawText[f] = units.join('\n');
  if (Object.values(LAW).includes(f)) docs[f] = { text: units.join('\n'), units, byArticle: articleMap(units) };
}
if (Object.keys(lawText).length !== 12) fail('laws', `${Object.keys(lawText).length} files in corpus/laws, expected 12`);
for (const f of Object.values(LAW)) if (!docs[f]) fail('laws', `${f} missing from corpus/laws`);
const flat = (d) => docs[d].text.replace(/\n/gu, '');
const isLaw = (d) => Object.values(LAW).includes(d);
const has = (d, v) => flat(d).includes(norm(v));

// ── document structure and the hierarchy the texts state ──
const MUST = {
  [FILE.d1]: ['湝宁市人民代表大会常务委员会公告', '（十六届第二十三号）', '自2026年3月1日起施行', '2019年9月26日', '2025年11月27日', '修正）', '本市行政区域内', '区、县人民政府', '街道办事处、乡镇人民政府', '本条例自2020年1月1日起施行'],
  [FILE.d2]: ['（十五届第三十二号）', '自2020年1月1日起施行', '2019年9月26日', '本市行政区域内', '区、县人民政府', '本条例自2020年1月1日起施行'],
  [FILE.d3]: ['湝宁市人民政府办公厅文件', '湝政办发〔2026〕11号', '各区、县人民政府', '同时废止', '《湝宁市人员密集场所消防安全管理条例》', '市指挥部', '总指挥', '副总指挥', '崟山县', '区、县人民政府或者其应急管理部门可以结合本行政区域实际', '本预案自印发之日起实施，有效期5年'],
  [FILE.d4]: ['湝安委〔2026〕2号', '湝宁市安全生产委员会', '各区、县人民政府', '琤浦区、蓂溪区', '崟山县', '一票否决', '扣分标准', '每年12月5日前', '本办法自2026年2月1日起施行'],
  [FILE.d5]: ['琤应急发〔2026〕14号', '《湝宁市大型商业综合体火灾事故应急预案》', '湝政办发〔2026〕11号', '依据《预案》2.3的规定', '《预案》3.2第（一）项', '《预案》7.1', '《预案》2.3规定的', '本区调整为', '本通知自2026年7月1日起施行', '在琤浦区范围内适用', '湝宁市应急管理局'],
  [FILE.d6]: ['湝消〔2026〕6号', '湝宁市消防救援总队', '《湝宁市人员密集场所消防安全管理条例》第二十一条', '本办法自2026年5月1日起施行', '不予奖励', '工作日', '附件：大型商业综合体消防安全检查表'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!has(d, m)) fail(d, `missing "${m}"`);
for (const s of ['修正', '2025年', '2026年']) if (has(FILE.d2, s)) fail(FILE.d2, `the 2019 text mentions "${s}"`);
// a 直辖市: no province above the city in any text of the pack
for (const d of packDocs) if (flat(d).includes('省')) fail(d, 'mentions a 省 (the city is a 直辖市; no province is above it)');
// the values the 2025 修正 changed: the current one in Doc 1 only, the old one in Doc 2 only; Docs 3–6 quote no old value
for (const [art, cur, old] of CHANGED) {
  if (!has(FILE.d1, cur)) fail(FILE.d1, `${art}: current value "${cur}" missing`);
  if (!has(FILE.d2, old)) fail(FILE.d2, `${art}: old value "${old}" missing`);
  if (has(FILE.d1, old)) fail(FILE.d1, `${art}: old value "${old}" still in the current text`);
  if (has(FILE.d2, cur)) fail(FILE.d2, `${art}: current value "${cur}" already in the 2019 text`);
  for (const d of [FILE.d3, FILE.d4, FILE.d5, FILE.d6]) if (has(d, old)) fail(d, `${art}: quotes the old value "${old}"`);
}
if (CHANGED.length < 6 || CHANGED.length > 8) fail('content', `${CHANGED.length} changed values, expected 6–8`);
// the penalty articles of Doc 1 name duty articles that say what the penalty names
const A1 = docs[FILE.d1].byArticle;
for (const [pen, ref, key] of [['第二十五条', '第六条', '灭火和应急疏散演练'], ['第二十五条', '第六条', '防火巡查'], ['第二十六条', '第九条', '禁止锁闭安全出口'], ['第二十七条', '第十条', '每班值班人员'], ['第二十八条', '第十二条', '活动举办前'], ['第二十八条', '第十四条', '装修施工'], ['第二十九条', '第十三条', '微型消防站'], ['第三十条', '第十五条', '动火审批']]) {
  const head = (A1[pen] || '').split('规定')[0];
  if (!head.startsWith(norm(`${pen}违反本条例`)) || !head.slice(norm(`${pen}违反本条例`).length).includes(ref)) fail(FILE.d1, `${pen} does not name ${ref}`);
  if (!(A1[ref] || '').includes(norm(key))) fail(FILE.d1, `${ref} (named by ${pen}) does not contain "${key}"`);
}
if (!/^第六条[^\n]*\n\(一\)[^\n]*\n\(二\)[^\n]*演练[^\n]*\n\(三\)[^\n]*防火巡查/u.test(A1['第六条'] || '')) fail(FILE.d1, '第六条第一款 items (二)(三) are not 演练 and 防火巡查');
if (!has(FILE.d1, '依照《中华人民共和国消防法》第六十条的规定处罚')) fail(FILE.d1, 'no penalty refers to 消防法第六十条');
if (!(docs[LAW.xf].byArticle['第六十条'] || '').includes(norm('占用、堵塞、封闭疏散通道、安全出口'))) fail(LAW.xf, '第六十条 does not cover 疏散通道、安全出口');
// Doc 6's 检查表 cites articles of Doc 1 that exist and quotes its current values
for (const r of docs[FILE.d6].checks) {
  const basis = r[4];
  const m = basis.match(/《条例》(第[一二三四五六七八九十]+条(?:、第[一二三四五六七八九十]+条)*)/u);
  if (!m) { fail(FILE.d6, `check row ${r[0]} cites no 《条例》 article`); continue; }
  for (const a of m[1].split('、')) if (!A1[a]) fail(FILE.d6, `check row ${r[0]} cites ${a}, which Doc 1 lacks`);
}
for (const [d6, d1] of [['每二小时至少巡查一次', '每二小时至少开展一次防火巡查'], ['每班不少于2人', '每班值班人员不少于2人'], ['不少于6人', '每班执勤人员不少于6人'], ['提前7日报告', '于活动举办前7日'], ['每半年委托消防技术服务机构', '每半年至少委托消防技术服务机构'], ['3分钟内', '3分钟内到达']]) {
  if (!has(FILE.d6, d6)) fail(FILE.d6, `检查表 lacks "${d6}"`);
  if (!has(FILE.d1, d1)) fail(FILE.d1, `lacks "${d1}" that the 检查表 checks`);
}
// Doc 5 → Doc 3: the sections it names exist; old values in the 预案 only, new ones in the 通知 only
const units3 = docs[FILE.d3].units;
const after = (head, pred) => { const i = units3.indexOf(norm(head)); return i >= 0 && units3.slice(i + 1, i + 6).some(pred); };
if (!after('3.2信息报告', (u) => u.startsWith(norm('（一）')) && u.includes(norm('事发单位')))) fail(FILE.d3, '3.2 has no item （一） on the 事发单位');
if (!after('7.1预案演练', (u) => u.includes(norm('各区、县每年至少组织一次本级演练')))) fail(FILE.d3, '7.1 does not set the 区、县 演练');
if (!after('2.3区、县指挥机构', (u) => u.includes(norm('区、县民政部门负责受灾人员临时安置')))) fail(FILE.d3, '2.3 does not give 临时安置 to the 民政部门');
for (const [what, oldV, newV] of ZONE_CHANGED) {
  if (!has(FILE.d3, oldV)) fail(FILE.d3, `${what}: old value "${oldV}" missing`);
  if (has(FILE.d5, oldV)) fail(FILE.d5, `${what}: old value "${oldV}" quoted in the 通知`);
  if (!has(FILE.d5, newV)) fail(FILE.d5, `${what}: new value "${newV}" missing`);
  if (has(FILE.d3, newV)) fail(FILE.d3, `${what}: new value "${newV}" already in the 预案`);
}

// ── whole pack ──
const all = packDocs.map((d) => docs[d].text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7,8}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.city, PLACES.district, PLACES.otherDistrict, PLACES.county]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.noDocCity, PLACES.noDocProvince]) if (all.includes(p) || Object.values(lawText).some((t) => t.includes(p))) fail('docs', `${p} should have no document`);

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
const noLocal = [];
const crossPage = [];
const askers = { 琤浦: [], 蓂溪: [], 崟山: [], 瀼川: [], 芃原: [] };
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const inDocs = (ds, v) => ds.some((d) => has(d, v));
const unitsOf = (c, pred) => c.gold.filter((gd) => docs[gd.doc] && pred(gd.doc)).flatMap((gd) => docs[gd.doc].units.filter((u) => u.includes(norm(gd.anchor))));
const CITY = /湝宁|琤浦|蓂溪|崟山/u;
const inDistrict = (t) => /琤浦/u.test(t) && !/不在琤浦/u.test(t);
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p12', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  for (const k of Object.keys(askers)) if (c.question.includes(k)) askers[k].push(c.id);
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
  // current 条例 cited: a 2019 value; 2019 text cited alone (as-of): a current value; 琤浦区 通知 cited: an old 预案
  // value; 预案 cited without the 通知 (as-of, or outside 琤浦区): a new 通知 value
  if (c.category === 'supersede') checkVersionPairs(c, [[FILE.d1, FILE.d2], [FILE.d5, FILE.d3]], { w, fail, cites, has });
  if (/\[as-of\]/u.test(c.notes)) {
    asOf.push(c.id);
    if (!((cites(FILE.d2) && !cites(FILE.d1)) || (cites(FILE.d3) && !cites(FILE.d5) && inDistrict(c.question)))) fail(w, '[as-of] but no earlier text (the 2019 条例, or the 预案 for a 琤浦区 asker without the 通知) is cited alone');
  }
  if (/\[national\+local\]/u.test(c.notes)) {
    natLocal.push(c.id);
    checkNationalLocal(c, { w, fail, norm, unitsOf, isLaw });
  }
  // place rules
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  if (packDocs.some(cites) && !CITY.test(text)) fail(w, 'gold in a 湝宁市 document but the question names neither 湝宁 nor one of its 区/县');
  if (cites(FILE.d5) && !inDistrict(text)) fail(w, 'gold in the 琤浦区 通知 but the question is not about 琤浦区');
  if (/蓂溪|崟山/u.test(c.question)) {
    if (cites(FILE.d5)) fail(w, 'a 蓂溪区/崟山县 asker with gold in the 琤浦区 通知');
    if (cites(FILE.d3)) {
      if (!c.answer_must_not_contain.length) fail(w, 'a 蓂溪区/崟山县 asker about the 预案 needs the 琤浦区 values as must-nots');
      for (const p of c.answer_must_not_contain) if (!(has(FILE.d5, p) && !has(FILE.d3, p))) fail(w, `must-not "${p}" of a 蓂溪区/崟山县 asker is not a 琤浦区-only value`);
    }
  }
  if (/瀼川|芃原/u.test(c.question)) {
    noLocal.push(c.id);
    if (!/\[no-local\]/u.test(c.notes)) fail(w, 'a 瀼川市/芃原省 asker without [no-local] in the notes');
    if (packDocs.some(cites)) fail(w, 'a 瀼川市/芃原省 asker with gold in a 湝宁市 document');
    if (!c.answer_must_not_contain.length) fail(w, 'a 瀼川市/芃原省 asker needs 湝宁市 local values as must-nots');
    for (const p of c.answer_must_not_contain) if (!inDocs(packDocs, p) || Object.values(lawText).some((t) => t.includes(norm(p)))) fail(w, `must-not "${p}" of a 瀼川市/芃原省 asker is not a 湝宁市-only value`);
  } else if (/\[no-local\]/u.test(c.notes)) fail(w, '[no-local] but the question names neither 瀼川市 nor 芃原省');
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 100 || lines.length > 110) fail('cases', `${lines.length} cases, expected 100–110`);
if (multiTurn < 7) fail('cases', `${multiTurn} multi-turn cases, expected ≥7`);
if (asOf.length < 6) fail('cases', `${asOf.length} as-of cases, expected ≥6`);
if (natLocal.length < 12) fail('cases', `${natLocal.length} [national+local] cases, expected ≥12`);
if (noLocal.length < 5) fail('cases', `${noLocal.length} [no-local] cases, expected ≥5`);
if (lawAnchors < 15) fail('cases', `${lawAnchors} national gold anchors, expected ≥15`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');
for (const [k, v] of Object.entries(askers)) if (v.length < 3) fail('cases', `${v.length} questions name ${k}, expected ≥3`);

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, asOf, nationalAndLocal: natLocal, noLocal, crossPageCases: crossPage,
  askers, goldAnchors: anchors, lawAnchors, pdfPages: docs[FILE.d2].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d2].mid, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${asOf.length} as-of, ${natLocal.length} national+local, ${noLocal.length} no-local, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
