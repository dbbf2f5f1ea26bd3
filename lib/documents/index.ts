// Text extraction from uploaded documents (PDF, DOCX, DOC), shared by the Nova sandbox's intake
// and the dashboard. Not Nova-specific. Every parse runs in a bounded worker (parse-pool.ts);
// DOCX archives are checked against their declared sizes before anything is inflated (zip.ts).

import { docToText } from "./doc";
import { docxToText } from "./docx";
import { DocumentError } from "./errors";
import { runParse, type ParseLimits, PARSE_LIMITS } from "./parse-pool";
import { layoutPdf } from "./pdf-layout";
import { checkZipBudget, ZIP_LIMITS } from "./zip";

export { DocumentError, type DocumentErrorCode } from "./errors";
export { parseLoad } from "./parse-pool";

export type DocumentFormat = "pdf" | "docx" | "doc";

const FORMAT_BY_MIME: Record<string, DocumentFormat> = {
  "application/pdf": "pdf",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** The format for a MIME type (parameters ignored), or null when it is not one we read. */
export function formatOf(mime: string): DocumentFormat | null {
  return FORMAT_BY_MIME[mime.split(";")[0]!.trim().toLowerCase()] ?? null;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** A declared type must match the bytes: a renamed file is refused before any parser sees it. */
export function hasMagic(format: DocumentFormat, bytes: Uint8Array): boolean {
  if (format === "doc") return startsWith(bytes, OLE_MAGIC);
  if (format === "docx") return startsWith(bytes, ZIP_MAGIC);
  // PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000 §7.5.2 note).
  return latin1(bytes.subarray(0, 1024)).includes("%PDF-");
}

export interface ExtractOptions {
  parse?: ParseLimits;
  zip?: typeof ZIP_LIMITS;
}

/**
 * The text a reader sees in a PDF, DOCX or DOC: line breaks, bullets, table rows (cells on one
 * line) and reading order kept, wrapped lines re-joined. Throws DocumentError with a code and a
 * message fit to show the person who uploaded the file.
 */
export async function extractText(bytes: Uint8Array, mime: string, options: ExtractOptions = {}): Promise<string> {
  const format = formatOf(mime);
  if (!format) throw new DocumentError("UNSUPPORTED", `Cannot read text from "${mime}" files`);
  if (!hasMagic(format, bytes))
    throw new DocumentError(
      "MISMATCH",
      `The file's content is not a ${format.toUpperCase()} although its type says so`,
    );
  const limits = options.parse ?? PARSE_LIMITS;
  let text: string;
  if (format === "docx") {
    const zipLimits = options.zip ?? ZIP_LIMITS;
    const entries = checkZipBudget(bytes, zipLimits);
    const parts = await runParse({ format, bytes, entries, maxBytes: zipLimits.maxTotalBytes }, limits);
    if (!("docx" in parts)) throw new DocumentError("PARSE_FAILED", "Unexpected reader output");
    text = docxToText(parts.docx.document, parts.docx.numbering);
  } else if (format === "pdf") {
    // pdf.js silently rebuilds a missing tail from the objects it finds, so a truncated upload
    // could pass with half its text; a file without its end-of-file marker is refused instead.
    if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF"))
      throw new DocumentError("CORRUPTED", "The PDF is truncated (no end-of-file marker)");
    const parts = await runParse({ format, bytes }, limits);
    if (!("pdf" in parts)) throw new DocumentError("PARSE_FAILED", "Unexpected reader output");
    text = layoutPdf(parts.pdf.pages);
  } else {
    const parts = await runParse({ format, bytes }, limits);
    if (!("doc" in parts)) throw new DocumentError("PARSE_FAILED", "Unexpected reader output");
    text = docToText(parts.doc.body);
  }
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!cleaned) throw new DocumentError("EMPTY", "The document has no extractable text (a scanned image?)");
  return cleaned;
}
