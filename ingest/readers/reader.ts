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
 * What a reader's line breaks mean, so the cleaner knows which lines to join into paragraphs:
 * `wrapped` — the page layout broke them (PDF), so a line as wide as the text column continues;
 * `as-typed` — the author's own (TXT, MD): a line is a paragraph unless it was cut mid-sentence;
 * `paragraphs` — every line is a whole paragraph or table row (DOCX): nothing is joined.
 */
export type LineBreaks = 'wrapped' | 'as-typed' | 'paragraphs';

/** Markup a reader leaves in its text: with `markdown`, `#` heading marks are dropped from every line. */
export type Markup = 'markdown' | 'none';

/** What the text a reader returns looks like. Cleaning follows this, never the format's name. */
export interface Layout {
  lineBreaks: LineBreaks;
  markup: Markup;
}

/** Pages a PDF may have; counted before any text is extracted (MAX_PAGES). */
export const DEFAULT_MAX_PAGES = 2_000;

/** Bytes the entries of a DOCX archive may unpack to, all together (MAX_UNPACKED_MB). */
export const DEFAULT_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** What a reader may be told besides the bytes: a signal and the limits hostile files are held to. */
export interface ReadOptions {
  signal?: AbortSignal;
  /** PDF pages; over it, INGEST_TOO_MANY_PAGES. Default DEFAULT_MAX_PAGES. */
  maxPages?: number;
  /** Unpacked bytes of a DOCX archive; over it, INGEST_TOO_LARGE_UNPACKED. Default DEFAULT_MAX_UNPACKED_BYTES. */
  maxUnpackedBytes?: number;
}

/**
 * Turns one file's bytes into pages of text laid out as `layout` says. `fileName` only names the file in error messages; the
 * format was already decided by `detectFormat`. Throws AppError (INGEST_*) for bytes it cannot read.
 */
export interface Reader {
  layout: Layout;
  read(bytes: Uint8Array, fileName: string, opts?: ReadOptions): RawDocument | Promise<RawDocument>;
}
