/**
 * The gazetteer: places as a hierarchy (全国 ⊃ 河南省 ⊃ 南阳市; 白河市 ⊃ 白河市南岸区), read from the lexicon's
 * places.json. It names places found in a text, gives a place's chain up to 全国, and says whether one place
 * contains another, so "which rules apply here" is a lookup, not a string comparison.
 *
 * Names are unique: a district is named with its city (白河市南岸区, 威海市文登区) and its bare name is an alias,
 * so two cities may each have a 南岸区 without a clash.
 */
import { Type, type Static } from 'typebox';
import { AppError } from '../errors.js';
import { AdminLevelSchema } from '../schemas.js';
import { NOT_PLACES, shortPlaceNames } from '../text/zh/index.js';

/** A place's level: an administrative level, or a zone (经济特区, 开发区) inside one. */
/** The name of the whole country in the gazetteer and in documents' places: national rules bind every place. */
export const NATIONAL = '全国';

export const PlaceLevelSchema = Type.Union([...AdminLevelSchema.anyOf, Type.Literal('zone')]);
export type PlaceLevel = Static<typeof PlaceLevelSchema>;

export const PlaceSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  level: PlaceLevelSchema,
  /** The enclosing place's name; absent only for 全国. */
  parent: Type.Optional(Type.String({ minLength: 1 })),
  /** Other names a text uses: the short form (南阳 for 南阳市), a district's bare name (南岸区). */
  aliases: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
});
export type Place = Static<typeof PlaceSchema>;

export const PlaceDataSchema = Type.Object({ places: Type.Array(PlaceSchema) });
export type PlaceData = Static<typeof PlaceDataSchema>;

/** Rank of each level, root first; a zone ranks one below its parent (see `rank`). */
const LEVEL_RANK: Readonly<Record<Exclude<PlaceLevel, 'zone'>, number>> = { national: 0, province: 1, city: 2, county: 3, district: 3 };

/**
 * Adds a deployment's places to the shipped ones: a new name is a new place, a known name gains the new
 * aliases (and takes the deployment's parent and level when it gives them, to correct the shipped data).
 */
export function mergePlaceData(base: PlaceData, extra: PlaceData): PlaceData {
  const places = base.places.map((p) => ({ ...p, aliases: [...(p.aliases ?? [])] }));
  for (const p of extra.places) {
    const same = places.find((x) => x.name === p.name);
    if (!same) places.push({ ...p, aliases: [...(p.aliases ?? [])] });
    else Object.assign(same, { ...p, aliases: [...new Set([...same.aliases, ...(p.aliases ?? [])])] });
  }
  return { places };
}

/** Places by name and alias; built once per lexicon. */
/**
 * The words that name a place: its name, its aliases, and the everyday short form of each (文登区 → 文登, 河南省
 * → 河南), which people write without the suffix. A short form two places share names neither.
 */
function termsOf(p: Place): Set<string> {
  const terms = new Set([p.name, ...(p.aliases ?? [])]);
  for (const t of [...terms]) if (!NOT_PLACES.has(t)) for (const short of shortPlaceNames(t)) terms.add(short);
  return terms;
}

export class Gazetteer {
  readonly places: readonly Place[];
  readonly #byName = new Map<string, Place>();
  /** Name or alias → places; an alias shared by two places names neither. */
  readonly #byTerm = new Map<string, Place[]>();
  /** Terms by their first character, longest first, for longest-match scanning. */
  readonly #termsByFirst = new Map<string, string[]>();

  constructor(data: PlaceData) {
    this.places = data.places;
    for (const p of data.places) this.#byName.set(p.name, p);
    for (const p of data.places) {
      if (p.parent !== undefined && !this.#byName.has(p.parent)) {
        throw new AppError('CONFIG_INVALID', `places.json: the parent ${JSON.stringify(p.parent)} of ${JSON.stringify(p.name)} is not a place; add it or fix the name`);
      }
      for (const t of termsOf(p)) this.#byTerm.set(t, [...(this.#byTerm.get(t) ?? []), p]);
    }
    for (const p of data.places) this.chain(p.name); // throws on a cycle
    for (const t of [...this.#byTerm.keys()].sort((a, b) => b.length - a.length)) this.#termsByFirst.set(t[0]!, [...(this.#termsByFirst.get(t[0]!) ?? []), t]);
  }

  /** The place a name or an unambiguous alias stands for: 南阳 → 南阳市, 南岸区 → 白河市南岸区. */
  get(nameOrAlias: string): Place | undefined {
    const exact = this.#byName.get(nameOrAlias);
    if (exact) return exact;
    const found = this.#byTerm.get(nameOrAlias);
    return found?.length === 1 ? found[0] : undefined;
  }

  /**
   * The places a text names, in text order, each once. At every position the longest name or alias wins, so
   * 南阳市居民住宅区 gives 南阳市 and 白河经济技术开发区 gives the zone, not 白河市.
   */
  find(text: string): Place[] {
    const s = text.normalize('NFKC');
    const out: Place[] = [];
    for (let i = 0; i < s.length; ) {
      const term = this.#termsByFirst.get(s[i]!)?.find((t) => s.startsWith(t, i));
      const place = term === undefined ? undefined : this.get(term);
      if (place && !out.includes(place)) out.push(place);
      i += term?.length ?? 1;
    }
    return out;
  }

  /** The place and its enclosing places up to 全国: 南阳 → [南阳市, 河南省, 全国]; [] for an unknown name. */
  chain(nameOrAlias: string): string[] {
    const out: string[] = [];
    for (let p = this.get(nameOrAlias); p; p = p.parent === undefined ? undefined : this.#byName.get(p.parent)) {
      if (out.includes(p.name)) throw new AppError('CONFIG_INVALID', `places.json: ${JSON.stringify(p.name)} encloses itself (${out.join(' → ')}); fix its parent`);
      out.push(p.name);
    }
    return out;
  }

  /** True when `place` lies in `ancestor` or is it: contains(河南, 南阳市), contains(全国, 白河市南岸区). */
  contains(ancestor: string, place: string): boolean {
    const a = this.get(ancestor);
    return a !== undefined && this.chain(place).includes(a.name);
  }

  /**
   * True when `b` is another place of `a`'s rank (南岸区 and 北岸区, 南阳市 and 新乡市, 河南省 and 山东省): whose
   * local rules must not be given for `a`. County-level units rank alike (区, 县, 县级市).
   */
  sameLevelOther(a: string, b: string): boolean {
    const pa = this.get(a);
    const pb = this.get(b);
    return pa !== undefined && pb !== undefined && pa !== pb && this.rank(pa.name) === this.rank(pb.name);
  }

  /** 0 for 全国, 1 a province, 2 a city, 3 a county or district; a zone ranks one below its parent. */
  rank(nameOrAlias: string): number | undefined {
    const p = this.get(nameOrAlias);
    if (!p) return undefined;
    return p.level === 'zone' ? (p.parent === undefined ? 0 : (this.rank(p.parent) ?? 0)) + 1 : LEVEL_RANK[p.level];
  }
}
