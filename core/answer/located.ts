/**
 * A question asked from a place: 南阳的小区, 我们是汕头的企业, 南岸区的危化品仓储企业. It is answered from the
 * national rules and the rules of its own chain of places (南阳市 ⊂ 河南省 ⊂ 全国), never from the local rules of
 * another place; where the knowledge base holds no local text for it, the answer says so.
 */
import type { DocumentMeta, SearchFilters } from '../schemas.js';
import { NATIONAL, type Gazetteer } from '../lexicon/gazetteer.js';
import type { QuestionAnalysis } from '../question/analyze-question.js';
import { ASKS_OWN_PROVINCE, CITY_IN_QUESTION, COUNTY_IN_QUESTION, IN_SAME_PROVINCE, NOT_A_CITY, NOT_A_COUNTY, NOT_A_PROVINCE, PROVINCE_IN_QUESTION } from '../text/zh/index.js';

export { NATIONAL };
/** How answers across levels label the national rules. */
export const NATIONAL_LABEL = '国家';

export interface Located {
  /** The places the question is asked from, most specific first: [南阳市]. */
  places: string[];
  /** Their chains up to 全国, together: [南阳市, 河南省, 全国]. */
  chain: string[];
  /** Documents that may answer: national ones, the chain's, and documents of no known place. */
  docIds: string[];
  /** Places of the chain below 全国 that the knowledge base holds a document for. */
  localHeld: string[];
  /** Each allowed document's label for answers across levels: 国家, 河南省, 南阳市. */
  levelOf: ReadonlyMap<string, string>;
}

/** The places a question is asked from: those it names (below 全国), else the filter's, else a follow-up's previous ones. */
function askedFrom(q: QuestionAnalysis, places: Gazetteer, filters: SearchFilters | undefined): string[] {
  const named = (text: string) => places.find(text).map((p) => p.name).filter((n) => n !== NATIONAL);
  const own = named(q.question);
  if (own.length > 0) return own;
  const region = filters?.region ? places.get(filters.region)?.name : undefined;
  if (region) return [region];
  // (a follow-up naming a place none knows, 那同省的瑢垣市呢, is asked from there, not from the question before)
  return q.query.followUp && q.previousQuestion && !unknownPlace(q.question, places) ? named(q.previousQuestion) : [];
}

/** A place of the question's `re` that neither the gazetteer nor any document knows. */
function unknownNamed(question: string, places: Gazetteer, re: RegExp, not: RegExp): string | undefined {
  const m = re.exec(question.normalize('NFKC'));
  const name = m?.[1] ?? m?.[2];
  return name && !not.test(name) && places.get(name) === undefined ? name : undefined;
}

/** A city the question names that neither the gazetteer nor any document knows. */
function unknownCity(question: string, places: Gazetteer): string | undefined {
  return unknownNamed(question, places, CITY_IN_QUESTION, NOT_A_CITY);
}

/** A province or city the question names that neither the gazetteer nor any document knows: a place with no local text. */
function unknownPlace(question: string, places: Gazetteer): string | undefined {
  // (琮州市 of a province the knowledge base holds texts of, but that none of them governs)
  return unknownNamed(question, places, PROVINCE_IN_QUESTION, NOT_A_PROVINCE) ?? unknownCity(question, places) ?? unknownNamed(question, places, COUNTY_IN_QUESTION, NOT_A_COUNTY);
}

/** The located reading of a question, or undefined when it names no place the gazetteer knows (nor an unknown province). */
export function locate(q: QuestionAnalysis, documents: Iterable<DocumentMeta>, places: Gazetteer, filters?: SearchFilters): Located | undefined {
  let asked = askedFrom(q, places, filters);
  // 溆屏省雪桥区: a province no document governs answers from the national rules, and says so
  const unknown = asked.length === 0 ? unknownPlace(q.question, places) : undefined;
  const docs = [...documents];
  const province = unknown ? provinceOfUnknown(q, unknown, docs, places) : undefined;
  if (province) asked = [province];
  else if (unknown) return locatedOutside(unknown, docs);
  if (asked.length === 0) return undefined;
  // 渌嵛自治区翎阜市: a city none knows, named inside a province that is known, is asked from, inside that province
  const city = asked.every((p) => places.get(p)?.level === 'province') ? unknownCity(q.question, places) : undefined;
  const chain = [...new Set([...(city ? [city] : []), ...asked.flatMap((p) => places.chain(p))])];
  const docIds: string[] = [];
  const levelOf = new Map<string, string>();
  const held = new Set<string>();
  for (const d of docs) {
    // (a place read as its short form, 桤坞 from a zone's 桤坞经济开发区, is the place the gazetteer names 桤坞市)
    const place = d.place === undefined ? undefined : (places.get(d.place)?.name ?? d.place);
    if (place !== undefined && !chain.includes(place)) continue;
    docIds.push(d.id);
    if (place === undefined) continue;
    levelOf.set(d.id, place === NATIONAL ? NATIONAL_LABEL : place);
    if (place !== NATIONAL) held.add(place);
  }
  return { places: city ? [city] : asked, chain, docIds, localHeld: [...held], levelOf };
}

/**
 * The province a city none knows lies in, when the question says: 那同省的瑢垣市呢？ — the province the question before
 * was asked from; 在滃阳市…按省里的标准 — the one province whose texts the knowledge base holds.
 */
function provinceOfUnknown(q: QuestionAnalysis, unknown: string, documents: readonly DocumentMeta[], places: Gazetteer): string | undefined {
  if (IN_SAME_PROVINCE.test(q.question) && q.previousQuestion) return provinceOf(places.find(q.previousQuestion).map((p) => p.name), places);
  return ASKS_OWN_PROVINCE.test(q.question) && unknownCity(q.question, places) === unknown ? onlyProvince(documents, places) : undefined;
}

/** The one province the documents are of, when they are of exactly one. */
function onlyProvince(documents: readonly DocumentMeta[], places: Gazetteer): string | undefined {
  const provinces = new Set(documents.flatMap((d) => (d.place && places.get(d.place)?.level === 'province' ? [places.get(d.place)!.name] : [])));
  return provinces.size === 1 ? [...provinces][0] : undefined;
}

/** The province of the first of `names` that lies in one. */
function provinceOf(names: readonly string[], places: Gazetteer): string | undefined {
  return names.flatMap((n) => places.chain(n)).find((p) => places.get(p)?.level === 'province');
}

/** A place outside every chain the gazetteer knows: the national documents (and those of no place) only. */
function locatedOutside(place: string, documents: Iterable<DocumentMeta>): Located {
  const docIds: string[] = [];
  const levelOf = new Map<string, string>();
  for (const d of documents) {
    if (d.place !== undefined && d.place !== NATIONAL) continue;
    docIds.push(d.id);
    if (d.place === NATIONAL) levelOf.set(d.id, NATIONAL_LABEL);
  }
  return { places: [place], chain: [place, NATIONAL], docIds, localHeld: [], levelOf };
}

/** The note for a place with no local text held: the answer gives the national rules and says so. */
export function noLocalTextNote(located: Located, documents: Iterable<DocumentMeta>): string | undefined {
  if (located.localHeld.length > 0) return undefined;
  const national = [...documents].some((d) => d.place === NATIONAL && located.docIds.includes(d.id));
  if (!national) return undefined;
  return `知识库中没有${located.places.join('、')}的地方性法规或文件，以下是国家层面的规定；当地如有更严格的规定，以当地规定为准。`;
}

/** The documents an answer across levels covers: the best of each place of the chain among the hits, national first. */
export function levelsToCover(located: Located, rankedDocIds: readonly string[]): string[] | undefined {
  const best = new Map<string, string>();
  for (const id of rankedDocIds) {
    const level = located.levelOf.get(id);
    if (level !== undefined && !best.has(level)) best.set(level, id);
  }
  if (best.size < 2) return undefined;
  const order = [NATIONAL_LABEL, ...[...located.chain].reverse().filter((p) => p !== NATIONAL)];
  return order.map((l) => best.get(l)).filter((id): id is string => id !== undefined);
}
