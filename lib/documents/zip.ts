// Reads a ZIP's central directory without inflating anything, so a DOCX that would expand
// into gigabytes is refused from its declared sizes before any parser sees it. The parse
// worker inflates entries with the same byte cap, so a directory that lies about its sizes
// still cannot grow past it.

import { DocumentError } from "./errors";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Limits from issue 10: 20 MB uncompressed in total, and no more than 100:1 overall. */
export const ZIP_LIMITS = { maxTotalBytes: 20 * 1024 * 1024, maxRatio: 100, maxEntries: 2000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function buf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const b = buf(bytes);
  // The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new DocumentError("PARSE_FAILED", "The DOCX is not a complete ZIP archive (no central directory)");
  const count = b.readUInt16LE(eocd + 10);
  const size = b.readUInt32LE(eocd + 12);
  const offset = b.readUInt32LE(eocd + 16);
  // ZIP64 markers: a resume never needs them, and their sizes would need a second directory.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new DocumentError("TOO_LARGE", "The DOCX uses ZIP64, which no resume needs");
  if (count > ZIP_LIMITS.maxEntries) throw new DocumentError("TOO_LARGE", `The DOCX has too many parts (${count})`);
  if (offset + size > eocd) throw new DocumentError("PARSE_FAILED", "The DOCX's ZIP directory points outside the file");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== CENTRAL)
      throw new DocumentError("PARSE_FAILED", "The DOCX's ZIP directory is damaged");
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    entries.push({
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      uncompressedSize: b.readUInt32LE(p + 24),
      localHeaderOffset: b.readUInt32LE(p + 42),
      name: b.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuses an archive whose declared contents exceed the limits; returns its entries otherwise. */
export function checkZipBudget(bytes: Uint8Array, limits = ZIP_LIMITS): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (total > limits.maxTotalBytes)
    throw new DocumentError(
      "TOO_LARGE",
      `The DOCX would unpack to ${mb(total)}; at most ${mb(limits.maxTotalBytes)} is accepted`,
    );
  const ratio = total / Math.max(1, bytes.byteLength);
  if (ratio > limits.maxRatio)
    throw new DocumentError(
      "TOO_LARGE",
      `The DOCX would unpack to ${Math.round(ratio)} times its size; at most ${limits.maxRatio}:1 is accepted`,
    );
  return entries;
}
