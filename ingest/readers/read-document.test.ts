import { describe, it, expect } from 'vitest';
import { makeDocx, makeEncryptedPdf, makeGbkText, makePdf, makeScannedPdf } from '../__fixtures__/make-fixtures.js';
import { readDocument } from './read-document.js';
import { rejection } from '../../core/__fixtures__/rejection.js';

const SENTENCE = '民爆行业，区工信局每月组织开展“全覆盖”安全生产检查，每年至少开展一次民爆监管人员的“全覆盖”业务技能培训。';
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);


describe('readDocument', () => {
  it('dispatches each format to its reader', async () => {
    expect(await readDocument(makeGbkText(SENTENCE), '通知.txt')).toEqual({ format: 'txt', pages: [{ num: 1, text: SENTENCE }] });
    expect(await readDocument(ascii(`<!-- x -->${SENTENCE}`), '通知.md')).toEqual({ format: 'md', pages: [{ num: 1, text: SENTENCE }] });
    expect(await readDocument(await makeDocx([{ paragraph: SENTENCE }]), '通知.docx')).toEqual({
      format: 'docx',
      pages: [{ num: 1, text: SENTENCE }],
    });
    const pdf = await readDocument(await makePdf([[SENTENCE]]), '通知.pdf');
    expect(pdf.format).toBe('pdf');
    expect(pdf.pages.map((p) => [p.num, p.text.replace(/\s/g, '')])).toEqual([[1, SENTENCE]]);
  });

  it('rejects every bad input with its code and a message naming the file', async () => {
    const whole = await makePdf([[SENTENCE]]);
    const cases: Array<[Uint8Array, string, string]> = [
      [new Uint8Array(0), '空文件.txt', 'INGEST_EMPTY_FILE'],
      [ascii('%PDF-1.7\n这不是PDF'), '坏文件.pdf', 'INGEST_CORRUPT'],
      [whole.slice(0, whole.length >> 1), '截断.pdf', 'INGEST_CORRUPT'],
      [await makeEncryptedPdf(), '加密.pdf', 'INGEST_ENCRYPTED'],
      [await makeScannedPdf(), '扫描件.pdf', 'INGEST_NO_TEXT'],
      [ascii(SENTENCE), '不是压缩包.docx', 'INGEST_CORRUPT'],
      [PNG, '图片.txt', 'INGEST_UNSUPPORTED_FORMAT'],
    ];
    for (const [bytes, name, code] of cases) {
      const e = await rejection(readDocument(bytes, name));
      expect([name, e.code]).toEqual([name, code]);
      expect(e.message).toContain(name);
    }
  });

  it('gives the exact messages for an empty and an oversized file', async () => {
    const empty = await rejection(readDocument(new Uint8Array(0), '空文件.txt'));
    expect(empty.message).toBe('空文件.txt is empty (0 bytes); check the file and upload it again');
    const big = await rejection(readDocument(new Uint8Array(Math.round(25.3 * 1024 * 1024)), '汇编.pdf'));
    expect([big.code, big.message]).toEqual([
      'INGEST_TOO_LARGE',
      '汇编.pdf is 25.3 MB, over the 20 MB limit; split it or raise MAX_UPLOAD_MB',
    ]);
    const custom = await rejection(readDocument(makeGbkText(SENTENCE), '通知.txt', { maxBytes: 100 }));
    expect([custom.code, custom.message]).toEqual([
      'INGEST_TOO_LARGE',
      `通知.txt is ${makeGbkText(SENTENCE).byteLength} bytes, over the 100 bytes limit; split it or raise MAX_UPLOAD_MB`,
    ]);
    const justOver = await rejection(readDocument(new Uint8Array(20 * 1024 * 1024 + 1000), '汇编.pdf'));
    expect(justOver.message).toBe('汇编.pdf is 20.001 MB, over the 20 MB limit; split it or raise MAX_UPLOAD_MB');
  });

  it('stops with ABORTED when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const e = await rejection(readDocument(ascii(SENTENCE), '通知.txt', { signal: controller.signal }));
    expect(e.code).toBe('ABORTED');
  });
});
