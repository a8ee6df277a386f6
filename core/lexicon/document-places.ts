/**
 * Places the gazetteer does not ship, learned from the documents of a knowledge base: a document whose place
 * is 枫渡市鹭洲区 or 霁川省 names places a deployment's data may lack. Each is added with its chain — the
 * 枫渡市 before 鹭洲区 in its own name, and for a city of no known province, the province its documents name
 * most (根据《霁川省安全生产条例》) — so a question from 鹭洲区 reaches 枫渡市's and 霁川省's rules and no other
 * city's. Shipped data always wins: a learned place never changes a known one.
 */
import type { Clause, DocumentMeta } from '../schemas.js';
import { LEVEL_OF_SUFFIX, NOT_PLACE_NAME, PLACE_WITH_LEVEL } from '../text/zh/index.js';
import { groupBy } from '../group-by.js';
import { Gazetteer, NATIONAL, type Place } from './gazetteer.js';

/** 苇塘县 in 苇塘县应急管理局: a district or county an addressee opens with (group 1). */
const ADDRESSEE_PLACE = /^([\p{Script=Han}]{2,4}?[区县])/u;

/** 堇坪县 in 堇坪县应急管理局 or 堇坪县人民政府, 崟山县 in 崟山县等远郊区、县, 蕤岗县 in a list of the places a text applies in (group 1 or 2). */
const COUNTY_IN_TEXT = /([\p{Script=Han}]{2}[县区])(?=人民政府|应急管理局|[\p{Script=Han}]{1,6}?局|等)|(?<=[（(、])([\p{Script=Han}]{2}[县区])(?=[、）)])/gu;
/** 所在县人民政府, 有关县区 — words before 县 that name no county. */
const NO_COUNTY = /^(?:所在|当地|属地|有关|相关|上述|各个|其他)|^[该各本全每省市州]/u;

/** 霁川省, 渌嵛回族自治区 in a document's text: a province named before its own rules. */
const PROVINCE_NAMED = /([\p{Script=Han}]{2,4}?省|[\p{Script=Han}]{2,6}?自治区)/gu;

/** The administrative units a place string is made of, outermost first: 枫渡市鹭洲区 → [枫渡市, 鹭洲区]. */
function segments(place: string): Array<{ name: string; level: Place['level'] }> {
  const out: Array<{ name: string; level: Place['level'] }> = [];
  for (const m of place.matchAll(PLACE_WITH_LEVEL)) {
    const level = LEVEL_OF_SUFFIX[m[2]!];
    if (level === undefined || NOT_PLACE_NAME.test(m[0])) return [];
    out.push({ name: m[0], level });
  }
  return out.map((s) => s.name).join('') === place ? out : [];
}

/** 琬州市 in a county's notice (本县执行《琬州市…办法》, 抄送：琬州市…): a city named by its own rules or offices. */
const CITY_NAMED = /([\p{Script=Han}]{2,4}?)市/gu;

/**
 * The place of one level that documents name most (`named` finds candidates, `is` keeps those of that level the
 * gazetteer or another document knows): the province of a city, the city of a county that writes no city in its name.
 */
function namedMost(docIds: readonly string[], texts: (id: string) => readonly string[], named: RegExp, is: (name: string) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const id of docIds) {
    for (const text of texts(id)) {
      for (const m of text.matchAll(named)) if (is(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The gazetteer with the documents' unknown places added; the same gazetteer when there are none. */
export function withDocumentPlaces(gazetteer: Gazetteer, documents: readonly DocumentMeta[], clauses: readonly Clause[]): Gazetteer {
  const unknown = documents.filter((d) => d.place !== undefined && gazetteer.get(d.place) === undefined);
  const learned: Place[] = [];
  const known = (name: string) => gazetteer.get(name) ?? learned.find((p) => p.name === name);
  // (the levels of the places documents write, read once: every name a text mentions is looked up)
  const segmentLevels = new Map(unknown.flatMap((d) => segments(d.place!)).map((s) => [s.name, s.level]));
  const levelOf = (name: string) => gazetteer.get(name)?.level ?? segmentLevels.get(name);
  const isProvince = (name: string) => levelOf(name) === 'province';
  const isCity = (name: string) => levelOf(name) === 'city';
  const clausesByDoc = groupBy(clauses, (c) => c.docId);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const provincesHeld = [...new Set(documents.map((d) => d.place).filter((p): p is string => p !== undefined && isProvince(p)))];
  const onlyProvince = provincesHeld.length === 1 ? provincesHeld[0] : undefined;
  const texts = (id: string) => [...(clausesByDoc.get(id) ?? []).map((c) => c.text), byId.get(id)?.title ?? '', ...(byId.get(id)?.cc ?? [])];
  const byPlace = groupBy(unknown, (d) => d.place!);
  for (const place of byPlace.keys()) {
    let parent: string | undefined;
    for (const [i, s] of segments(place).entries()) {
      const full = i === 0 ? s.name : `${parent}${s.name}`;
      const existing = known(s.name) ?? known(full);
      if (existing) {
        parent = existing.name;
        continue;
      }
      // A city's province: the one named most by every document of the city or of a place inside it; a county's or
      // district's that writes no city in its name (苕枰县): the city its documents name most, else a province.
      const ownDocs = unknown.filter((d) => d.place!.startsWith(s.name)).map((d) => d.id);
      const city = s.level === 'county' || s.level === 'district' ? namedMost(ownDocs, texts, CITY_NAMED, isCity) : undefined;
      // (a city that names none is of the one province the knowledge base holds texts of, if it holds one)
      const up = i > 0 ? parent : s.level === 'province' ? NATIONAL : (city ?? namedMost(ownDocs, texts, PROVINCE_NAMED, isProvince) ?? (s.level === 'city' ? onlyProvince : undefined) ?? NATIONAL);
      // A district is named with its city (枫渡市鹭洲区) and its bare name is an alias, as in the shipped data.
      learned.push({ name: full, level: s.level, parent: up!, ...(full !== s.name ? { aliases: [s.name] } : {}) });
      parent = full;
    }
  }
  // A city's document sent to its districts and counties (主送：翠湾区、苇塘县应急管理局) names them: each is learned
  // inside the city, so a question from 苇塘县 reaches the city's rules.
  // So does one that gives work to a county's offices (由堇坪县应急管理局负责日常督促) or lists its counties
  // (本州行政区域内（桤坞市、蕤岗县、菁垭县）).
  for (const d of documents) {
    const city = d.place ? known(d.place) : undefined;
    if (city?.level !== 'city') continue;
    const inText = (clausesByDoc.get(d.id) ?? []).flatMap((c) => [...c.text.matchAll(COUNTY_IN_TEXT)].map((m) => (m[1] ?? m[2])!).filter((n) => !NO_COUNTY.test(n)));
    for (const name of [...(d.addressees ?? []).flatMap((a) => a.split(/[、，,；;]/u)).map((part) => ADDRESSEE_PLACE.exec(part.trim())?.[1]), ...inText]) {
      if (!name || NOT_PLACE_NAME.test(name) || known(name) || known(`${city.name}${name}`)) continue;
      learned.push({ name: `${city.name}${name}`, level: LEVEL_OF_SUFFIX[name.slice(-1)]!, parent: city.name, aliases: [name] });
    }
  }
  // Provinces first, so every learned parent is a place before its children are.
  const order = (p: Place) => ['province', 'city', 'county', 'district'].indexOf(p.level);
  const added = learned.filter((p) => !gazetteer.get(p.name)).sort((a, b) => order(a) - order(b));
  for (const p of added) if (p.parent !== NATIONAL && !gazetteer.get(p.parent!) && !added.some((x) => x.name === p.parent)) p.parent = NATIONAL;
  return added.length === 0 ? gazetteer : new Gazetteer({ places: [...gazetteer.places, ...added] });
}
