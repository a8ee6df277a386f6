// Verifier for the p13 (溟汭省, a fictional coastal province; 渔业船舶 and 水上交通 safety) pack: the documents in
// evals/p13/docs, the national texts in corpus/laws and the cases in evals/cases/p13.jsonl.
// Usage (repository root): node evals/p13/gen/verify.mjs [cases.jsonl]. Exit code 0 only with 0 failures. Writes
// evals/p13/verify-report.json.
//
// Extraction (independent of the assistant's own ingest code, which was not read):
//   HTML  Doc 1, a tag strip written here (head, script, style dropped; block tags become line breaks; entities decoded);
//         units = lines (a 款 or a 项 of an article, a chapter heading, a 公告 paragraph, a history line, site furniture).
//   PDF   Doc 2, the shared ../../p3/gen/pdf-pages.mjs (pdf-parse getText; running header and “— N —” footer checked and
//         removed per page). Units = the generator's blocks; each must be found in the joined page text.
//   DOCX  Doc 3, mammoth convertToHtml; units = <p> paragraphs outside the table, and each table row (its cells joined; a
//         row below a merged cell holds only its own cells). The rows are also read back with the merged cells filled in.
//   MD    Doc 4, UTF-8 LF; units = lines without Markdown markers (#); a table row is one unit, its cells joined.
//   TXT   Doc 5, GB18030 decoded with TextDecoder('gb18030'); CRLF only; units = lines.
//   TXT   Doc 6, UTF-8 LF; units = lines; a tab-separated table row is one unit, its cells joined.
//   laws  corpus/laws/*.md read as UTF-8; units = non-empty lines (a 款 or a 项).
// Checks per case: the shared shape and absence checks and the answerable checks of ../../p3/gen/case-checks.mjs (anchors
// 6–45 chars, once in their document and one unit, [cross-page], must-contain inside a gold unit, must-not a real pack
// value outside the gold units, crossdoc ≥2 documents, checklist ≥4 anchors); every unanswerable case has an absence
// string checked against all six documents and all twelve files of corpus/laws; supersede must-nots are values of the
// other version (2021 text vs current 条例, 清单 vs 岵湾市 通知) that the cited version lacks; [as-of] cases cite an earlier
// text alone; [national+local] cases have gold and a must-contain phrase at both levels; place rules (溟汭 and its places;
// 淜州 texts only for 淜州 and its 区/县/县级市; the 岵湾市 通知 only for 岵湾; 澥滨区 / 溦岛县 askers get the 清单 as written
// and 岵湾 values as must-nots; 滃阳市 askers get province texts only and 淜州 values as must-nots; [no-local] askers in
// 嶅东省 get national gold only and 溟汭 values as must-nots); questions do not copy ≥14 chars of a document; forbidden
// names, area codes and phones.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { pdfPages } from '../../p3/gen/pdf-pages.mjs';
import { checkAbsence, checkAnswerable, checkCaseLine, checkNationalLocal, checkNoDocPlaces, checkVersionPairs, count, decode } from '../../p3/gen/case-checks.mjs';
import { CASES, DOCS, FILE, FORBIDDEN, LAW, LAWS, PACK, PLACES, norm } from './common.mjs';
import { PARAS as REG_PARAS } from './gen-1-html.mjs';
import { BLOCKS, RUNNING, FOOTER } from './gen-2-pdf.mjs';
import { PARAS as STD_PARAS, TABLE_HEAD as STD_HEAD, ITEMS } from './gen-3-docx.mjs';
import { ROWS as LIST_ROWS, TABLE_HEAD as LIST_HEAD } from './gen-4-md.mjs';
import { MONTHS, TABLE_HEAD as PLAN_HEAD } from './gen-6-txt.mjs';
import { ADDED, BODY, CHANGED, PENALTIES, numbers } from './content-reg.mjs';
import { ABSENCE, PHONES, ZONE_CHANGED, Q_ROWS_CHANGED } from './cases.mjs';

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
const CN = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A Chinese amount such as 二千, 一万五千, 二十万, 五百 as a number. */
function cnAmount(s) {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN) digit = CN[ch];
    else if (ch === '十') { section += (digit || 1) * 10; digit = 0; } else if (ch === '百') { section += digit * 100; digit = 0; } else if (ch === '千') { section += digit * 1000; digit = 0; } else if (ch === '万') { total += (section + digit) * 10000; section = 0; digit = 0; } else return NaN;
  }
  return total + section + digit;
}
/** Every fine range of a text: [lo, hi] from “处X元以上Y元以下” (lo 0 for “处Y元以下”). */
function ranges(text) {
  const out = [];
  for (const m of text.matchAll(/处([零一二两三四五六七八九十百千万]+)元以上([零一二两三四五六七八九十百千万]+)元以下/gu)) out.push([cnAmount(m[1]), cnAmount(m[2])]);
  for (const m of text.matchAll(/处([零一二两三四五六七八九十百千万]+)元以下/gu)) if (!text.slice(0, m.index).endsWith('以上')) out.push([0, cnAmount(m[1])]);
  return out;
}

// ── Doc 1: HTML 条例 (current) ──
{
  const raw = fs.readFileSync(path.join(DOCS, FILE.d1), 'utf8');
  for (const t of ['<html', '<head>', '<title>', '<nav', '<footer', '<h2', '<p>', 'class="location"']) if (!raw.includes(t)) fail(FILE.d1, `no ${t}`);
  if (/<table/u.test(raw)) fail(FILE.d1, 'unexpected table');
  const title = (raw.match(/<title>([\s\S]*?)<\/title>/u) || [])[1] || '';
  const body = raw.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<\/?(p|h[1-6]|div|li|ul|nav|footer|header|br|section|article|form)\b[^>]*>/gu, '\n').replace(/<[^>]+>/gu, '');
  const units = [norm(decode(title)), ...lineUnits(decode(body))];
  const expected = REG_PARAS.map(([, t]) => norm(t));
  const start = units.indexOf(expected[0]);
  if (start < 0 || units.slice(start, start + expected.length).join('\n') !== expected.join('\n')) fail(FILE.d1, 'body lines read back differ from the generator\'s');
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  const chapters = units.filter((u) => CHAPTER.test(u)).length;
  if (articles !== 36) fail(FILE.d1, `${articles} articles, expected 36`);
  if (chapters !== 7) fail(FILE.d1, `${chapters} chapters, expected 7`);
  for (const b of ['首页', '您现在的位置', '网站地图', '主办', '打印本页']) if (!units.join('\n').includes(norm(b))) fail(FILE.d1, `furniture "${b}" missing`);
  docs[FILE.d1] = { text: units.join('\n'), units, articles, byArticle: articleMap(units) };
}
// ── Doc 2: PDF 条例 (2021 修正 text) ──
{
  const pages = await pdfPages(path.join(DOCS, FILE.d2), { header: RUNNING, footer: FOOTER, norm, fail: (m) => fail(FILE.d2, m) });
  if (pages.length < 5 || pages.length > 6) fail(FILE.d2, `${pages.length} pages, expected 5–6`);
  const text = pages.join('');
  const units = BLOCKS.map(([, t]) => norm(t));
  for (const u of units) if (!text.includes(u)) fail(FILE.d2, `block not found in the extracted text: ${u.slice(0, 24)}…`);
  let mid = 0;
  for (let i = 1; i < pages.length; i++) {
    const u = units.find((x) => !pages[i - 1].includes(x) && !pages[i].includes(x) && (pages[i - 1] + pages[i]).includes(x));
    if (u && !/[。；：]$/u.test(pages[i - 1])) mid += 1;
  }
  if (mid < 3) fail(FILE.d2, `${mid} sentences run across a page break, expected ≥3`);
  const articles = units.filter((u) => ARTICLE.test(u)).length;
  if (articles !== 32) fail(FILE.d2, `${articles} articles, expected 32`);
  docs[FILE.d2] = { text: units.join('\n'), units, pages, mid, byArticle: articleMap(units) };
}
// ── Doc 3: DOCX 裁量基准 with a merged-cell table ──
let stdRows = [];
{
  const htmlOut = (await mammoth.convertToHtml({ path: path.join(DOCS, FILE.d3) })).value;
  const tables = htmlOut.match(/<table>[\s\S]*?<\/table>/gu) || [];
  if (tables.length !== 1) fail(FILE.d3, `${tables.length} tables, expected 1`);
  const trs = (tables[0] || '').match(/<tr>[\s\S]*?<\/tr>/gu) || [];
  const raw = trs.map((tr) => [...tr.matchAll(/<t[dh]( rowspan="(\d+)")?>([\s\S]*?)<\/t[dh]>/gu)].map((m) => ({ text: strip(m[3]), span: Number(m[2] || 1) })));
  if ((raw[0] || []).map((c) => c.text).join('|') !== STD_HEAD.map(norm).join('|')) fail(FILE.d3, `table header is ${(raw[0] || []).map((c) => c.text).join('|')}`);
  // fill merged cells back in: a row with 3 cells continues the 序号 / 违法行为 / 处罚依据 of the row above
  const full = [];
  let carry = null;
  for (const cells of raw.slice(1)) {
    if (cells.length === 6) { carry = cells.slice(0, 3).map((c) => c.text); full.push(cells.map((c) => c.text)); } else if (cells.length === 3 && carry) full.push([...carry, ...cells.map((c) => c.text)]);
    else fail(FILE.d3, `a table row has ${cells.length} cells`);
  }
  const expectedRows = ITEMS.flatMap(([no, act, basis, tiers]) => tiers.map((t) => [no, act, basis, ...t].map(norm)));
  if (full.map((r) => r.join('|')).join('\n') !== expectedRows.map((r) => r.join('|')).join('\n')) fail(FILE.d3, 'table cells read back differ from the generator\'s');
  const merged = raw.slice(1).filter((cells) => cells.length === 6 && cells.slice(0, 3).every((c) => c.span > 1)).length;
  if (merged < 8) fail(FILE.d3, `${merged} 违法行为 with merged cells, expected ≥8`);
  if (ITEMS.length < 8) fail(FILE.d3, `${ITEMS.length} 违法行为, expected ≥8`);
  for (const r of full) if (!['轻微', '一般', '较重', '严重'].includes(r[3])) fail(FILE.d3, `bad 裁量阶次 ${r[3]}`);
  const outside = htmlOut.replace(/<table>[\s\S]*?<\/table>/gu, '');
  const paras = (outside.match(/<p>[\s\S]*?<\/p>/gu) || []).map(strip).filter(Boolean);
  const expected = STD_PARAS.filter((p) => p[0] !== 'empty' && p[0] !== 'table').map(([, t]) => norm(t));
  if (paras.join('\n') !== expected.join('\n')) fail(FILE.d3, 'paragraphs read back differ from the generator\'s');
  const units = [...paras, ...raw.slice(1).map((cells) => cells.map((c) => c.text).join(''))];
  docs[FILE.d3] = { text: units.join('\n'), units };
  stdRows = full;
}
// ── Doc 4: Markdown 责任清单 ──
let listRows = [];
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d4)));
  if (raw.includes('\r')) fail(FILE.d4, 'expected LF line endings');
  const lines = raw.split('\n');
  const tables = [];
  let cur = null;
  for (const l of lines) {
    if (/^\|/u.test(l)) { if (!cur) tables.push(cur = []); cur.push(l.replace(/^\||\|$/gu, '').split('|').map((c) => norm(c))); } else cur = null;
  }
  if (tables.length !== 1) fail(FILE.d4, `${tables.length} tables, expected 1`);
  const t = tables[0] || [];
  if ((t[0] || []).join('|') !== LIST_HEAD.join('|')) fail(FILE.d4, `table header is ${(t[0] || []).join('|')}`);
  if (!(t[1] || []).every((c) => /^-+$/u.test(c))) fail(FILE.d4, 'the table has no Markdown separator');
  listRows = t.slice(2);
  if (listRows.length !== 14 || !listRows.every((r, i) => r.length === 4 && r[0] === String(i + 1))) fail(FILE.d4, 'expected 14 numbered rows of 4 cells');
  if (listRows.map((r) => r.join('|')).join('\n') !== LIST_ROWS.map((r) => r.map(norm).join('|')).join('\n')) fail(FILE.d4, 'table cells read back differ from the generator\'s');
  const units = lines.filter((l) => !/^\|/u.test(l)).map((l) => norm(l.replace(/^#+\s*/u, ''))).filter(Boolean);
  units.push(...listRows.map((r) => r.join('')));
  docs[FILE.d4] = { text: units.join('\n'), units };
}
// ── Doc 5: GB18030 CRLF 岵湾市 通知 ──
{
  const buf = fs.readFileSync(path.join(DOCS, FILE.d5));
  let validUtf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { validUtf8 = false; }
  if (validUtf8) fail(FILE.d5, 'expected GB18030 bytes (the file decodes as UTF-8)');
  const raw = new TextDecoder('gb18030', { fatal: true }).decode(buf);
  if (/[^\r]\n/u.test(raw) || !raw.includes('\r\n')) fail(FILE.d5, 'expected CRLF line endings only');
  docs[FILE.d5] = { text: lineUnits(raw, '\r\n').join('\n'), units: lineUnits(raw, '\r\n') };
}
// ── Doc 6: UTF-8 TXT 检查计划 with a tab-separated month × 对象 table ──
{
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(DOCS, FILE.d6)));
  if (raw.includes('\r')) fail(FILE.d6, 'expected LF line endings');
  const lines = raw.split('\n');
  const tab = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t').map(norm));
  if ((tab[0] || []).join('|') !== PLAN_HEAD.join('|')) fail(FILE.d6, `table header is ${(tab[0] || []).join('|')}`);
  const months = tab.slice(1);
  if (months.length !== 12 || !months.every((r, i) => r.length === 4 && r[0] === `${i + 1}月`)) fail(FILE.d6, 'expected 12 rows 1月…12月 of 4 cells');
  if (months.map((r) => r.join('|')).join('\n') !== MONTHS.map((r) => r.map(norm).join('|')).join('\n')) fail(FILE.d6, 'table cells read back differ from the generator\'s');
  const units = lines.map((l) => norm(l)).filter(Boolean);
  docs[FILE.d6] = { text: units.join('\n'), units };
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
const NC = numbers('cur');
const NO = numbers('old');
const MUST = {
  [FILE.d1]: ['溟汭省人民代表大会常务委员会公告', '（第六十一号）', '修订通过，现予公布，自2026年5月1日起施行', '2016年9月29日', '2021年7月30日', '修正', '修订）', '本省行政区域内', '沿海乡镇人民政府、街道办事处', '不适用本条例', '依照《中华人民共和国安全生产法》第九十九条的规定处罚', '本条例自2026年5月1日起施行'],
  [FILE.d2]: ['2016年9月29日', '2021年7月30日', '修正）', '本省行政区域内', '本条例自2017年1月1日起施行'],
  [FILE.d3]: ['溟汭省农业农村厅文件', '溟农渔发〔2026〕9号', '各设区的市农业农村局', '轻微、一般、较重、严重四档', '不予行政处罚', '从重处罚', '自2026年7月1日起施行，有效期至2028年12月31日', '同时废止', '《中华人民共和国安全生产法》第九十九条'],
  [FILE.d4]: ['淜安委〔2026〕7号', '淜州市安全生产委员会', '澥滨区、溦岛县人民政府，岵湾市人民政府', '管行业必须管安全', '可以结合本地实际调整本级牵头单位、提高检查频次或者缩短报送时限', '以下清单未列明的', '由对该行业、领域负有主管职责的部门负责', '本清单自印发之日起施行'],
  [FILE.d5]: ['岵安委〔2026〕11号', '《淜州市渔业船舶和水上交通安全部门责任清单》', '淜安委〔2026〕7号', '淜州市代管的县级市', '依据《清单》总体要求第（二）项的规定', '《清单》第3项', '《清单》第13项', '本市调整为', '本市仍按照《清单》执行', '本通知自2026年9月1日起施行，在本市行政区域内适用'],
  [FILE.d6]: ['淜农发〔2026〕6号', '淜州市农业农村局', '年度监督检查计划', '自2026年5月1日起施行', '约谈', '澥滨区、溦岛县农业农村局，岵湾市农业农村局'],
};
for (const [d, list] of Object.entries(MUST)) for (const m of list) if (!has(d, m)) fail(d, `missing "${m}"`);
for (const s of ['修订', '2026年', '第三十三条']) if (has(FILE.d2, s)) fail(FILE.d2, `the 2021 text mentions "${s}"`);
// the values the 2026 修订 changed: the current one in Doc 1 only, the old one in Doc 2 only; Docs 3–6 quote no old value
for (const [what, cur, old] of CHANGED) {
  if (!has(FILE.d1, cur)) fail(FILE.d1, `${what}: current value "${cur}" missing`);
  if (!has(FILE.d2, old)) fail(FILE.d2, `${what}: old value "${old}" missing`);
  if (has(FILE.d1, old)) fail(FILE.d1, `${what}: old value "${old}" still in the current text`);
  if (has(FILE.d2, cur)) fail(FILE.d2, `${what}: current value "${cur}" already in the 2021 text`);
  for (const d of [FILE.d3, FILE.d4, FILE.d5, FILE.d6]) if (has(d, old)) fail(d, `${what}: quotes the old value "${old}"`);
}
if (CHANGED.length < 6 || CHANGED.length > 8) fail('content', `${CHANGED.length} changed values, expected 6–8`);
// the 修订 added four articles, so the article numbers differ from the first added one on
for (const k of ADDED) {
  if (!NC[k] || NO[k]) fail('content', `added article ${k} should be in the current text only`);
  const text = BODY.find((b) => b[0] === 'art' && b[1] === k)[2];
  if (!has(FILE.d1, text.slice(0, 20))) fail(FILE.d1, `added article ${k} missing`);
  if (has(FILE.d2, text.slice(0, 20))) fail(FILE.d2, `added article ${k} present`);
}
const renumbered = Object.keys(NO).filter((k) => NO[k] !== NC[k]);
if (renumbered.length < 15) fail('content', `${renumbered.length} articles renumbered by the 修订, expected ≥15`);
// the penalty articles of both texts name the duty articles (by that text's numbers) that carry the duty they punish
for (const [d, N] of [[FILE.d1, NC], [FILE.d2, NO]]) {
  const A = docs[d].byArticle;
  for (const [pen, ref, key] of PENALTIES) {
    const head = (A[N[pen]] || '').split('规定')[0];
    const lead = norm(`${N[pen]}违反本条例`);
    if (!head.startsWith(lead) || !head.slice(lead.length).startsWith(N[ref])) fail(d, `${N[pen]} does not name ${N[ref]}`);
    if (!(A[N[ref]] || '').includes(norm(key))) fail(d, `${N[ref]} (named by ${N[pen]}) does not contain "${key}"`);
  }
}
if (!(docs[LAW.aq].byArticle['第九十九条'] || '').includes(norm('关闭、破坏直接关系生产安全的监控、报警、防护、救生设备'))) fail(LAW.aq, '第九十九条 does not cover 救生设备');
// Doc 3: every row cites articles of the current 条例 that exist; the tiers of each 违法行为 rise without gaps and span the
// range its penalty article (or 《安全生产法》第九十九条) sets
const A1 = docs[FILE.d1].byArticle;
for (const [no, act, basis, tiers] of ITEMS) {
  const arts = [...basis.matchAll(/《条例》([^；]+)/gu)].flatMap((m) => m[1].match(/第[一二三四五六七八九十]+条/gu) || []);
  if (arts.length < 2) fail(FILE.d3, `row ${no} cites ${arts.length} 条例 articles`);
  for (const a of arts) if (!A1[a]) fail(FILE.d3, `row ${no} cites ${a}, which Doc 1 lacks`);
  const penArt = arts[arts.length - 1];
  const source = /安全生产法/u.test(basis) ? docs[LAW.aq].byArticle['第九十九条'].split('\n')[0] : A1[penArt] || '';
  const fines = tiers.filter((t) => !/^不予/u.test(t[2])).map((t) => ranges(t[2])[0]);
  if (fines.some((f) => !f)) { fail(FILE.d3, `row ${no}: a 处罚标准 without a fine range`); continue; }
  for (let i = 1; i < fines.length; i++) if (fines[i][0] !== fines[i - 1][1]) fail(FILE.d3, `row ${no}: tier ${i + 1} does not start where tier ${i} ends`);
  const lo = fines[0][0];
  const hi = fines[fines.length - 1][1];
  const src = ranges(source);
  const ok = src.some(([a, b]) => a === lo && b === hi) || src.some((r1) => r1[0] === lo && src.some((r2) => r2[0] === r1[1] && r2[1] === hi));
  if (!ok) fail(FILE.d3, `row ${no}: tiers span ${lo}–${hi}, the cited penalty sets ${src.map((r) => r.join('–')).join(', ')}`);
  const full = stdRows.filter((r) => r[0] === no);
  if (full.length !== tiers.length) fail(FILE.d3, `row ${no}: ${full.length} table rows, expected ${tiers.length}`);
}
if (!stdRows.some((r) => r[3] === '轻微' && /不予行政处罚/u.test(r[5]))) fail(FILE.d3, 'no 轻微 row with 不予行政处罚');
// Doc 4: every 依据 cell that names the 条例 cites articles Doc 1 has; the rows Doc 5 changes say what it changes
for (const r of listRows) {
  for (const m of r[3].matchAll(/《条例》(第[一二三四五六七八九十]+条)/gu)) if (!A1[m[1]]) fail(FILE.d4, `row ${r[0]} cites ${m[1]}, which Doc 1 lacks`);
  for (const m of r[3].matchAll(/《安全生产法》(第[一二三四五六七八九十]+条)/gu)) if (!docs[LAW.aq].byArticle[m[1]]) fail(FILE.d4, `row ${r[0]} cites 安全生产法${m[1]}, which does not exist`);
}
for (const [what, row, oldV, newV] of ZONE_CHANGED) {
  const r = listRows[row - 1] || [];
  if (!r.join('').includes(norm(oldV))) fail(FILE.d4, `${what}: row ${row} lacks the old value "${oldV}"`);
  if (!has(FILE.d5, `《清单》第${row}项`)) fail(FILE.d5, `${what}: does not name 《清单》第${row}项`);
  if (has(FILE.d5, oldV)) fail(FILE.d5, `${what}: old value "${oldV}" quoted in the 通知`);
  if (!has(FILE.d5, newV)) fail(FILE.d5, `${what}: new value "${newV}" missing`);
  if (has(FILE.d4, newV)) fail(FILE.d4, `${what}: new value "${newV}" already in the 清单`);
}
if (!/市农业农村局/u.test(listRows[2]?.[1] || '') || !/牵头/u.test(listRows[2]?.[2] || '')) fail(FILE.d4, 'row 3 does not give the lead to the 市农业农村局');

// ── whole pack ──
const all = packDocs.map((d) => docs[d].text).join('\n');
for (const name of FORBIDDEN) if (all.includes(norm(name))) fail('docs', `forbidden name "${name}"`);
const codes = [...new Set(all.match(/0\d{3}-/gu) || [])].sort();
if (codes.join() !== [...PLACES.areaCodes].sort().join()) fail('docs', `area codes ${codes.join(', ')} differ from the pack's own`);
const phones = [...new Set(all.match(/0\d{3}-\d{7,8}/gu) || [])].sort();
if (phones.join() !== [...PHONES].sort().join()) fail('docs', `phones in the docs (${phones.join(', ')}) differ from the pack's list`);
for (const p of [PLACES.province, PLACES.city, PLACES.countyCity, PLACES.district, PLACES.county]) if (!all.includes(p)) fail('docs', `place ${p} occurs in no document`);
for (const p of [PLACES.otherCity, PLACES.noDocProvince]) if (all.includes(norm(p).slice(0, 2)) || Object.values(lawText).some((t) => t.includes(norm(p).slice(0, 2)))) fail('docs', `${p} should have no document`);
for (const d of [FILE.d1, FILE.d2, FILE.d3]) for (const p of ['淜州', '岵湾', '澥滨', '溦岛']) if (has(d, p)) fail(d, `a province text names the city place ${p}`);

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
const askers = { 岵湾: [], 澥滨: [], 溦岛: [], 滃阳: [], 嶅东: [] };
let cityMustNots = 0;
const docTexts = [...packDocs, ...Object.values(LAW)].map((d) => flat(d));
const inDocs = (ds, v) => ds.some((d) => has(d, v));
const unitsOf = (c, pred) => c.gold.filter((gd) => docs[gd.doc] && pred(gd.doc)).flatMap((gd) => docs[gd.doc].units.filter((u) => u.includes(norm(gd.anchor))));
const PROVINCE = /溟汭|淜州|岵湾|澥滨|溦岛|滃阳/u;
const CITY = /淜州|岵湾|澥滨|溦岛/u;
const provinceDocs = [FILE.d1, FILE.d2, FILE.d3];
const cityDocs = [FILE.d4, FILE.d5, FILE.d6];
const changedRows = Q_ROWS_CHANGED.map((n) => norm(LIST_ROWS[n - 1].join('')));
for (const [i, line] of lines.entries()) {
  let c;
  try { c = JSON.parse(line); } catch (e) { fail(`line ${i + 1}`, `not JSON: ${e.message}`); continue; }
  const w = checkCaseLine(c, i, { pack: 'p13', keys: KEYS, cats: CATS, ids, docTexts, norm, fail });
  byCat[c.category] = (byCat[c.category] || 0) + 1;
  (idsByCat[c.category] ||= []).push(c.id);
  if (c.history !== undefined) multiTurn += 1;
  const text = c.question + (c.history || []).map((t) => t.content).join('');
  for (const k of Object.keys(askers)) if (c.question.includes(k)) askers[k].push(c.id);
  const caseText = JSON.stringify(c);
  for (const name of FORBIDDEN) if (caseText.includes(name)) fail(w, `forbidden name "${name}"`);
  if (!Array.isArray(c.gold)) { fail(w, 'gold must be an array'); continue; }
  if (c.category === 'unanswerable') {
    const ab = ABSENCE[c.id];
    if (!checkAbsence(c, ab, { w, fail, norm, all, lawText, packDocs, docs, noDate: /\d+年\d+月\d+日|日前|\d+月\d+日/u })) continue;
    if (!ab.absent.length) fail(w, 'no absence string checked against both the documents and all of corpus/laws');
    checkNoDocPlaces(c, ab, [PLACES.otherCity, PLACES.noDocProvince], { w, fail });
    continue;
  }
  anchors += c.gold.length;
  lawAnchors += c.gold.filter((gd) => isLaw(gd.doc)).length;
  const { goldDocs, isCross } = checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs });
  if (isCross) crossPage.push(c.id);
  const cites = (d) => goldDocs.includes(d);
  const goldUnits = (d) => unitsOf(c, (x) => x === d);
  // current 条例 cited: a 2021 value; 2021 text cited alone (as-of): a current value; 岵湾 通知 cited: an old 清单 value;
  // 清单 cited without the 通知 (as-of, or outside 岵湾市): a new 通知 value
  if (c.category === 'supersede') checkVersionPairs(c, [[FILE.d1, FILE.d2], [FILE.d5, FILE.d4]], { w, fail, cites, has });
  if (/\[as-of\]/u.test(c.notes)) {
    asOf.push(c.id);
    if (!((cites(FILE.d2) && !cites(FILE.d1)) || (cites(FILE.d4) && !cites(FILE.d5) && /岵湾/u.test(text)))) fail(w, '[as-of] but no earlier text (the 2021 条例, or the 清单 for a 岵湾市 asker without the 通知) is cited alone');
  } else if (cites(FILE.d2) && !cites(FILE.d1)) fail(w, 'cites the 2021 text alone without [as-of]');
  if (/\[national\+local\]/u.test(c.notes)) {
    natLocal.push(c.id);
    checkNationalLocal(c, { w, fail, norm, unitsOf, isLaw });
  }
  // place rules
  if (provinceDocs.some(cites) && !PROVINCE.test(text)) fail(w, 'gold in a 溟汭省 document but the question names no place of 溟汭省');
  if ([FILE.d4, FILE.d6].some(cites) && !CITY.test(text)) fail(w, 'gold in a 淜州市 document but the question names neither 淜州 nor one of its places');
  if (cites(FILE.d5) && !/岵湾/u.test(text)) fail(w, 'gold in the 岵湾市 通知 but the question is not about 岵湾市');
  const citesChangedRow = goldUnits(FILE.d4).some((u) => changedRows.includes(u));
  if (/岵湾/u.test(c.question) && citesChangedRow && !cites(FILE.d5) && !/\[as-of\]/u.test(c.notes)) fail(w, 'a 岵湾市 asker gets a 清单 row the 通知 changes, without the 通知 and not as of an earlier date');
  if (/澥滨|溦岛/u.test(text) && !/岵湾/u.test(c.question)) {
    if (cites(FILE.d5)) fail(w, 'a 澥滨区/溦岛县 asker with gold in the 岵湾市 通知');
    if (citesChangedRow && !c.answer_must_not_contain.length) fail(w, 'a 澥滨区/溦岛县 asker about a changed 清单 row needs the 岵湾市 values as must-nots');
    if (citesChangedRow) for (const p of c.answer_must_not_contain) if (!(has(FILE.d5, p) && !has(FILE.d4, p))) fail(w, `must-not "${p}" of a 澥滨区/溦岛县 asker is not a 岵湾市-only value`);
  }
  if (/滃阳/u.test(c.question)) {
    if (cityDocs.some(cites)) fail(w, 'a 滃阳市 asker with gold in a 淜州市 document');
    for (const p of c.answer_must_not_contain) if (!inDocs(cityDocs, p) || inDocs(provinceDocs, p)) fail(w, `must-not "${p}" of a 滃阳市 asker is not a 淜州市-only value`);
    if (c.answer_must_not_contain.length) cityMustNots += 1;
  }
  if (/嶅东/u.test(text)) {
    noLocal.push(c.id);
    if (!/\[no-local\]/u.test(c.notes)) fail(w, 'a 嶅东省 asker without [no-local] in the notes');
    if (packDocs.some(cites)) fail(w, 'a 嶅东省 asker with gold in a 溟汭省 document');
    if (!c.answer_must_not_contain.length) fail(w, 'a 嶅东省 asker needs 溟汭省 local values as must-nots');
    for (const p of c.answer_must_not_contain) if (!inDocs(packDocs, p) || Object.values(lawText).some((t) => t.includes(norm(p)))) fail(w, `must-not "${p}" of a 嶅东省 asker is not a 溟汭省-only value`);
  } else if (/\[no-local\]/u.test(c.notes)) fail(w, '[no-local] but the question names no 嶅东省');
}
for (const [cat, min] of Object.entries(MIN)) if ((byCat[cat] || 0) < min) fail('cases', `${cat}: ${byCat[cat] || 0} < ${min}`);
if (lines.length < 100 || lines.length > 110) fail('cases', `${lines.length} cases, expected 100–110`);
if (multiTurn < 7) fail('cases', `${multiTurn} multi-turn cases, expected ≥7`);
if (asOf.length < 6) fail('cases', `${asOf.length} as-of cases, expected ≥6`);
if (natLocal.length < 12) fail('cases', `${natLocal.length} [national+local] cases, expected ≥12`);
if (noLocal.length < 5) fail('cases', `${noLocal.length} [no-local] cases, expected ≥5`);
if (lawAnchors < 15) fail('cases', `${lawAnchors} national gold anchors, expected ≥15`);
if (crossPage.length < 1) fail('cases', 'no [cross-page] case');
if (cityMustNots < 3) fail('cases', `${cityMustNots} 滃阳市 cases with 淜州市 values as must-nots, expected ≥3`);
for (const [k, v] of Object.entries(askers)) if (v.length < 3) fail('cases', `${v.length} questions name ${k}, expected ≥3`);

const report = {
  cases: lines.length, byCategory: byCat, idsByCategory: idsByCat, multiTurn, asOf, nationalAndLocal: natLocal, noLocal, crossPageCases: crossPage,
  askers, goldAnchors: anchors, lawAnchors, pdfPages: docs[FILE.d2].pages.length, pdfSentencesAcrossBreaks: docs[FILE.d2].mid, failures,
};
fs.writeFileSync(path.join(PACK, 'verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${lines.length} cases (${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}), ${multiTurn} multi-turn, ${asOf.length} as-of, ${natLocal.length} national+local, ${noLocal.length} no-local, ${anchors} gold anchors (${lawAnchors} national), ${crossPage.length} cross-page: ${failures.length === 0 ? 'OK, 0 failures' : `${failures.length} failure(s)`}`);
process.exitCode = failures.length === 0 ? 0 : 1;
