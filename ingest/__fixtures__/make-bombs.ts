/**
 * Test helpers that build hostile files for real: a DOCX zip bomb, a PDF with tens of thousands of pages and a
 * PDF whose one content stream inflates to hundreds of megabytes. They are streamed through zlib chunk by chunk,
 * so a test holds the small compressed file, never the unpacked size.
 */
import { createDeflate, createDeflateRaw, crc32, type Deflate, type DeflateRaw } from 'node:zlib';

const MIB = 1024 * 1024;

/** Feeds `prefix`, then `unit` repeated until `size` bytes, then `suffix` through a deflater; resolves with its output and the crc32 of the input. */
async function deflateRepeated(z: Deflate | DeflateRaw, prefix: string, unit: string, suffix: string, size: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const chunks: Buffer[] = [];
  z.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  const unitBytes = Buffer.from(unit);
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor(MIB / unitBytes.byteLength))));
  let crc = 0;
  let written = 0;
  const write = async (b: Buffer): Promise<void> => {
    crc = crc32(b, crc);
    written += b.byteLength;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  };
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  await write(head);
  let body = size - head.byteLength - tail.byteLength;
  while (body >= block.byteLength) {
    await write(block);
    body -= block.byteLength;
  }
  const units = Math.floor(body / unitBytes.byteLength);
  if (units > 0) await write(Buffer.from(unit.repeat(units)));
  await write(tail);
  z.end();
  await ended;
  return { data: Buffer.concat(chunks), crc, size: written };
}

interface ZipEntry {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  /** What the central directory claims the entry unpacks to; a forged (small) value hides a bomb from size checks. */
  declaredSize?: number;
}

/** A zip archive of deflated entries, with local headers, a central directory and its end record. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.declaredSize ?? e.size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.byteLength, 20);
    central.writeUInt32LE(e.declaredSize ?? e.size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + e.data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

async function deflated(name: string, text: string): Promise<ZipEntry> {
  return { name, ...(await deflateRepeated(createDeflateRaw(), '', text, '', Buffer.byteLength(text))) };
}

/**
 * A real .docx whose word/document.xml is `unpackedBytes` of repeated paragraphs (the bomb: 120 MiB
 * in a 368 KB file). With `forgeSize`, the central directory claims 1 KB for it.
 */
export async function makeDocxBomb(unpackedBytes: number, opts: { forgeSize?: boolean; paragraph?: string } = {}): Promise<Uint8Array> {
  const paragraph = `<w:p><w:r><w:t>${opts.paragraph ?? '一、企业每月开展一次安全生产检查。'}</w:t></w:r></w:p>`;
  const doc = await deflateRepeated(createDeflateRaw({ level: 9 }), DOC_HEAD, paragraph, DOC_TAIL, unpackedBytes);
  return zip([
    await deflated('[Content_Types].xml', CONTENT_TYPES),
    await deflated('_rels/.rels', RELS),
    { name: 'word/document.xml', ...doc, ...(opts.forgeSize ? { declaredSize: 1024 } : {}) },
  ]);
}

/** A PDF from numbered objects (index 0 is object 1), with a correct cross-reference table. */
function pdf(objects: Array<string | Buffer>): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0]!.byteLength;
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(at);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n')]);
    parts.push(body);
    at += body.byteLength;
  }
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const PAGE_TEXT = 'BT /F1 12 Tf 72 720 Td (Safety inspection every month.) Tj ET';

/** A PDF of `pages` pages that all show the same line (the 20,000 pages in 1.8 MB). */
export function makeManyPagesPdf(pages: number): Uint8Array {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>';
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${PAGE_TEXT.length} >>\nstream\n${PAGE_TEXT}\nendstream`,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/** A one-page PDF whose content stream is a FlateDecode stream inflating to `unpackedBytes` (the 1 GB and 4 GB streams). */
export async function makeStreamBombPdf(unpackedBytes: number): Promise<Uint8Array> {
  // Spaces between a real text operator at each end: pdf.js must read the whole stream to get the page's text.
  const { data } = await deflateRepeated(createDeflate({ level: 9 }), `${PAGE_TEXT}\n`, ' ', `\n${PAGE_TEXT}`, unpackedBytes);
  const stream = Buffer.concat([Buffer.from(`<< /Length ${data.byteLength} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
  ]);
}
