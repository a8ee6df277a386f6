/**
 * What every reader shares: the shape of what it returns. Readers import this file and never
 * `read-document.ts`, so the entry point sits above its readers and nothing imports back up
 * (LlamaIndexTS keeps its reader interface below the implementations the same way).
 */
import type { Format } from '../../core/schemas.js';

/** The format id `detectFormat` gives and a reader is chosen by; declared in the document schema. */
export type { Format };

/** One page of extracted text; `num` is 1-based. TXT, MD and DOCX have a single page. */
export interface RawPage {
  num: number;
  text: string;
}

/** A document's raw text before cleaning, page by page. */
export interface RawDocument {
  format: Format;
  pages: RawPage[];
}

/**
 * Turns one file's bytes into pages of text. `fileName` only names the file in error messages; the
 * format was already decided by `detectFormat`. Throws AppError (INGEST_*) for bytes it cannot read.
 */
export interface Reader {
  read(bytes: Uint8Array, fileName: string, signal?: AbortSignal): RawDocument | Promise<RawDocument>;
}
