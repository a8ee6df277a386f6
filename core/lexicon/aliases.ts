/**
 * Equivalent names (units, industries, domain terms) as one value built from the lexicon's data.
 * One table serves query expansion, unit matching, duty targets and the hashing embedder, so a synonym
 * added once helps everywhere.
 */
import { Type, type Static } from 'typebox';

export const AliasGroupSchema = Type.Object({
  key: Type.String({ minLength: 1 }),
  kind: Type.Union([Type.Literal('unit'), Type.Literal('industry'), Type.Literal('term')]),
  terms: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
});
export const AliasDataSchema = Type.Object({
  groups: Type.Array(AliasGroupSchema),
  expansions: Type.Array(
    Type.Object({
      from: Type.Array(Type.String({ minLength: 1 })),
      to: Type.Array(Type.String({ minLength: 1 })),
      weight: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
      /** The `to` words are the shape the answer takes (多久 → 每月), not what it is about: they find the sentence but do not show it is on the asked subject. */
      form: Type.Optional(Type.Boolean()),
    }),
  ),
});
/** A deployment's additions: the same shape, every part optional. */
export const AliasExtensionSchema = Type.Partial(AliasDataSchema);

export type AliasGroup = Static<typeof AliasGroupSchema>;
export type AliasData = Static<typeof AliasDataSchema>;
export type AliasExtension = Static<typeof AliasExtensionSchema>;

/** A query term and how much it counts: 1 for the user's own words, less for derived ones. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Weight of a same-group synonym: strong, but below the user's own word. */
export const SYNONYM_WEIGHT = 0.7;

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/**
 * Adds a deployment's aliases to the shipped ones: a group with a known key (and kind) gains the new
 * terms, a new key is a new group; expansions are appended. (Places live in the gazetteer, places.json.)
 */
export function mergeAliasData(base: AliasData, extra: AliasExtension): AliasData {
  const groups = base.groups.map((g) => ({ ...g, terms: [...g.terms] }));
  for (const g of extra.groups ?? []) {
    const same = groups.find((x) => fold(x.key) === fold(g.key) && x.kind === g.kind);
    if (same) same.terms.push(...g.terms.filter((t) => !same.terms.includes(t)));
    else groups.push({ ...g, terms: [...g.terms] });
  }
  return { groups, expansions: [...base.expansions, ...(extra.expansions ?? [])] };
}

/** The alias table: lookups by term, canonical unit names, query expansion. Built once per lexicon. */
export class Aliases {
  readonly groups: readonly AliasGroup[];
  readonly expansions: AliasData['expansions'];
  /** The targets of `form` expansions (每年, 每月 … for 多久). */
  readonly formTerms: ReadonlySet<string>;
  readonly #byTerm = new Map<string, AliasGroup[]>();
  // Built on first use (asked on every question); the groups and expansions never change after the constructor.
  #vocabulary: string[] | undefined;
  readonly #byKind = new Map<AliasGroup['kind'], AliasGroup[]>();

  constructor(data: AliasData) {
    this.groups = data.groups.map((g) => ({ ...g, key: fold(g.key), terms: [...new Set([fold(g.key), ...g.terms.map(fold)])] }));
    this.expansions = data.expansions.map((e) => ({ ...e, from: e.from.map(fold), to: e.to.map(fold) }));
    this.formTerms = new Set(this.expansions.filter((e) => e.form).flatMap((e) => e.to));
    for (const g of this.groups) for (const t of g.terms) this.#byTerm.set(t, [...(this.#byTerm.get(t) ?? []), g]);
  }

  /** Every alias term (groups and expansion sources/targets): the tokenizer loads them as words. */
  vocabulary(): string[] {
    if (!this.#vocabulary) {
      const words = new Set<string>();
      for (const g of this.groups) for (const t of g.terms) words.add(t);
      for (const e of this.expansions) for (const t of [...e.from, ...e.to]) words.add(t);
      this.#vocabulary = [...words];
    }
    return [...this.#vocabulary];
  }

  /** The groups a term belongs to (exact, after NFKC + lower-case). */
  groupsOf(term: string): AliasGroup[] {
    return this.#byTerm.get(fold(term)) ?? [];
  }

  /** Keys of the industries a text names (民爆行业 → 民用爆炸物品), read from its `norm`ed form. */
  industriesIn(normText: string): string[] {
    return this.groupsOfKind('industry')
      .filter((g) => g.terms.some((t) => normText.includes(t)))
      .map((g) => g.key);
  }

  /** Alias groups of one kind, e.g. every industry. */
  groupsOfKind(kind: AliasGroup['kind']): AliasGroup[] {
    let groups = this.#byKind.get(kind);
    if (!groups) this.#byKind.set(kind, (groups = this.groups.filter((g) => g.kind === kind)));
    return [...groups];
  }

  /**
   * Canonical spelling of a unit name. The longest alias that ends the name is replaced by its
   * group key and whatever precedes it (a level or place: 市, 区, 威海市文登区) is kept, so
   * 市工信局 → 市工业和信息化局, 湖北省经济和信息化厅 → 湖北省工业和信息化厅, 应急局 → 应急管理局.
   * Names with no known suffix come back NFKC-normalised with whitespace removed.
   */
  canonicalUnit(name: string): string {
    const { s, suffix } = this.#unitSuffix(name);
    return suffix ? s.slice(0, s.length - suffix.term.length) + suffix.group.key : s;
  }

  /** The name, NFKC-normalised without whitespace, and the longest unit alias that ends it, with its group. */
  #unitSuffix(name: string): { s: string; suffix?: { term: string; group: AliasGroup } } {
    const s = name.normalize('NFKC').replace(/\s+/gu, '');
    let suffix: { term: string; group: AliasGroup } | undefined;
    for (const g of this.groups) {
      if (g.kind !== 'unit') continue;
      for (const t of g.terms) if (s.endsWith(t) && (!suffix || t.length > suffix.term.length)) suffix = { term: t, group: g };
    }
    return suffix ? { s, suffix } : { s };
  }

  /**
   * Every way a unit name may be written, by the group of the alias that ends it: 南岸区应急管理局 is also
   * 南岸区应急局 and 南岸区应急管理部门. A name with no known suffix has only itself.
   */
  unitSpellings(name: string): string[] {
    const { s, suffix } = this.#unitSuffix(name);
    if (!suffix) return [s];
    const prefix = s.slice(0, s.length - suffix.term.length);
    return [s, ...suffix.group.terms.map((t) => prefix + t).filter((v) => v !== s)];
  }

  /**
   * The terms plus their synonyms and looser expansions, each term once with its highest weight.
   * Input terms keep weight 1; same-group synonyms get SYNONYM_WEIGHT; expansions their table weight.
   */
  expandTerms(tokens: readonly string[]): WeightedTerm[] {
    const out = new Map<string, number>();
    const put = (term: string, weight: number): void => {
      if (weight > (out.get(term) ?? 0)) out.set(term, weight);
    };
    for (const t of tokens) put(t, 1);
    for (const t of tokens) {
      for (const g of this.groupsOf(t)) for (const other of g.terms) put(other, SYNONYM_WEIGHT);
      for (const e of this.expansions) {
        if (e.from.includes(t)) for (const to of e.to) put(to, e.weight);
      }
    }
    return [...out].map(([term, weight]) => ({ term, weight }));
  }
}
