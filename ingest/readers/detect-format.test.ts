import { describe, it, expect } from 'vitest';
import { makeDocx, makeGbkText, makePdf } from '../__fixtures__/make-fixtures.js';
import { detectFormat } from './detect-format.js';
import { thrown } from '../../core/__fixtures__/rejection.js';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
/** Only the start of a zip and a member name: detection never unzips. */
const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...ascii('xl/workbook.xml')]);


describe('detectFormat', () => {
  it('trusts content over the extension for PDF and DOCX', async () => {
    expect(detectFormat(await makePdf([['安全生产']]), '通知.txt')).toBe('pdf');
    expect(detectFormat(await makeDocx([{ paragraph: '安全生产' }]), '通知')).toBe('docx');
    expect(detectFormat(await makeDocx([{ paragraph: '安全生产' }]), '通知.docx')).toBe('docx');
  });

  it('gives md for .md/.markdown text and txt for other text, GB18030 included', () => {
    expect(detectFormat(ascii('# 一、总则'), '方案.MD')).toBe('md');
    expect(detectFormat(ascii('# 一、总则'), '方案.markdown')).toBe('md');
    expect(detectFormat(makeGbkText('一、总则'), '方案.txt')).toBe('txt');
    expect(detectFormat(makeGbkText('一、总则'), '方案')).toBe('txt');
    expect(detectFormat(new Uint8Array(Buffer.from('\ufeff一、总则', 'utf16le')), 'utf16.txt')).toBe('txt');
  });

  it('rejects images, old .doc, other zips and NUL-laden binaries as unsupported', () => {
    const cases: Array<[Uint8Array, string, string]> = [
      [PNG, '截图.txt', '截图.txt is a PNG image, not a document; upload .docx, .pdf, .txt, .md or .html'],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        '旧版.doc',
        '旧版.doc is an old Office file (.doc/.xls, OLE format), not a document; upload .docx, .pdf, .txt, .md or .html',
      ],
      [XLSX, '清单.docx', '清单.docx is an Excel workbook (.xlsx); upload .docx, .pdf, .txt, .md or .html'],
      [new Uint8Array([0x41, 0x00, 0x42]), 'data.bin', 'data.bin is a binary file, not text; upload .docx, .pdf, .txt, .md or .html'],
    ];
    for (const [bytes, name, message] of cases) {
      const e = thrown(() => detectFormat(bytes, name));
      expect([e.code, e.message]).toEqual(['INGEST_UNSUPPORTED_FORMAT', message]);
    }
  });

  it('calls a .docx or .pdf name with other content corrupt', () => {
    const docx = thrown(() => detectFormat(ascii('一、总则'), '方案.docx'));
    expect([docx.code, docx.message]).toEqual([
      'INGEST_CORRUPT',
      '方案.docx is not a valid .docx (not a zip archive); re-save it from Word as .docx',
    ]);
    const pdf = thrown(() => detectFormat(ascii('一、总则'), '方案.PDF'));
    expect([pdf.code, pdf.message]).toEqual([
      'INGEST_CORRUPT',
      '方案.PDF is not a valid .pdf (no %PDF- header); export it to PDF again',
    ]);
  });
});
