import { describe, it, expect } from 'vitest';
import { makeEncryptedPdf, makePdf, makeScannedPdf, makeTablePdf } from '../__fixtures__/make-fixtures.js';
import { readPdf } from './read-pdf.js';
import { rejection } from '../../core/__fixtures__/rejection.js';

const HEADER = '威海市文登区工业和信息化局文件';
// Sentences from corpus/002; the third is cut in half across the page break.
const P1 = '一、指导思想';
const P2 =
  '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持人民至上、生命至上，坚持安全第一、预防为主，坚持标本兼治、重在治本，将防范遏制生产安全事故的关口前移到管控风险、整治隐患上来。';
const P3_START = '民爆行业，区工信局每月组织开展“全覆盖”安全生产检查，';
const P3_END = '每年至少开展一次民爆监管人员的“全覆盖”业务技能培训，提升整体执法能力和水平。';
const P4 = '二、工作目标';

const squash = (s: string): string => s.replace(/\s/g, '');


describe('readPdf', () => {
  it('reads two pages with running header and footer, page numbers 1-based', async () => {
    const bytes = await makePdf([[P1, P2, P3_START], [P3_END, P4]], { header: HEADER, footer: (n) => `— ${n} —` });
    const doc = await readPdf(bytes, '文登方案.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages.map((p) => p.num)).toEqual([1, 2]);
    expect(squash(doc.pages[0]?.text ?? '')).toBe(squash(HEADER + P1 + P2 + P3_START + '— 1 —'));
    expect(squash(doc.pages[1]?.text ?? '')).toBe(squash(HEADER + P3_END + P4 + '— 2 —'));
  });

  it('keeps the visual line wraps and the running lines on their own lines', async () => {
    const bytes = await makePdf([[P2]], { header: HEADER, footer: (n, total) => `第${n}页 共${total}页` });
    const lines = (await readPdf(bytes, 'wrap.pdf')).pages[0]?.text.split('\n') ?? [];
    expect(lines[0]).toBe(HEADER);
    expect(lines[lines.length - 1]).toBe('第1页 共1页');
    // The long paragraph wraps at the A4 text width, so it spans several extracted lines.
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(1, -1).join('')).toBe(P2);
  });

  it('leaves the caller’s bytes intact (pdf.js would otherwise detach them)', async () => {
    const bytes = await makePdf([[P2]]);
    const length = bytes.byteLength;
    await readPdf(bytes, 'keep.pdf');
    expect(bytes.byteLength).toBe(length);
  });

  it('rejects a password-protected PDF with INGEST_ENCRYPTED', async () => {
    const e = await rejection(readPdf(await makeEncryptedPdf(), '加密通知.pdf'));
    expect(e.code).toBe('INGEST_ENCRYPTED');
    expect(e.message).toBe('加密通知.pdf is encrypted; remove the password (print to PDF) and upload again');
  });

  it('rejects a PDF without a text layer with INGEST_NO_TEXT', async () => {
    const e = await rejection(readPdf(await makeScannedPdf(), '扫描件.pdf'));
    expect(e.code).toBe('INGEST_NO_TEXT');
    expect(e.message).toBe(
      '扫描件.pdf has no text layer (scanned image?); run OCR first or upload the Word/TXT version',
    );
  });

  it('rejects a truncated PDF with INGEST_CORRUPT', async () => {
    const whole = await makePdf([[P2]]);
    const e = await rejection(readPdf(whole.slice(0, whole.length >> 1), '半截.pdf'));
    expect(e.code).toBe('INGEST_CORRUPT');
    expect(e.message).toBe(
      '半截.pdf could not be parsed as PDF (Invalid PDF structure.); open it in a PDF viewer and export or print it to PDF again',
    );
  });
});

describe('readPdf with drawn tables', () => {
  const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
  const WIDTHS = [40, 170, 100, 110, 80];
  const pages = [
    {
      before: '四、任务分工。各项工作任务的牵头单位、配合单位和完成时限见下表。',
      rows: [HEAD, ['1', '港口危险货物作业企业安全条件复核和重大危险源辨识评估', '市港口管理局', '市应急管理局、市消防救援支队', '2025年9月30日前'], ['2', '码头储罐防雷防静电装置检测', '市气象局', '市港口管理局', '2025年8月31日前']],
    },
    { before: '（续表）', rows: [HEAD, ['3', '港口危险货物事故应急演练', '港区管理委员会', '市应急管理局', '每半年至少1次']], after: '五、工作要求。各单位要按时报送进展。' },
  ];

  it('puts each grid back as a header line and one header：value line per row, a wrapped cell whole', async () => {
    const doc = await readPdf(await makeTablePdf(pages, WIDTHS), '分工表.pdf');
    const first = doc.pages[0]!.text.split('\n');
    expect(first).toContain('【表格】序号｜工作任务｜牵头单位｜配合单位｜完成时限');
    expect(first).toContain('序号：1；工作任务：港口危险货物作业企业安全条件复核和重大危险源辨识评估；牵头单位：市港口管理局；配合单位：市应急管理局、市消防救援支队；完成时限：2025年9月30日前');
    expect(first[0]).toContain('四、任务分工');
  });

  it('continues a table over a page break without a second header line', async () => {
    const doc = await readPdf(await makeTablePdf(pages, WIDTHS), '分工表.pdf');
    const second = doc.pages[1]!.text.split('\n');
    expect(second).not.toContain('【表格】序号｜工作任务｜牵头单位｜配合单位｜完成时限');
    expect(second).toContain('序号：3；工作任务：港口危险货物事故应急演练；牵头单位：港区管理委员会；配合单位：市应急管理局；完成时限：每半年至少1次');
    expect(second.at(-1)).toContain('五、工作要求');
  });
});
