/**
 * Place names per document, read from DocumentMeta (region, issuers, title) rather than from a
 * list of the shipped notices, so a new document about 银川 is found by “银川” without code changes.
 */
import type { DocumentMeta } from '../schemas.js';
import type { Gazetteer } from '../lexicon/gazetteer.js';
import { ADMIN_PREFIX, NOT_PLACES, shortPlaceNames } from '../text/zh/index.js';

/** A place name and the documents it points to. */
export interface PlaceEntry {
  name: string;
  docIds: string[];
}

/** Place names (full and short forms, with enclosing places) → documents, longest name first. */
export interface PlaceIndex {
  entries: PlaceEntry[];
  /** All names known for one document. */
  byDoc: Map<string, Set<string>>;
}

/** The chain of administrative units a string starts with: 威海市文登区工业和信息化局 → [威海市, 文登区]. */
export function adminPrefixes(text: string): string[] {
  let rest = text.normalize('NFKC').replace(/\s+/gu, '');
  const out: string[] = [];
  for (;;) {
    const m = ADMIN_PREFIX.exec(rest);
    if (!m || NOT_PLACES.has(m[0])) return out;
    out.push(m[0]);
    rest = rest.slice(m[0].length);
  }
}

function namesOfDocument(doc: DocumentMeta, gazetteer: Gazetteer): Set<string> {
  const full = new Set<string>();
  for (const source of [doc.region ?? '', ...(doc.issuers ?? []), doc.title]) {
    for (const p of adminPrefixes(source)) full.add(p);
  }
  // The region is a place even without its suffix: 济宁 (read from 济宁高新区 in the 主送).
  if (doc.region && [...doc.region].length >= 2 && full.size === 0) full.add(doc.region);
  // The enclosing places (文登区 → 威海市, 山东省), by their gazetteer names and aliases; 全国 names no place.
  const enclosing = new Set<string>();
  for (const p of full) for (const name of gazetteer.chain(p).slice(1)) if (gazetteer.get(name)?.level !== 'national') enclosing.add(name);
  const names = new Set<string>();
  for (const p of full) {
    names.add(p);
    for (const short of shortPlaceNames(p)) names.add(short);
  }
  for (const name of enclosing) for (const n of [name, ...(gazetteer.get(name)?.aliases ?? [])]) names.add(n);
  return names;
}

/** Collects the place names of every document, with the enclosing places the gazetteer knows. */
export function buildPlaceIndex(documents: readonly DocumentMeta[], gazetteer: Gazetteer): PlaceIndex {
  const byName = new Map<string, string[]>();
  const byDoc = new Map<string, Set<string>>();
  for (const doc of documents) {
    const names = namesOfDocument(doc, gazetteer);
    byDoc.set(doc.id, names);
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), doc.id]);
  }
  const entries = [...byName]
    .map(([name, docIds]) => ({ name, docIds }))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  return { entries, byDoc };
}

/** Places named in the text, longest match first and never overlapping: 威海市文登区 wins over 文登. */
export function findPlaces(text: string, index: PlaceIndex): PlaceEntry[] {
  let rest = text.normalize('NFKC');
  const found: PlaceEntry[] = [];
  for (const entry of index.entries) {
    if (!rest.includes(entry.name)) continue;
    found.push(entry);
    rest = rest.split(entry.name).join('\u0000');
  }
  return found;
}
