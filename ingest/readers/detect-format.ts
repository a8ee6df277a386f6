/**
 * Decides how to read an upload from its bytes first and its name second: users rename files, and a
 * wrong extension must give a clear error instead of garbage text.
 */
import { AppError } from '../../core/errors.js';
import type { Format } from './reader.js';

/** Text files have no NUL bytes; looking at the first 8 KB is enough and stays cheap on 20 MB uploads. */
const SNIFF_BYTES = 8 * 1024;

const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office file (.doc/.xls, OLE format)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file' }, // {\rtf
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
];

/** Members that identify other OOXML/ODF files, so a renamed spreadsheet gets a precise message. */
const ZIP_KINDS: ReadonlyArray<{ member: string; what: string }> = [
  { member: 'xl/workbook.xml', what: 'an Excel workbook (.xlsx)' },
  { member: 'ppt/presentation.xml', what: 'a PowerPoint file (.pptx)' },
  { member: 'mimetypeapplication/vnd.oasis', what: 'an OpenDocument file (.odt/.ods)' },
];

const SUPPORTED = 'upload .docx, .pdf, .txt, .md or .html';

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** Index of an ASCII string in `bytes` (from `from` up to `to`), or -1. */
function indexOfAscii(bytes: Uint8Array, ascii: string, from = 0, to = bytes.length): number {
  const first = ascii.charCodeAt(0);
  const end = Math.min(to, bytes.length) - ascii.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < ascii.length; j++) if (bytes[i + j] !== ascii.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function isZip(bytes: Uint8Array): boolean {
  // PK\x03\x04 is a local file header; PK\x05\x06 an empty archive's end record.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function zipFormat(bytes: Uint8Array, fileName: string): Format {
  // Member names are stored as plain ASCII in local and central-directory headers, so a byte scan
  // finds them without unzipping; a false positive only means the docx reader reports corruption.
  if (indexOfAscii(bytes, 'word/document.xml') >= 0) return 'docx';
  const kind = ZIP_KINDS.find((k) => indexOfAscii(bytes, k.member) >= 0)?.what ?? 'a zip archive, not a Word document';
  throw new AppError('INGEST_UNSUPPORTED_FORMAT', `${fileName} is ${kind}; ${SUPPORTED}`);
}

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * The format of an upload: `%PDF-` (within the first 1 KB, as PDF readers allow) is pdf; a zip with a
 * `word/document.xml` member is docx; other text is html for `.html`/`.htm` names or a page that opens with
 * `<!DOCTYPE html>` or `<html>`, md for `.md`/`.markdown` names, else txt.
 * Throws INGEST_UNSUPPORTED_FORMAT for other zips and binary files (images, old .doc, NUL bytes in the
 * first 8 KB) and INGEST_CORRUPT for a `.pdf` or `.docx` name whose content is not that format.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): Format {
  const ext = extension(fileName);
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return 'pdf';
  if (isZip(bytes)) return zipFormat(bytes, fileName);
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new AppError('INGEST_UNSUPPORTED_FORMAT', `${fileName} is ${magic.what}, not a document; ${SUPPORTED}`);
  if (ext === 'docx') {
    throw new AppError('INGEST_CORRUPT', `${fileName} is not a valid .docx (not a zip archive); re-save it from Word as .docx`);
  }
  if (ext === 'pdf') {
    throw new AppError('INGEST_CORRUPT', `${fileName} is not a valid .pdf (no %PDF- header); export it to PDF again`);
  }
  if (!isUtf16Bom(bytes) && hasNul(bytes)) {
    throw new AppError('INGEST_UNSUPPORTED_FORMAT', `${fileName} is a binary file, not text; ${SUPPORTED}`);
  }
  if (ext === 'html' || ext === 'htm' || WEB_PAGE.test(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)))) return 'html';
  return ext === 'md' || ext === 'markdown' ? 'md' : 'txt';
}

/** A saved web page, whatever its name: it opens with a doctype or an <html> tag (after a BOM and white space). */
const WEB_PAGE = /^\uFEFF?\s*(?:<!doctype html|<html[\s>])/iu;
