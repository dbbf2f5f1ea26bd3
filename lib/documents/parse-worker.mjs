// The byte-level half of document parsing, run in a worker thread with a heap cap and a time
// limit (see parse-pool.ts). It is plain JavaScript because a worker is started by Node itself,
// outside Next's bundler and TypeScript: it only unpacks bytes into raw parts (DOCX XML, PDF
// text items with their positions, DOC body text). Turning those parts into lines is done in
// TypeScript (docx.ts, pdf-layout.ts, doc.ts) on bounded input.
import { parentPort } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";

const fail = (code, message) => ({ error: { code, message } });

function entryBytes(bytes, entry, budget) {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > b.length || b.readUInt32LE(p) !== 0x04034b50) throw new RangeError("damaged local header");
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new RangeError(`unsupported compression method ${entry.method}`);
  // The directory's sizes may lie: the output cap holds whatever the stream really expands to.
  return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, entry.uncompressedSize + 1)) });
}

function docx({ bytes, entries, maxBytes }) {
  const parts = {};
  let budget = maxBytes;
  for (const name of ["word/document.xml", "word/numbering.xml"]) {
    const entry = entries.find((e) => e.name === name);
    if (!entry) continue;
    let out;
    try {
      out = entryBytes(bytes, entry, budget);
    } catch (err) {
      if (err && err.code === "ERR_BUFFER_TOO_LARGE")
        return fail("TOO_LARGE", "The DOCX unpacks to more than is accepted");
      return fail("PARSE_FAILED", `The DOCX's ${name} could not be unpacked`);
    }
    budget -= out.length;
    parts[name] = out.toString("utf8");
  }
  if (!parts["word/document.xml"]) return fail("PARSE_FAILED", "The DOCX has no word/document.xml");
  return { docx: { document: parts["word/document.xml"], numbering: parts["word/numbering.xml"] ?? "" } };
}

async function pdf({ bytes }) {
  const { getDocumentProxy } = await import("unpdf");
  let doc;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    const name = err?.name;
    if (name === "PasswordException") return fail("ENCRYPTED", "The PDF is password-protected");
    if (name === "InvalidPDFException" || name === "FormatError")
      return fail("CORRUPTED", `The PDF is malformed: ${err.message}`);
    return fail("PARSE_FAILED", `Could not read the PDF: ${err?.message}`);
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== "string" || it.str.length === 0) continue;
        const t = it.transform;
        items.push({ s: it.str, x: t[4] - x0, y: t[5] - y0, w: it.width, h: it.height || Math.abs(t[3]) || 10 });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { pdf: { pages } };
  } catch (err) {
    return fail("CORRUPTED", `The PDF's content could not be read: ${err?.message}`);
  } finally {
    await doc.destroy();
  }
}

// Word 97 keeps list membership in paragraph properties (sprmPIlfo), not in the text, so
// word-extractor drops every bullet. After it has read the paragraph properties, each list
// paragraph's end mark is swapped for LIST_END (same length: the piece table must not change
// size); doc.ts turns those paragraphs back into "• " lines. Pinned word-extractor 1.0.4.
const LIST_END = "\uE000";
const SPRM_P_ILFO = 0x460b;

function markListParagraphs(buffer, tableBuffer) {
  const pieces = this._pieces;
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  const plc = tableBuffer.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i++) {
    const block = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = buffer.subarray(block * 512, (block + 1) * 512);
    if (fkp.length < 512) continue;
    const crun = fkp.readUInt8(511);
    for (let j = 0; j < crun; j++) {
      const fcEnd = fkp.readUInt32LE((j + 1) * 4);
      const at = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
      if (at === 0) continue;
      const cb = fkp.readUInt8(at);
      const grp =
        cb !== 0 ? fkp.subarray(at + 1, at + 2 * cb) : fkp.subarray(at + 2, at + 2 + 2 * fkp.readUInt8(at + 1));
      let list = false;
      for (let o = 2; o + 3 < grp.length;) {
        const sprm = grp.readUInt16LE(o);
        const spra = (sprm >> 13) & 7;
        if (sprm === SPRM_P_ILFO && grp.readUInt16LE(o + 2) !== 0) list = true;
        o += 2 + (spra === 6 ? grp.readUInt8(o + 2) + 1 : [1, 1, 2, 4, 2, 2, 0, 3][spra]);
      }
      if (!list) continue;
      const piece = pieces.find((p) => fcEnd > p.startFilePos && fcEnd <= p.startFilePos + p.size);
      if (!piece) continue;
      const k = (fcEnd - piece.startFilePos) / piece.bpc - 1;
      if (piece.text[k] === "\r") piece.text = piece.text.slice(0, k) + LIST_END + piece.text.slice(k + 1);
    }
  }
}

let patched = false;
async function doc({ bytes }) {
  const { default: WordExtractor } = await import("word-extractor");
  if (!patched) {
    const { default: Ole } = await import("word-extractor/lib/word-ole-extractor.js");
    const read = Ole.prototype.writeParagraphProperties;
    Ole.prototype.writeParagraphProperties = function (buffer, tableBuffer) {
      read.call(this, buffer, tableBuffer);
      try {
        markListParagraphs.call(this, buffer, tableBuffer);
      } catch {
        // Bullets are a nicety: a file whose properties we cannot walk still yields its text.
      }
    };
    patched = true;
  }
  try {
    const d = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // The default filter turns dashes and curly quotes into ASCII; keep what the author typed.
    return { doc: { body: d.getBody({ filterUnicode: false }) } };
  } catch (err) {
    return fail("PARSE_FAILED", `Could not read the DOC: ${err?.message}`);
  }
}

parentPort.on("message", async (job) => {
  let result;
  try {
    result = job.format === "docx" ? docx(job) : job.format === "pdf" ? await pdf(job) : await doc(job);
  } catch (err) {
    result = fail("PARSE_FAILED", `Could not read the ${String(job.format).toUpperCase()}: ${err?.message}`);
  }
  parentPort.postMessage(result);
});
