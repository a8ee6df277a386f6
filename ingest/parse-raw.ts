/**
 * Pages of one document in, a parsed document out: clean, sort front matter, split clauses, read metadata.
 */
import { createHash } from 'node:crypto';
import type { Gazetteer } from '../core/lexicon/gazetteer.js';
import type { ParsedDocument } from '../core/schemas.js';
import { cleanText } from './clean.js';
import { splitClauses } from './clause-splitter.js';
import { classifyFrontMatter } from './front-matter.js';
import { extractMetadata } from './metadata.js';
import { FORMAT_TO_READER } from './readers/format-to-reader.js';
import type { RawDocument } from './readers/reader.js';

/** A stable document id from the file name: 003_f7d37758b1e40b09.txt → 003_f7d37758b1e40b09. */
export function docIdFor(file: string): string {
  const stem = file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  return stem.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'doc';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parses already-read pages, cleaned as the layout of the format's reader says; separate from I/O so
 * tests can feed text directly. With `places` (the lexicon's gazetteer) the document's place is read too.
 */
export function parseRaw(raw: RawDocument, file: string, hash: string, docId = docIdFor(file), options: { places?: Gazetteer } = {}): ParsedDocument {
  const cleaned = cleanText(raw.pages, FORMAT_TO_READER[raw.format].layout);
  const front = classifyFrontMatter(cleaned.text, cleaned.paragraphs);
  const clauses = splitClauses(docId, cleaned, front);
  const fallbackTitle = file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const meta = extractMetadata(cleaned.text, cleaned.paragraphs, front, fallbackTitle, options.places);
  // A loop, not Math.max(...nums): spreading 130,000 page numbers overflows the call stack.
  const pages = raw.pages.reduce((most, p) => Math.max(most, p.num), 1);
  return {
    document: { id: docId, file: file.replace(/^.*[\\/]/u, ''), format: raw.format, sha256: hash, ...meta, pages },
    text: cleaned.text,
    clauses,
  };
}

