/**
 * Entry point of the readers: bytes in, text with page numbers out. No file I/O happens here, so the
 * same code serves the CLI (bytes from disk) and the upload route (bytes from a request).
 */
import { AppError, throwIfAborted } from '../../core/errors.js';
import { detectFormat } from './detect-format.js';
import { FORMAT_TO_READER } from './format-to-reader.js';
import type { RawDocument, ReadOptions } from './reader.js';

/** The upload limit when the caller gives none (MAX_UPLOAD_MB defaults to 20 too). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MIB = 1024 * 1024;

/** Human size: "25.3 MB" (MiB, as MAX_UPLOAD_MB counts), "12.5 KB" or "177 bytes"; `digits` for near-ties. */
function size(n: number, digits = 1): string {
  if (n >= MIB / 10) return `${Number.isInteger(n / MIB) ? n / MIB : (n / MIB).toFixed(digits)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(digits)} KB`;
  return `${n} bytes`;
}

function tooLarge(fileName: string, bytes: number, maxBytes: number): AppError {
  // A file just over the limit must not read "20.0 MB, over the 20 MB limit": show more digits then.
  const [shown, limit] = [size(bytes), size(maxBytes)];
  const tie = parseFloat(shown) === parseFloat(limit) && shown.split(' ')[1] === limit.split(' ')[1];
  const digits = tie ? 3 : 1;
  return new AppError(
    'INGEST_TOO_LARGE',
    `${fileName} is ${size(bytes, digits)}, over the ${size(maxBytes)} limit; split it or raise MAX_UPLOAD_MB`,
  );
}

/**
 * Reads a TXT, MD, DOCX or PDF file given as bytes; `fileName` is used for format hints and in error
 * messages. Throws AppError INGEST_EMPTY_FILE, INGEST_TOO_LARGE (over `maxBytes`, 20 MiB by default),
 * INGEST_UNSUPPORTED_FORMAT, INGEST_CORRUPT, INGEST_ENCRYPTED, INGEST_NO_TEXT, INGEST_DECODE,
 * INGEST_TOO_MANY_PAGES (PDF over `maxPages`), INGEST_TOO_LARGE_UNPACKED (DOCX over `maxUnpackedBytes`) or
 * ABORTED; every message names the file.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadOptions & { maxBytes?: number } = {},
): Promise<RawDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  throwIfAborted(opts.signal);
  if (bytes.byteLength === 0) {
    throw new AppError('INGEST_EMPTY_FILE', `${fileName} is empty (0 bytes); check the file and upload it again`);
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(fileName, bytes.byteLength, maxBytes);
  return FORMAT_TO_READER[detectFormat(bytes, fileName)].read(bytes, fileName, opts);
}
