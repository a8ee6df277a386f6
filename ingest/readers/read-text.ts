/**
 * Plain-text and Markdown reader. Chinese government TXT files come as UTF-8 (often with a BOM) or as
 * GBK/GB18030 from older Windows tools; both must read back to the same string.
 */
import { AppError } from '../../core/errors.js';
import type { RawDocument, Reader } from './reader.js';
import { markdownTables } from './markdown-tables.js';

/** Above this share of U+FFFD or control characters (plus a few, for short files) the text is unreadable. */
const MAX_BAD_SHARE = 0.01;
const BAD_ALLOWANCE = 2;
/** A UTF-8 file with a few damaged bytes still has many valid multi-byte characters per broken one. */
const UTF8_GOOD_PER_BAD = 20;

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Replacement characters and C0 controls other than tab, newline, vertical tab, form feed, CR. */
function countBad(text: string): number {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || c === 0x7f || (c < 0x20 && (c < 0x09 || c > 0x0d))) bad++;
  }
  return bad;
}

/** Decides between damaged UTF-8 and GB18030 when strict UTF-8 decoding has failed. */
function decodeNonUtf8(bytes: Uint8Array): string {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let good = 0;
  let bad = 0;
  for (const ch of lossy) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) > 0x7f) good++;
  }
  // GBK text read as UTF-8 yields a U+FFFD for nearly every Chinese character, while UTF-8 with a
  // truncated or damaged byte keeps almost all of its characters intact.
  if (hasUtf8Bom(bytes) || good >= UTF8_GOOD_PER_BAD * bad) return lossy;
  return new TextDecoder('gb18030').decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError('INGEST_DECODE', `${fileName} has a ${encoding.toUpperCase()} byte-order mark but invalid ${encoding.toUpperCase()} data; save it as UTF-8 text`, { cause });
  }
}

/**
 * Decodes UTF-16 (with BOM), UTF-8 (with or without BOM) or GB18030/GBK text, strips the BOM and turns
 * CRLF/CR line endings into `\n`. Throws INGEST_DECODE when the result is mostly unreadable.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const utf16 = utf16Encoding(bytes);
  let text: string;
  if (utf16) {
    text = decodeUtf16(bytes, utf16, fileName);
  } else {
    try {
      // The default (ignoreBOM: false) drops a leading EF BB BF.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeNonUtf8(bytes);
    }
  }
  const bad = countBad(text);
  if (bad > BAD_ALLOWANCE + MAX_BAD_SHARE * text.length) {
    const share = ((100 * bad) / Math.max(1, text.length)).toFixed(1);
    throw new AppError(
      'INGEST_DECODE',
      `${fileName} could not be decoded as UTF-8 or GB18030 (${share}% unreadable characters); save it as UTF-8 text and upload again`,
    );
  }
  return text.replace(/\r\n?/g, '\n');
}

// A --- (or *** or ___) line after a blank line is a thematic break; right under a text line it underlines a heading.
const THEMATIC_BREAK = /(^|\n[ \t]*\n) {0,3}([-*_])(?:[ \t]*\2){2,}[ \t]*(?=\n|$)/gu;

/**
 * Drops what a Markdown renderer would not show as text: YAML front matter at the very start, HTML
 * comments such as `<!-- INFO END -->`, and thematic breaks (a `---` line between a 公布令 and its text).
 * Everything else, `**` included, is left to the cleaner.
 */
export function stripMarkdownMeta(text: string): string {
  // Front matter: "---\ntitle: 通知\n---\n" at offset 0, closed by --- or ... on a line of its own.
  const withoutFrontMatter = text.replace(/^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, '');
  return withoutFrontMatter.replace(/<!--[\s\S]*?-->/g, '').replace(THEMATIC_BREAK, '$1');
}

/** Reads a TXT or MD file as one page (num 1); throws INGEST_NO_TEXT when it holds only whitespace. */
export function readText(bytes: Uint8Array, fileName: string, format: 'txt' | 'md'): RawDocument {
  const decoded = decodeText(bytes, fileName);
  const text = format === 'md' ? markdownTables(stripMarkdownMeta(decoded)) : decoded;
  if (text.trim() === '') {
    throw new AppError('INGEST_NO_TEXT', `${fileName} contains no text, only whitespace; check that the right file was uploaded`);
  }
  return { format, pages: [{ num: 1, text }] };
}

/** Plain text keeps the author's line breaks. */
export const textReader: Reader = {
  layout: { lineBreaks: 'as-typed', markup: 'none' },
  read: (bytes, fileName) => readText(bytes, fileName, 'txt'),
};

/** Markdown keeps the author's line breaks and its `#` heading marks; its pipe tables become table rows. */
export const markdownReader: Reader = {
  layout: { lineBreaks: 'as-typed', markup: 'markdown' },
  read: (bytes, fileName) => readText(bytes, fileName, 'md'),
};
