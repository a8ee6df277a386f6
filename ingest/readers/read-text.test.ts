import { describe, it, expect } from 'vitest';
import { makeGbkText } from '../__fixtures__/make-fixtures.js';
import { decodeText, readText } from './read-text.js';
import { thrown } from '../../core/__fixtures__/rejection.js';

// Lines from corpus/004, with a character outside GBK (𠀀, GB18030 four-byte) and a euro sign.
const TEXT =
  '宁工信安委发〔2019〕19号\n\n一、加强城市安全源头治理\n\n' +
  '1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）\n𠀀€';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];


describe('decodeText', () => {
  it('reads GB18030 and UTF-8 with a BOM to the same string', () => {
    const gbk = decodeText(makeGbkText(TEXT), 'gbk.txt');
    const bom = decodeText(new Uint8Array([...BOM, ...utf8(TEXT)]), 'bom.txt');
    expect(gbk).toBe(TEXT);
    expect(bom).toBe(TEXT);
  });

  it('reads UTF-8 without a BOM, and UTF-16 LE and BE with one', () => {
    expect(decodeText(utf8(TEXT), 'a.txt')).toBe(TEXT);
    const le = Buffer.from('\ufeff' + TEXT, 'utf16le');
    expect(decodeText(new Uint8Array(le), 'le.txt')).toBe(TEXT);
    expect(decodeText(new Uint8Array(Buffer.from(le).swap16()), 'be.txt')).toBe(TEXT);
  });

  it('reads GBK that is mostly ASCII as GBK', () => {
    const s = `Contact: 赵立忠, tel 0951-6038738. ${'x'.repeat(2000)}`;
    expect(decodeText(makeGbkText(s), 'ascii.txt')).toBe(s);
  });

  it('turns CRLF and CR into LF', () => {
    expect(decodeText(makeGbkText('一、总则\r\n\r\n（一）目标\r二、措施'), 'crlf.txt')).toBe('一、总则\n\n（一）目标\n二、措施');
  });

  it('keeps UTF-8 with one stray byte as UTF-8 instead of reading it as GB18030', () => {
    const bytes = utf8(TEXT);
    // Byte 9 is the boundary after 宁工信 (three bytes each).
    const damaged = new Uint8Array([...bytes.slice(0, 9), 0xff, ...bytes.slice(9)]);
    expect(decodeText(damaged, 'damaged.txt')).toBe(TEXT.slice(0, 3) + '\ufffd' + TEXT.slice(3));
  });

  it('rejects control-character garbage with INGEST_DECODE naming the file', () => {
    const e = thrown(() => decodeText(new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x42, 0x43]), '乱码.txt'));
    expect(e.code).toBe('INGEST_DECODE');
    expect(e.message).toBe(
      '乱码.txt could not be decoded as UTF-8 or GB18030 (50.0% unreadable characters); save it as UTF-8 text and upload again',
    );
  });
});

describe('readText', () => {
  it('gives one page numbered 1', () => {
    expect(readText(makeGbkText(TEXT), '通知.txt', 'txt')).toEqual({ format: 'txt', pages: [{ num: 1, text: TEXT }] });
  });

  it('drops YAML front matter and HTML comments from markdown but keeps other markup', () => {
    const md = '---\ntitle: 实施方案\ndate: 2024-03-26\n---\n# 一、指导思想\n<!-- INFO END -->\n**民爆行业**，区工信局每月检查。<!--\n备注\n-->\n';
    expect(readText(utf8(md), 'a.md', 'md').pages[0]?.text).toBe('# 一、指导思想\n\n**民爆行业**，区工信局每月检查。\n');
  });

  it('leaves a --- rule that is not at the start of a markdown file', () => {
    expect(readText(utf8('正文\n---\n附件\n---\n'), 'b.md', 'md').pages[0]?.text).toBe('正文\n---\n附件\n---\n');
  });

  it('drops a thematic break between a 公布令 and the text it publishes', () => {
    const md = '# 萸州市人民政府令\n\n2026年1月20日\n\n---\n\n## 萸州市人民政府关于修改和废止部分市政府规章的决定\n';
    expect(readText(utf8(md), 'c.md', 'md').pages[0]?.text).toBe('# 萸州市人民政府令\n\n2026年1月20日\n\n\n\n## 萸州市人民政府关于修改和废止部分市政府规章的决定\n');
  });

  it('rejects whitespace-only text with INGEST_NO_TEXT', () => {
    const e = thrown(() => readText(utf8(' \n\u3000\n'), '空.txt', 'txt'));
    expect(e.code).toBe('INGEST_NO_TEXT');
    expect(e.message).toBe('空.txt contains no text, only whitespace; check that the right file was uploaded');
  });
});
