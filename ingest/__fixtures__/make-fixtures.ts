/**
 * Test helpers that build real PDF, DOCX and GB18030 files in memory, so reader and pipeline tests
 * exercise the same libraries a user's upload would.
 */
import PDFDocument from 'pdfkit';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
  WidthType,
} from 'docx';
import iconv from 'iconv-lite';

/** Debian's fonts-wqy-microhei; pdfkit's built-in fonts have no CJK glyphs. */
export const CJK_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const CJK_FONT_FAMILY = 'WenQuanYiMicroHei';

const MARGIN = 72;
const BODY_SIZE = 12;
const RUNNING_SIZE = 9;

type PdfDoc = InstanceType<typeof PDFDocument>;

/** Collects pdfkit's stream into one byte array once `end()` has been called. */
function collect(doc: PdfDoc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/** Writes a line in the page margin without pdfkit adding a page for text that is below `maxY`. */
function writeRunning(doc: PdfDoc, text: string, y: number): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.fontSize(RUNNING_SIZE).text(text, MARGIN, y, {
    width: doc.page.width - 2 * MARGIN,
    align: 'center',
    lineBreak: false,
  });
  doc.page.margins.bottom = bottom;
  doc.fontSize(BODY_SIZE);
}

/**
 * A PDF with one page per entry of `pages`, each a list of paragraphs set in a CJK font at A4 width,
 * so long paragraphs wrap visually and extraction shows `\n` mid-sentence. Page breaks fall exactly
 * between the given pages (a paragraph too long for one page overflows onto extra pages).
 * The header is drawn first on each page and the footer last, matching reading order in the content
 * stream; `footer(n, total)` gets the 1-based page number and the page count, e.g. `— ${n} —`.
 */
export async function makePdf(
  pages: string[][],
  opts: { header?: string; footer?: (pageNum: number, total: number) => string } = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, bufferPages: true });
  const done = collect(doc);
  doc.registerFont(CJK_FONT_FAMILY, CJK_FONT_PATH, CJK_FONT_FAMILY);
  doc.font(CJK_FONT_FAMILY).fontSize(BODY_SIZE);
  doc.on('pageAdded', () => {
    if (opts.header) writeRunning(doc, opts.header, MARGIN / 2);
    doc.x = MARGIN;
    doc.y = MARGIN;
  });
  for (const paragraphs of pages) {
    doc.addPage();
    for (const p of paragraphs) doc.text(p, { paragraphGap: 8 });
  }
  const { start, count } = doc.bufferedPageRange();
  if (opts.footer) {
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      writeRunning(doc, opts.footer(i - start + 1, count), doc.page.height - MARGIN / 2 - RUNNING_SIZE);
    }
  }
  doc.end();
  return done;
}

/**
 * A PDF whose pages hold drawn tables (cell borders, as Word and WPS export them): each page is a paragraph
 * before, rows of cells (the first the header, repeated on every page as a long table does), and a paragraph
 * after. A cell's text wraps inside its column.
 */
export async function makeTablePdf(pages: Array<{ before: string; rows: string[][]; after?: string }>, widths: number[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false });
  const done = collect(doc);
  doc.registerFont(CJK_FONT_FAMILY, CJK_FONT_PATH, CJK_FONT_FAMILY);
  doc.font(CJK_FONT_FAMILY).fontSize(BODY_SIZE);
  const rowHeight = BODY_SIZE * 3.2;
  for (const page of pages) {
    doc.addPage();
    doc.text(page.before, MARGIN, MARGIN, { paragraphGap: 8 });
    let y = doc.y + 8;
    for (const row of page.rows) {
      let x = MARGIN;
      row.forEach((cell, c) => {
        const w = widths[c]!;
        doc.rect(x, y, w, rowHeight).stroke();
        doc.text(cell, x + 3, y + 3, { width: w - 6 });
        x += w;
      });
      y += rowHeight;
    }
    if (page.after) doc.text(page.after, MARGIN, y + 12, { paragraphGap: 8 });
  }
  doc.end();
  return done;
}

/** A one-page PDF with Chinese text that opens only with the user password `secret`. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
  const done = collect(doc);
  doc.registerFont(CJK_FONT_FAMILY, CJK_FONT_PATH, CJK_FONT_FAMILY);
  doc.font(CJK_FONT_FAMILY).fontSize(BODY_SIZE).text('本文件已加密，仅供内部传阅。');
  doc.end();
  return done;
}

/** A PDF like a scan without OCR: a drawn rectangle and no text layer. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN });
  const done = collect(doc);
  doc.rect(100, 100, 300, 400).fill('#888888');
  doc.end();
  return done;
}

/** One block of a DOCX made by `makeDocx`; exactly one of heading, paragraph or table is expected. */
export interface DocxBlock {
  heading?: string;
  /** Heading level, 1 by default. */
  level?: 1 | 2 | 3;
  paragraph?: string;
  /** Rows of cell texts; the first row is the header; a `\n` inside a cell starts a new paragraph in it; a row of one cell spans the whole width. */
  table?: string[][];
  /** Cells `[row, col]` that continue the cell above them (a vertical merge); their own text is ignored. */
  mergeDown?: Array<[row: number, col: number]>;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function docxTable(rows: string[][], mergeDown: Array<[number, number]>): Table {
  const continues = new Set(mergeDown.map(([r, c]) => `${r},${c}`));
  const starts = new Set(mergeDown.map(([r, c]) => `${r - 1},${c}`));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map((text, c) => {
            const key = `${r},${c}`;
            // A cell both continuing and being continued stays CONTINUE: Word merges the whole run.
            const verticalMerge = continues.has(key)
              ? VerticalMergeType.CONTINUE
              : starts.has(key)
                ? VerticalMergeType.RESTART
                : undefined;
            const paragraphs = continues.has(key) ? [new Paragraph('')] : text.split('\n').map((t) => new Paragraph(t));
            const columnSpan = cells.length === 1 ? rows[0]!.length : undefined;
            return new TableCell({ children: paragraphs, ...(verticalMerge ? { verticalMerge } : {}), ...(columnSpan ? { columnSpan } : {}) });
          }),
        }),
    ),
  });
}

/** A DOCX built with the `docx` package: headings (Heading 1–3 styles), paragraphs and tables. */
export async function makeDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.heading !== undefined) children.push(new Paragraph({ text: b.heading, heading: HEADINGS[b.level ?? 1] }));
    if (b.paragraph !== undefined) children.push(new Paragraph(b.paragraph));
    if (b.table) children.push(docxTable(b.table, b.mergeDown ?? []));
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Encodes text as GB18030, the encoding of many Chinese government TXT files. */
export function makeGbkText(s: string): Uint8Array {
  return new Uint8Array(iconv.encode(s, 'gb18030'));
}
