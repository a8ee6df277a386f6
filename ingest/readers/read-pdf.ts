/**
 * PDF reader over pdf-parse v2 (pdf.js). Page texts are kept exactly as extracted, visual line wraps
 * and running headers/footers included: the cleaner joins wrapped lines and removes repeated
 * headers/footers, and it needs to see them to do so.
 */
import { PDFParse } from 'pdf-parse';
import { AppError, throwIfAborted } from '../../core/errors.js';
import type { RawDocument, Reader } from './reader.js';

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

/**
 * Reads a PDF into one RawPage per page (1-based `num`). Throws INGEST_ENCRYPTED for a user password,
 * INGEST_CORRUPT when pdf.js cannot parse it, INGEST_NO_TEXT when it has (almost) no text layer.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<RawDocument> {
  throwIfAborted(signal);
  // pdf.js transfers the buffer it is given and leaves the caller's bytes detached (byteLength 0);
  // the pipeline still needs them afterwards (hashing, storing), so the parser gets a copy.
  const parser = new PDFParse({ data: bytes.slice() });
  let pages: Array<{ num: number; text: string }>;
  try {
    pages = (await parser.getText()).pages;
  } catch (cause) {
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
