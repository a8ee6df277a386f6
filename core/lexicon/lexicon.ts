/**
 * The lexicon: the domain knowledge that is data, not code — aliases (工信局 = 经信局, 民爆 = 民用爆炸物品),
 * the tokenizer dictionary, stop words, the gazetteer of places, the safety concepts that tell an unanswerable
 * subject, and duties a later national law moved to another authority. Loaded once by `loadLexicon` and passed to whatever needs it; nothing holds it as a module singleton.
 *
 * A deployment extends it without touching code: files of the same names in its own lexicon folder
 * (`$ANZHI_DATA_DIR/lexicon/`) are added to the shipped ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Value } from 'typebox/value';
import type { TSchema } from 'typebox';
import { AppError } from '../errors.js';
import { Aliases, AliasDataSchema, AliasExtensionSchema, mergeAliasData } from './aliases.js';
import { Gazetteer, PlaceDataSchema, mergePlaceData, type PlaceData } from './gazetteer.js';
import { Tokenizer } from './tokenizer.js';
import { ReassignmentDataSchema, type Reassignment, type ReassignmentData } from './reassigned.js';

/** The shipped data folder. */
export const BUILTIN_LEXICON_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** The files a lexicon folder may hold; a deployment's folder may hold any of them. */
export const LEXICON_FILES = {
  aliases: 'aliases.json',
  dictionary: 'domain-dict.txt',
  stopwords: 'stopwords.txt',
  concepts: 'safety-concepts.txt',
  places: 'places.json',
  reassigned: 'reassigned.json',
} as const;

export interface Lexicon {
  /** `builtin`, or `builtin+<hash>` when a deployment added its own data: part of the knowledge base's fingerprint. */
  readonly id: string;
  readonly aliases: Aliases;
  readonly tokenizer: Tokenizer;
  /** Established work-safety concepts, longest first so 特种作业人员 is found before 特种作业. */
  readonly concepts: readonly string[];
  /** Places as a hierarchy: 南阳市 ⊂ 河南省 ⊂ 全国. */
  readonly places: Gazetteer;
  /** Duties a later national law moved to another authority (消防验收 to 住房和城乡建设主管部门, 2019). */
  readonly reassigned: readonly Reassignment[];
}

export interface LexiconOptions {
  /** A deployment's lexicon folder; absent or missing means the shipped data only. */
  extraDir?: string;
}

/** One term per line; blank lines and `#` comments skipped. */
function dataLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function readText(dir: string, name: string, required: boolean): string | undefined {
  const path = join(dir, name);
  if (!required && !existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `cannot read the lexicon file ${path}; ${required ? 'restore it from git' : 'fix its permissions or remove it'}`, { cause });
  }
}

function parseJson<T>(path: string, text: string, schema: TSchema): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `${path} is not valid JSON: ${(cause as Error).message}; fix the file`, { cause });
  }
  if (!Value.Check(schema, raw)) {
    const first = [...Value.Errors(schema, raw)][0];
    throw new AppError('CONFIG_INVALID', `${path} is malformed at ${first?.instancePath || '/'}: ${first?.message ?? ''}; fix the JSON`);
  }
  return raw as T;
}

/** Reads the shipped lexicon plus a deployment's additions, validates it and builds the tokenizer. */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const base = BUILTIN_LEXICON_DIR;
  const extraDir = options.extraDir && existsSync(options.extraDir) ? options.extraDir : undefined;
  const texts = (name: string): { builtin: string; extra?: string } => {
    const builtin = readText(base, name, true)!;
    const extra = extraDir ? readText(extraDir, name, false) : undefined;
    return extra === undefined ? { builtin } : { builtin, extra };
  };
  const aliasTexts = texts(LEXICON_FILES.aliases);
  let aliasData = parseJson<import('./aliases.js').AliasData>(join(base, LEXICON_FILES.aliases), aliasTexts.builtin, AliasDataSchema);
  if (aliasTexts.extra !== undefined) aliasData = mergeAliasData(aliasData, parseJson(join(extraDir!, LEXICON_FILES.aliases), aliasTexts.extra, AliasExtensionSchema));
  const aliases = new Aliases(aliasData);
  const placeTexts = texts(LEXICON_FILES.places);
  let placeData = parseJson<PlaceData>(join(base, LEXICON_FILES.places), placeTexts.builtin, PlaceDataSchema);
  if (placeTexts.extra !== undefined) placeData = mergePlaceData(placeData, parseJson(join(extraDir!, LEXICON_FILES.places), placeTexts.extra, PlaceDataSchema));
  const places = new Gazetteer(placeData);
  const lines = (name: string): string[] => {
    const t = texts(name);
    return [...dataLines(t.builtin), ...(t.extra === undefined ? [] : dataLines(t.extra))];
  };
  const tokenizer = new Tokenizer({ dictionary: lines(LEXICON_FILES.dictionary), words: aliases.vocabulary(), stopwords: lines(LEXICON_FILES.stopwords) });
  const concepts = [...new Set(lines(LEXICON_FILES.concepts))].sort((a, b) => b.length - a.length);
  const reassignedTexts = texts(LEXICON_FILES.reassigned);
  const reassigned = [
    ...parseJson<ReassignmentData>(join(base, LEXICON_FILES.reassigned), reassignedTexts.builtin, ReassignmentDataSchema).reassigned,
    ...(reassignedTexts.extra === undefined ? [] : parseJson<ReassignmentData>(join(extraDir!, LEXICON_FILES.reassigned), reassignedTexts.extra, ReassignmentDataSchema).reassigned),
  ];
  const extras = Object.values(LEXICON_FILES).map((name) => (extraDir ? readText(extraDir, name, false) ?? '' : ''));
  const id = extras.some((e) => e !== '') ? `builtin+${createHash('sha256').update(extras.join('\u0000')).digest('hex').slice(0, 12)}` : 'builtin';
  return { id, aliases, tokenizer, concepts, places, reassigned };
}
