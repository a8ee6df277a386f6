import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDuties } from '../core/duties/extract-duties.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { makeDocxBomb, makeManyPagesPdf, makeStreamBombPdf } from './__fixtures__/make-bombs.js';
import { rejection } from '../core/__fixtures__/rejection.js';
import { createDocumentParser } from './document-parser.js';
import { parseDocument } from './parse-document.js';

const MIB = 1024 * 1024;
const lexicon = loadLexicon();
const { aliases } = lexicon;
const CORPUS = join(import.meta.dirname, '..', 'corpus', 'notices');
const parser = createDocumentParser(lexicon, { maxBytes: 20 * MIB, memoryMb: 512 });
afterAll(() => parser.close());

describe('createDocumentParser', () => {
  it('gives the same document and duties as parsing on the main thread', async () => {
    const file = '002_c1536b6ac6ba3ddc.txt';
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    const here = await parseDocument(bytes, file, { docId: 'n2', places: lexicon.places });
    const there = await parser.parse(bytes, file, { docId: 'n2' });
    expect(there.doc).toEqual(here);
    expect(there.duties).toEqual(extractDuties(here, aliases));
    expect(there.duties.length).toBeGreaterThan(0);
  });

  it('refuses the issue’s zip bomb (a 120 MiB word/document.xml) before mammoth opens it', async () => {
    const bomb = await makeDocxBomb(120 * MIB);
    expect(bomb.byteLength).toBeLessThan(600 * 1024);
    const e = await rejection(parser.parse(bomb, '炸弹.docx'));
    expect(e.code).toBe('INGEST_TOO_LARGE_UNPACKED');
    expect(e.statusCode).toBe(413);
    expect(e.message).toBe('炸弹.docx unpacks to more than 100 MB (word/document.xml alone says 120 MB); a Word file this large is usually a zip bomb or holds huge images: save it again without the images or split it, or raise MAX_UNPACKED_MB');
  });

  it('refuses a zip bomb whose central directory lies about the size: inflating is capped too', async () => {
    const e = await rejection(parser.parse(await makeDocxBomb(120 * MIB, { forgeSize: true }), '伪装.docx'));
    expect(e.code).toBe('INGEST_TOO_LARGE_UNPACKED');
    expect(e.message).toContain('伪装.docx unpacks to more than 100 MB (word/document.xml inflates past the limit)');
  });

  it('reads the same hand-made archive when it is small, so the bomb is a real .docx', async () => {
    const { doc } = await parser.parse(await makeDocxBomb(4000), '小.docx');
    expect(doc.text.startsWith('一、企业每月开展一次安全生产检查。')).toBe(true);
  });

  it('refuses 20,000 PDF pages from the page count, before extracting any text', async () => {
    const e = await rejection(parser.parse(makeManyPagesPdf(20_000), '两万页.pdf'));
    expect(e.code).toBe('INGEST_TOO_MANY_PAGES');
    expect(e.message).toBe('两万页.pdf has 20000 pages, over the limit of 2000; split it into parts of at most 2000 pages, or raise MAX_PAGES');
  });

  it('stops a PDF whose one stream inflates to 1 GiB when the memory limit is reached, and parses the next file', async () => {
    const bomb = await makeStreamBombPdf(1024 * MIB);
    expect(bomb.byteLength).toBeLessThan(2 * MIB);
    const e = await rejection(parser.parse(bomb, '流.pdf'));
    expect(e.code).toBe('INGEST_TOO_LARGE_UNPACKED');
    expect(e.message).toBe('reading 流.pdf needed more than 512 MB of memory (it unpacks to far more than its size, as a compressed bomb does) and was stopped; split it or save it again, or raise PARSE_MEMORY_MB');
    const { doc } = await parser.parse(makeManyPagesPdf(3), '三页.pdf');
    expect(doc.document.pages).toBe(3);
  });

  it('stops a file that takes longer than the time limit', async () => {
    const slow = createDocumentParser(lexicon, { timeoutMs: 300 });
    try {
      const e = await rejection(slow.parse(makeManyPagesPdf(2000), '慢.pdf'));
      expect(e.code).toBe('INGEST_TIMEOUT');
      expect(e.statusCode).toBe(422);
      expect(e.message).toBe('慢.pdf took longer than 0.3 s to read and was stopped; split it into smaller files, or raise PARSE_TIMEOUT_MS');
    } finally {
      await slow.close();
    }
  });

  it('passes the reader’s own errors through with their codes', async () => {
    const e = await rejection(parser.parse(new TextEncoder().encode('%PDF-1.7 not a pdf'), '坏.pdf'));
    expect(e.code).toBe('INGEST_CORRUPT');
    expect(e.statusCode).toBe(400);
  });
});
