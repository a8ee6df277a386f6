/**
 * The knowledge base on disk: one folder with a manifest, documents, clauses, cleaned texts, duties and
 * the vector index. The caller names the folder; this module never looks anywhere else.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type, type TSchema, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../errors.js';
import { ClauseSchema, DocumentMetaSchema, DutySchema, FactSchema, ManifestSchema, OverrideSchema, type Clause, type DocumentMeta, type Duty, type Fact, type Manifest, type Override } from '../schemas.js';
import { VectorIndex } from '../retrieval/vector-index.js';

/** Bumped whenever parsing or the on-disk layout changes, so an old knowledge base is rebuilt. */
export const SCHEMA_VERSION = 12;

export interface KnowledgeBase {
  manifest: Manifest;
  documents: DocumentMeta[];
  clauses: Clause[];
  /** Cleaned text per document id: clause offsets point into it. */
  texts: Record<string, string>;
  duties: Duty[];
  /** Typed facts (deadlines, frequencies, thresholds, criteria, check items, contacts, scope), each on a clause span. */
  facts: Fact[];
  /** Clause-level changes the documents make to each other (调整, 废止, 仍按…执行), with their effective dates. */
  overrides: Override[];
  vectors: VectorIndex;
}

const FILES = {
  manifest: ['manifest.json', ManifestSchema],
  documents: ['documents.json', Type.Array(DocumentMetaSchema)],
  clauses: ['clauses.json', Type.Array(ClauseSchema)],
  texts: ['texts.json', Type.Record(Type.String(), Type.String())],
  duties: ['duties.json', Type.Array(DutySchema)],
  facts: ['facts.json', Type.Array(FactSchema)],
  overrides: ['overrides.json', Type.Array(OverrideSchema)],
} as const;

/** Items of a list checked between two turns of the event loop: a server loading a rebuilt knowledge base still answers. */
const CHECK_SLICE = 2000;

/** Value.Check, a long list checked a slice at a time. */
async function matches(schema: TSchema, raw: unknown): Promise<boolean> {
  const items = (schema as { type?: unknown; items?: TSchema }).type === 'array' ? (schema as { items?: TSchema }).items : undefined;
  if (!items || !Array.isArray(raw)) return Value.Check(schema, raw);
  for (let i = 0; i < raw.length; i += CHECK_SLICE) {
    if (i > 0) await nextTurn();
    if (!raw.slice(i, i + CHECK_SLICE).every((item) => Value.Check(items, item))) return false;
  }
  return true;
}

async function readPart<S extends TSchema>(dir: string, name: string, schema: S): Promise<Static<S>> {
  const file = join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(missing ? 'INDEX_MISSING' : 'INDEX_CORRUPT', `cannot read ${file}; run npm run ingest`, { cause });
  }
  if (!(await matches(schema, raw))) throw new AppError('INDEX_CORRUPT', `${file} does not match the schema of version ${SCHEMA_VERSION}; run npm run ingest again`);
  return raw as Static<S>;
}

/** Reads only the manifest (cheap staleness checks); undefined when the folder holds none. */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return await readPart(dir, FILES.manifest[0], FILES.manifest[1]);
  } catch {
    return undefined;
  }
}

/** Loads a knowledge base; `embedder` is what the service will query with and must match what built it. */
export async function loadKnowledgeBase(dir: string, embedder?: { id: string; dims?: number }): Promise<KnowledgeBase> {
  const manifest = await readPart(dir, ...FILES.manifest);
  if (manifest.schemaVersion !== SCHEMA_VERSION) {
    throw new AppError('INDEX_CORRUPT', `${dir} was built by schema version ${manifest.schemaVersion}, this program reads ${SCHEMA_VERSION}; run npm run ingest again`);
  }
  if (embedder && embedder.id !== manifest.embedder.id) {
    throw new AppError('INDEX_EMBEDDER_MISMATCH', `the knowledge base in ${dir} was built with embedder ${manifest.embedder.id}, the configured embedder is ${embedder.id}; run npm run ingest again`);
  }
  const [documents, clauses, texts, duties, facts, overrides, vectors] = await Promise.all([
    readPart(dir, ...FILES.documents),
    readPart(dir, ...FILES.clauses),
    readPart(dir, ...FILES.texts),
    readPart(dir, ...FILES.duties),
    readPart(dir, ...FILES.facts),
    readPart(dir, ...FILES.overrides),
    VectorIndex.load(dir, { id: manifest.embedder.id, dims: embedder?.dims ?? manifest.embedder.dims }),
  ]);
  return { manifest, documents, clauses, texts, duties, facts, overrides, vectors };
}

/** Writes every part into `dir` (which should be a fresh temporary folder that the caller renames into place). */
export async function saveKnowledgeBase(dir: string, kb: KnowledgeBase): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, FILES.documents[0]), JSON.stringify(kb.documents)),
    writeFile(join(dir, FILES.clauses[0]), JSON.stringify(kb.clauses)),
    writeFile(join(dir, FILES.texts[0]), JSON.stringify(kb.texts)),
    writeFile(join(dir, FILES.duties[0]), JSON.stringify(kb.duties)),
    writeFile(join(dir, FILES.facts[0]), JSON.stringify(kb.facts)),
    writeFile(join(dir, FILES.overrides[0]), JSON.stringify(kb.overrides)),
    kb.vectors.save(dir),
  ]);
  // The manifest goes last: a folder without one is never taken for a finished knowledge base.
  await writeFile(join(dir, FILES.manifest[0]), JSON.stringify(kb.manifest, null, 1));
}
