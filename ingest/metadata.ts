/**
 * Document metadata read from the front matter: title, issuers, 文号, date, region, level, 主送, 抄送.
 * Only what the document states; a field the text does not give stays absent.
 */
import type { AdminLevel, DocumentMeta } from '../core/schemas.js';
import type { Paragraph } from './clean.js';
import { ADDRESSEE_END, DOC_NUMBER, ISSUER_LEVEL_START, LEVEL_OF_SUFFIX, NOT_PLACE_NAME, ORG_END, PLACE_WITH_LEVEL, ZONE_OF_CITY } from '../core/text/zh/index.js';
import type { Gazetteer } from '../core/lexicon/gazetteer.js';
import { DATE_LINE, type Classified, type FrontRole } from './front-matter.js';
import { readLegalMetadata, type LegalMeta } from './legal-metadata.js';

type Meta = Pick<DocumentMeta, 'title' | 'issuers' | 'docNumber' | 'date' | 'dateText' | 'dateKind' | 'region' | 'level' | 'addressees' | 'cc'> & LegalMeta;

/** Splits a list of units at top-level ，、； but keeps 各县（市、区）工信局 whole. */
export function splitUnits(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（(《'.includes(ch)) depth++;
    if ('）)》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;'.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((u) => u.trim().replace(/[。：:]$/u, '')).filter((u) => u !== '');
}

/** 局机关各科室、局属各单位 splits at 、 only when every piece is itself a unit. */
function splitEnumeration(s: string): string[] {
  const pieces = s.split('、');
  return pieces.length > 1 && !/[（(]/u.test(s) && pieces.every((p) => ADDRESSEE_END.test(p)) ? pieces : [s];
}

function places(s: string): Array<{ name: string; level: AdminLevel; end: number }> {
  const found: Array<{ name: string; level: AdminLevel; end: number }> = [];
  for (const m of s.matchAll(PLACE_WITH_LEVEL)) {
    const name = m[0];
    if (NOT_PLACE_NAME.test(name)) continue;
    found.push({ name, level: LEVEL_OF_SUFFIX[m[2]!]!, end: m.index + name.length });
  }
  return found;
}

/** Region and level from the first text that names a place; contiguous places nest (威海市文登区). */
function regionOf(texts: string[], addressees: string[]): Pick<Meta, 'region' | 'level'> {
  for (const t of texts) {
    const [first, ...rest] = places(t);
    if (!first || t.indexOf(first.name) > 2) continue;
    let region = first.name;
    let level = first.level;
    for (const p of rest) {
      if (p.end - p.name.length !== t.indexOf(region) + region.length) break;
      region += p.name;
      level = p.level;
    }
    return { region, level };
  }
  // A zone's own document (桤坞经济开发区管理委员会关于…) is of its city; so is one sent to a zone (主送：济宁高新区…).
  const own = texts.map((t) => ZONE_OF_CITY.exec(t)).find((m) => m?.index === 0)?.[1];
  if (own !== undefined) return { region: own };
  const zone = addressees.map((a) => ZONE_OF_CITY.exec(a)?.[1]).find((z) => z !== undefined);
  if (zone === undefined) return {};
  // 各县（市、区）工信局 as 主送 means the sender sits one level up: a city.
  const cityLevel = addressees.some((a) => /^各县[（(]市、区[）)]/u.test(a));
  return cityLevel ? { region: zone, level: 'city' } : { region: zone };
}

function issuersOf(lines: Array<[FrontRole, string]>, title: string): string[] {
  const found: string[] = [];
  const mast = lines.filter(([r]) => r === 'masthead').map(([, t]) => t.replace(/文件$/u, ''));
  if (mast.length > 0) found.push(mast.join(''));
  // The title's 省经信厅关于… names the sender too, but the masthead's full name wins when there is one.
  const before = /^(.+?)关于/u.exec(title)?.[1];
  if (mast.length === 0 && before && ORG_END.test(before)) found.push(before);
  for (const [role, t] of lines) if (role === 'signature' && !DATE_LINE.test(t)) found.push(t);
  const unique = [...new Set(found.filter((f) => f !== '' && ORG_END.test(f)))];
  // 自治区工业和信息化厅 is the masthead's 宁夏回族自治区工业和信息化厅 said short: keep the full name.
  return unique.filter((u) => !unique.some((o) => o !== u && o.endsWith(u.replace(ISSUER_LEVEL_START, ''))));
}

function dateOf(lines: Array<[FrontRole, string]>): Pick<Meta, 'date' | 'dateText' | 'dateKind'> {
  const pick = lines.find(([r, t]) => r === 'signature' && DATE_LINE.test(t)) ?? lines.find(([r, t]) => r === 'printed' && DATE_LINE.test(t));
  if (!pick) return {};
  const m = DATE_LINE.exec(pick[1])!;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return { date: iso, dateText: `${m[1]}年${m[2]}月${m[3]}日`, dateKind: m[4] ? '印发' : '成文' };
}

/**
 * Builds metadata from classified front matter; `fallbackTitle` (the file name) is used when no title line exists.
 * The place a document governs is named as the gazetteer names it, so without one only 全国 is read.
 */
export function extractMetadata(text: string, paragraphs: Paragraph[], classified: Classified, fallbackTitle: string, gazetteer?: Gazetteer): Meta {
  const lines: Array<[FrontRole, string]> = [...classified.roles].sort(([a], [b]) => a - b).map(([i, r]) => [r, text.slice(paragraphs[i]!.start, paragraphs[i]!.end)]);
  const titleLines: string[] = [];
  for (const [role, t] of lines) {
    if (role === 'title') titleLines.push(t);
    else if (titleLines.length > 0) break;
  }
  const title = titleLines.join('') || fallbackTitle;
  const addresseeLine = lines.find(([r]) => r === 'addressee')?.[1];
  const addressees = addresseeLine ? splitUnits(addresseeLine).flatMap(splitEnumeration) : [];
  const ccLine = lines.find(([r]) => r === 'cc')?.[1];
  const cc = ccLine ? splitUnits(ccLine.replace(/^抄\s*送[:：]/u, '')) : [];
  const issuers = issuersOf(lines, title);
  const docNumber = lines.map(([, t]) => DOC_NUMBER.exec(t)).find((m) => m && lines.some(([r, t]) => r === 'docNumber' && t.includes(m[0])))?.[0];
  const meta: Meta = { title, ...dateOf(lines), ...regionOf([...issuers, title], addressees) };
  if (issuers.length > 0) meta.issuers = issuers;
  if (docNumber) meta.docNumber = docNumber.replace(/\s+/gu, '');
  if (addressees.length > 0) meta.addressees = addressees;
  if (cc.length > 0) meta.cc = cc;
  // A law's history lines stand between its title and its first heading.
  const header = text.slice(0, paragraphs[classified.bodyStart]?.start ?? text.length);
  return { ...meta, ...readLegalMetadata(text, header, meta, gazetteer) };
}
