/**
 * PDF reader over pdf-parse v2 (pdf.js). Page texts are kept exactly as extracted, visual line wraps
 * and running headers/footers included: the cleaner joins wrapped lines and removes repeated
 * headers/footers, and it needs to see them to do so.
 */
import { AppError, throwIfAborted } from '../../core/errors.js';
import { DEFAULT_MAX_PAGES, type RawDocument, type ReadOptions, type Reader } from './reader.js';
import { withPdfTables } from './pdf-tables.js';

/** Fewer non-whitespace characters than this over the whole file means no text layer (a scan). */
const MIN_TEXT_CHARS = 20;

function toAppError(cause: unknown, fileName: string): AppError {
  const name = cause instanceof Error ? cause.name : '';
  if (name === 'PasswordException') {
    return new AppError(
      'INGEST_ENCRYPTED',
      `${fileName} is encrypted; remove the password (print to PDF) and upload again`,
      { cause },
    );
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'INGEST_CORRUPT',
    `${fileName} could not be parsed as PDF (${reason}); open it in a PDF viewer and export or print it to PDF again`,
    { cause },
  );
}

function tooManyPages(fileName: string, pages: number, maxPages: number): AppError {
  return new AppError(
    'INGEST_TOO_MANY_PAGES',
    `${fileName} has ${pages} pages, over the limit of ${maxPages}; split it into parts of at most ${maxPages} pages, or raise MAX_PAGES`,
  );
}

// Matches a page object's type in the raw file, e.g. `<< /Type /Page /Parent 2 0 R` (not `/Type /Pages`).
const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/gu;

/**
 * Page objects written out in plain text: a lower bound on the page count that costs one scan, where pdf.js
 * needed 3 s and 580 MB just to open 130,000 pages. Pages inside compressed object streams are not seen; pdf.js
 * counts those.
 */
function visiblePages(bytes: Uint8Array): number {
  let n = 0;
  for (const _ of Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').matchAll(PAGE_OBJECT)) n++;
  return n;
}

/**
 * Reads a PDF into one RawPage per page (1-based `num`). Throws INGEST_TOO_MANY_PAGES when the page tree
 * counts more than `maxPages` (before any page's text is extracted: 20,000 pages of 1.8 MB used to take
 * minutes), INGEST_ENCRYPTED for a user password, INGEST_CORRUPT when pdf.js cannot parse it, INGEST_NO_TEXT
 * when it has (almost) no text layer. pdf.js has no cap on what one content stream inflates to; the parse
 * worker's memory and time limits bound that (ingest/parse-worker.ts).
 */
export async function readPdf(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const { signal } = opts;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  throwIfAborted(signal);
  const visible = visiblePages(bytes);
  if (visible > maxPages) throw tooManyPages(fileName, visible, maxPages);
  // Loaded on first use, not with this module: pdf.js's legacy build installs core-js polyfills over built-ins
  // (Array.prototype.push, JSON.parse, Set methods), and the server, which imports the ingest pipeline but
  // parses in a child process, paid for them on every push of every request (a tenth of an answer's CPU).
  const { PDFParse } = await import('./pdf-parse-module.js');
  // pdf.js transfers the buffer it is given and leaves the caller's bytes detached (byteLength 0);
  // the pipeline still needs them afterwards (hashing, storing), so the parser gets a copy.
  const parser = new PDFParse({ data: bytes.slice() });
  let pages: Array<{ num: number; text: string }>;
  try {
    // getInfo loads the document and reads the page count from the page tree, extracting no text.
    const { total } = await parser.getInfo();
    if (total > maxPages) throw tooManyPages(fileName, total, maxPages);
    throwIfAborted(signal);
    const text = (await parser.getText()).pages;
    // drawn tables (任务分工表) come back as grids; each replaces its run-together cells in its page's text
    const grids = new Map((await parser.getTable()).pages.map((p) => [p.num, p.tables]));
    let header: string | undefined;
    pages = text.map((p) => {
      const page = withPdfTables(p.text, grids.get(p.num) ?? [], header);
      header = page.header;
      return { num: p.num, text: page.text };
    });
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw toAppError(cause, fileName);
  } finally {
    await parser.destroy();
  }
  throwIfAborted(signal);
  const chars = pages.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0);
  if (chars < MIN_TEXT_CHARS) {
    throw new AppError(
      'INGEST_NO_TEXT',
      `${fileName} has no text layer (scanned image?); run OCR first or upload the Word/TXT version`,
    );
  }
  return { format: 'pdf', pages: pages.map((p) => ({ num: p.num, text: p.text })) };
}

/** PDF lines are as the page layout wrapped them. */
export const pdfReader: Reader = { layout: { lineBreaks: 'wrapped', markup: 'none' }, read: readPdf };
