/**
 * Bytes of one file in, a parsed document out.
 */
import type { Gazetteer } from '../core/lexicon/gazetteer.js';
import type { ParsedDocument } from '../core/schemas.js';
import { parseRaw, sha256 } from './parse-raw.js';
import { readDocument } from './readers/read-document.js';
import type { ReadOptions } from './readers/reader.js';

/** Reads and parses one file's bytes; `places` names the place it governs. Throws AppError (INGEST_*) for input it cannot use. */
export async function parseDocument(bytes: Uint8Array, file: string, opts?: ReadOptions & { maxBytes?: number; docId?: string; places?: Gazetteer }): Promise<ParsedDocument> {
  const raw = await readDocument(bytes, file, opts);
  return parseRaw(raw, file, sha256(bytes), opts?.docId, { places: opts?.places });
}
