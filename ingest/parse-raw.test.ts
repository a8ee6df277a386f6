import { describe, expect, it } from 'vitest';
import { parseRaw } from './parse-raw.js';

describe('parseRaw', () => {
  it('counts 130,000 pages without a RangeError (no spread of every page number into Math.max)', () => {
    const pages = Array.from({ length: 130_000 }, (_, i) => ({ num: i + 1, text: i === 0 ? '关于加强安全生产的通知\n一、各单位每月开展一次检查。' : '' }));
    const doc = parseRaw({ format: 'pdf', pages }, '长文件.pdf', 'f'.repeat(64));
    expect(doc.document.pages).toBe(130_000);
    expect(doc.document.file).toBe('长文件.pdf');
  });

  it('a document without pages counts as one page', () => {
    expect(parseRaw({ format: 'txt', pages: [{ num: 1, text: '一、各单位每月开展一次检查。' }] }, 'a.txt', 'f'.repeat(64)).document.pages).toBe(1);
  });
});
