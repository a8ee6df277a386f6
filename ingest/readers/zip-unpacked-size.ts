/**
 * A zip bomb guard for DOCX: a 368 KB file whose word/document.xml inflates to 120 MiB took the server's heap
 * (4.5 GB) when mammoth opened it. Before mammoth (and its jszip) sees an archive, every entry is inflated
 * here with a hard cap on its output, so the limit holds even when the central directory lies about sizes.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../core/errors.js';

const MIB = 1024 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const EOCD_MAX_DISTANCE = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function tooLarge(fileName: string, what: string, maxBytes: number): AppError {
  return new AppError(
    'INGEST_TOO_LARGE_UNPACKED',
    `${fileName} unpacks to more than ${Math.round(maxBytes / MIB)} MB (${what}); a Word file this large is usually a zip bomb or holds huge images: save it again without the images or split it, or raise MAX_UNPACKED_MB`,
  );
}

/** The central directory's entries; undefined when the bytes are not a readable zip (mammoth then says INGEST_CORRUPT). */
function entries(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - EOCD_MAX_DISTANCE); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.byteLength - at - 46)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The entry's data as stored in the archive; undefined when the local header is not where the directory says. */
function storedData(bytes: Uint8Array, e: Entry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.byteLength || view.getUint32(e.localOffset, true) !== LOCAL_SIGNATURE) return undefined;
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.byteLength) return undefined;
  return bytes.subarray(start, start + e.compressedSize);
}

/**
 * Throws INGEST_TOO_LARGE_UNPACKED when the archive's entries together unpack to more than `maxBytes`: first by
 * the sizes the central directory declares (no inflating at all), then by inflating each entry with its output
 * capped at what is left of the budget, which a forged directory cannot get past. Archives it cannot make
 * sense of are left to mammoth, which reports them as corrupt.
 */
export function checkUnpackedSize(bytes: Uint8Array, fileName: string, maxBytes: number): void {
  const list = entries(bytes);
  if (!list) return;
  const declared = list.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > maxBytes) {
    const biggest = list.reduce((a, b) => (b.declaredSize > a.declaredSize ? b : a));
    throw tooLarge(fileName, `${biggest.name} alone says ${Math.round(biggest.declaredSize / MIB)} MB`, maxBytes);
  }
  let left = maxBytes;
  for (const e of list) {
    const data = storedData(bytes, e);
    if (!data) return;
    let size: number;
    if (e.method === STORED) size = data.byteLength;
    else if (e.method === DEFLATED) {
      try {
        size = inflateRawSync(data, { maxOutputLength: left + 1 }).byteLength;
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(fileName, `${e.name} inflates past the limit`, maxBytes);
        return;
      }
    } else return;
    left -= size;
    if (left < 0) throw tooLarge(fileName, `${e.name} inflates past the limit`, maxBytes);
  }
}
