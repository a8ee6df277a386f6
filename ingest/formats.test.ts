import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../core/schemas.js';
import { makeDocx, makePdf } from './__fixtures__/make-fixtures.js';
import { parseDocument } from './parse-document.js';

const corpus = join(import.meta.dirname, '..', 'corpus', 'notices');

async function fromTxt(file: string): Promise<ParsedDocument> {
  return parseDocument(new Uint8Array(readFileSync(join(corpus, file))), file);
}

/** What must survive a format change: structure and text, not page numbers. */
function shape(doc: ParsedDocument) {
  return doc.clauses.map((c) => ({ id: c.id.replace(/^[^#]+/u, ''), path: c.path, kind: c.kind, text: c.text }));
}

/** The TXT's cleaned paragraphs, without markdown emphasis (a PDF or Word file has none). */
function paragraphsOf(doc: ParsedDocument): string[] {
  return doc.text.split('\n\n');
}

describe('PDF and DOCX made from the notices parse like the TXT', () => {
  it('004 as a 3-page PDF with running header, footer and a sentence across a page break', async () => {
    const txt = await fromTxt('004_030a31d8aad843b8.txt');
    const paras = paragraphsOf(txt);
    const cut = paras.findIndex((p) => p.startsWith('2.完善高危行业企业退城入园'));
    const long = paras[cut]!;
    const half = long.indexOf('到2019年12月底');
    const pages = [
      [...paras.slice(0, cut), long.slice(0, half)],
      [long.slice(half), ...paras.slice(cut + 1, cut + 14)],
      paras.slice(cut + 14),
    ];
    const pdf = await makePdf(pages, { header: '宁夏回族自治区工业和信息化厅文件', footer: (n) => `— ${n} —` });
    const parsed = await parseDocument(pdf, '004_030a31d8aad843b8.pdf');
    expect(parsed.document.format).toBe('pdf');
    expect(parsed.text).not.toContain('— 2 —');
    expect(parsed.text.match(/宁夏回族自治区工业和信息化厅文件/gu) ?? []).toHaveLength(0);
    expect(shape(parsed)).toEqual(shape(txt));
    const { format, sha256, file, pages: n, ...meta } = parsed.document;
    const { format: f2, sha256: s2, file: fi2, pages: n2, ...txtMeta } = txt.document;
    expect(meta).toEqual(txtMeta);
    const crossing = parsed.clauses.find((c) => c.text.includes('转产扶持奖励政策，到2019年12月底'))!;
    expect(crossing.page).toBe(1);
    expect(parsed.clauses.find((c) => c.text.startsWith('（三）提升市民安全素质'))!.page).toBeGreaterThanOrEqual(2);
  });

  it('002 as a PDF with 第N页 共M页 footers keeps its inline labels', async () => {
    const txt = await fromTxt('002_c1536b6ac6ba3ddc.txt');
    const paras = paragraphsOf(txt);
    const pages = [paras.slice(0, 12), paras.slice(12, 24), paras.slice(24)];
    const pdf = await makePdf(pages, { footer: (n, total) => `第${n}页 共${total}页` });
    const parsed = await parseDocument(pdf, '002.pdf');
    expect(parsed.text).not.toMatch(/第\d+页/u);
    expect(shape(parsed)).toEqual(shape(txt));
  });

  it('003 as a Word file with headings', async () => {
    const txt = await fromTxt('003_f7d37758b1e40b09.txt');
    const [title, ...rest] = paragraphsOf(txt);
    expect(title).toBe(txt.document.title);
    const blocks = rest.map((p) => (/^[一二三四五六七八九十]+、/u.test(p) ? { heading: p, level: 2 as const } : { paragraph: p }));
    const docx = await makeDocx([{ heading: title, level: 1 }, ...blocks]);
    const parsed = await parseDocument(docx, '003.docx');
    expect(parsed.document.format).toBe('docx');
    expect(parsed.document.title).toBe(txt.document.title);
    expect(shape(parsed)).toEqual(shape(txt));
  });
});
