/**
 * Which reader reads each format `detectFormat` gives, in one table (as LlamaIndexTS's
 * FILE_EXT_TO_READER). A new format is a reader file, one row here and a detection rule in
 * detect-format.ts; the `Record` makes a format without a row a type error.
 */
import { docxReader } from './read-docx.js';
import { pdfReader } from './read-pdf.js';
import { markdownReader, textReader } from './read-text.js';
import { htmlReader } from './read-html.js';
import type { Format, Reader } from './reader.js';

export const FORMAT_TO_READER: Readonly<Record<Format, Reader>> = {
  txt: textReader,
  md: markdownReader,
  docx: docxReader,
  pdf: pdfReader,
  html: htmlReader,
};
