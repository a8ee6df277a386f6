/**
 * Equivalent names (units, industries, domain terms) kept as data in `data/aliases.json`.
 * One table serves query expansion, unit matching and the hashing embedder, so a synonym
 * added once helps everywhere.
 */
import { readFileSync } from 'node:fs';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../errors.js';

const AliasGroupSchema = Type.Object({
  key: Type.String({ minLength: 1 }),
  kind: Type.Union([Type.Literal('unit'), Type.Literal('industry'), Type.Literal('term')]),
  terms: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
});
const AliasDataSchema = Type.Object({
  groups: Type.Array(AliasGroupSchema),
  expansions: Type.Array(
    Type.Object({
      from: Type.Array(Type.String({ minLength: 1 })),
      to: Type.Array(Type.String({ minLength: 1 })),
      weight: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    }),
  ),
  /** Place → its enclosing places, so a question naming 平顶山 also finds the 舞钢市 document. */
  places: Type.Record(Type.String(), Type.Array(Type.String())),
});

export type AliasGroup = Static<typeof AliasGroupSchema>;
export type AliasData = Static<typeof AliasDataSchema>;

/** A query term and how much it counts: 1 for the user's own words, less for derived ones. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Weight of a same-group synonym: strong, but below the user's own word. */
export const SYNONYM_WEIGHT = 0.7;

let cached: AliasData | undefined;

/** The alias table, read and validated once. */
export function aliasData(): AliasData {
  if (cached) return cached;
  const url = new URL('./data/aliases.json', import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `cannot read ${url.pathname}; restore it from git`, { cause });
  }
  if (!Value.Check(AliasDataSchema, raw)) {
    const first = [...Value.Errors(AliasDataSchema, raw)][0];
    throw new AppError('CONFIG_INVALID', `${url.pathname} is malformed at ${first?.instancePath ?? '?'}: ${first?.message ?? ''}; fix the JSON`);
  }
  cached = normaliseData(raw);
  return cached;
}

function normaliseData(d: AliasData): AliasData {
  const n = (s: string): string => s.normalize('NFKC').toLowerCase();
  return {
    groups: d.groups.map((g) => ({ ...g, key: n(g.key), terms: [...new Set([n(g.key), ...g.terms.map(n)])] })),
    expansions: d.expansions.map((e) => ({ ...e, from: e.from.map(n), to: e.to.map(n) })),
    places: d.places,
  };
}

/** Every alias term (groups and expansion sources/targets): the tokenizer loads them as words. */
export function aliasVocabulary(): string[] {
  const d = aliasData();
  const words = new Set<string>();
  for (const g of d.groups) for (const t of g.terms) words.add(t);
  for (const e of d.expansions) for (const t of [...e.from, ...e.to]) words.add(t);
  return [...words];
}

let byTerm: Map<string, AliasGroup[]> | undefined;

/** The groups a term belongs to (exact, after NFKC + lower-case). */
export function groupsOf(term: string): AliasGroup[] {
  if (!byTerm) {
    byTerm = new Map();
    for (const g of aliasData().groups) {
      for (const t of g.terms) byTerm.set(t, [...(byTerm.get(t) ?? []), g]);
    }
  }
  return byTerm.get(term.normalize('NFKC').toLowerCase()) ?? [];
}

/**
 * Canonical spelling of a unit name. The longest alias that ends the name is replaced by its
 * group key and whatever precedes it (a level or place: 市, 区, 威海市文登区) is kept, so
 * 市工信局 → 市工业和信息化局, 湖北省经济和信息化厅 → 湖北省工业和信息化厅, 应急局 → 应急管理局.
 * Names with no known suffix come back NFKC-normalised with whitespace removed.
 */
export function canonicalUnit(name: string): string {
  const s = name.normalize('NFKC').replace(/\s+/gu, '');
  let best: { term: string; key: string } | undefined;
  for (const g of aliasData().groups) {
    if (g.kind !== 'unit') continue;
    for (const t of g.terms) {
      if (s.endsWith(t) && (!best || t.length > best.term.length)) best = { term: t, key: g.key };
    }
  }
  return best ? s.slice(0, s.length - best.term.length) + best.key : s;
}

/**
 * The terms plus their synonyms and looser expansions, each term once with its highest weight.
 * Input terms keep weight 1; same-group synonyms get SYNONYM_WEIGHT; expansions their table weight.
 */
export function expandTerms(tokens: readonly string[]): WeightedTerm[] {
  const out = new Map<string, number>();
  const put = (term: string, weight: number): void => {
    if (weight > (out.get(term) ?? 0)) out.set(term, weight);
  };
  for (const t of tokens) put(t, 1);
  const { expansions } = aliasData();
  for (const t of tokens) {
    for (const g of groupsOf(t)) for (const other of g.terms) put(other, SYNONYM_WEIGHT);
    for (const e of expansions) {
      if (e.from.includes(t)) for (const to of e.to) put(to, e.weight);
    }
  }
  return [...out].map(([term, weight]) => ({ term, weight }));
}

/** Alias groups of one kind, e.g. every industry. */
export function groupsOfKind(kind: AliasGroup['kind']): AliasGroup[] {
  return aliasData().groups.filter((g) => g.kind === kind);
}
