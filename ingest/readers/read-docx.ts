/**
 * Word reader. mammoth's HTML keeps headings, lists and tables, which its raw-text mode flattens or
 * loses; the HTML is then turned into plain paragraphs with table rows that keep their headers.
 */
import mammoth from 'mammoth';
import { AppError, throwIfAborted } from '../../core/errors.js';
import { htmlToParagraphs } from './html-to-paragraphs.js';
import { DEFAULT_MAX_UNPACKED_BYTES, type RawDocument, type ReadOptions, type Reader } from './reader.js';
import { checkUnpackedSize } from './zip-unpacked-size.js';

/** Word's built-in Title style is not in mammoth's default map; without it a document title would read as body text. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * Reads a .docx as one page (num 1; Word files have no fixed pages): paragraphs, headings and list
 * items separated by `\n\n`, and tables as described in `tableToParagraphs`. Throws INGEST_TOO_LARGE_UNPACKED
 * when the archive unpacks to more than `maxUnpackedBytes` (checked before mammoth opens it), INGEST_CORRUPT
 * when mammoth cannot open the archive and INGEST_NO_TEXT when it holds no text (only images).
 */
export async function readDocx(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<RawDocument> {
  const { signal } = opts;
  throwIfAborted(signal);
  checkUnpackedSize(bytes, fileName, opts.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP })).value;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AppError(
      'INGEST_CORRUPT',
      `${fileName} could not be opened as .docx (${reason}); open it in Word or WPS and save it again as .docx`,
      { cause },
    );
  }
  throwIfAborted(signal);
  const text = htmlToParagraphs(html);
  if (text.trim() === '') {
    throw new AppError(
      'INGEST_NO_TEXT',
      `${fileName} has no text (only images or empty pages?); run OCR first or upload the text version`,
    );
  }
  return { format: 'docx', pages: [{ num: 1, text }] };
}

/** Word paragraphs and table rows arrive whole. */
export const docxReader: Reader = { layout: { lineBreaks: 'paragraphs', markup: 'none' }, read: readDocx };
