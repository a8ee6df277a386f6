/**
 * The messages between `createDocumentParser` and its child process (ingest/parse-worker.ts), declared once
 * for both sides. They travel with the `advanced` serialization, so bytes stay a Uint8Array.
 */
import type { ErrorCode } from '../core/errors.js';
import type { AliasData } from '../core/lexicon/aliases.js';
import type { PlaceData } from '../core/lexicon/gazetteer.js';
import type { Duty, ParsedDocument } from '../core/schemas.js';
import type { ReadOptions } from './readers/reader.js';

/** Sent once after start: the aliases duties are read with and the places a document's place is named by (the parent's lexicon). */
export interface ParseInit {
  type: 'init';
  aliases: AliasData;
  places: PlaceData;
}

export interface ParseRequest {
  type: 'parse';
  id: number;
  bytes: Uint8Array;
  file: string;
  docId?: string;
  read: Omit<ReadOptions, 'signal'> & { maxBytes?: number };
}

export type ParseMessage = ParseInit | ParseRequest;

/** The child's first message, once its modules are loaded. */
export interface ParseReady {
  ready: true;
}

/** An AppError crosses as its fields; anything else as its stack (a bug, not a bad file). */
export type ParseReply =
  | { id: number; ok: true; doc: ParsedDocument; duties: Duty[] }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; statusCode: number } | { code?: undefined; message: string } };
