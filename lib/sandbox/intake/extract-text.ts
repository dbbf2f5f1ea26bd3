import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import WordExtractor from "word-extractor";
import { ResumeIntakeError } from "./errors";
import type { ResumeFormat } from "./types";

/** Turns downloaded resume bytes into plain text, mapping each failure to Nova's resume codes. */
export async function extractResumeText(format: ResumeFormat, bytes: Uint8Array): Promise<string> {
  if (!hasMagic(format, bytes)) {
    throw new ResumeIntakeError(
      "RESUME_PARSE_FAILED",
      `The file's content is not a ${format.toUpperCase()} although its Content-Type says so`,
    );
  }
  const text =
    format === "pdf" ? await pdfText(bytes) : format === "docx" ? await docxText(bytes) : await docText(bytes);
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!cleaned) throw new ResumeIntakeError("RESUME_EMPTY", "The resume has no extractable text (a scanned image?)");
  return cleaned;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** A declared type must match the bytes: a renamed file is refused before any parser sees it. */
export function hasMagic(format: ResumeFormat, bytes: Uint8Array): boolean {
  if (format === "doc") return startsWith(bytes, OLE_MAGIC);
  if (format === "docx") return startsWith(bytes, ZIP_MAGIC);
  // PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000 §7.5.2 note).
  return latin1(bytes.subarray(0, 1024)).includes("%PDF-");
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js silently rebuilds a missing tail from the objects it finds, so a truncated upload
  // could pass with half its text; a file without its end-of-file marker is refused instead.
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF")) {
    throw new ResumeIntakeError("RESUME_CORRUPTED", "The PDF is truncated (no end-of-file marker)");
  }
  let pdf;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    const name = (err as Error).name;
    if (name === "PasswordException") throw new ResumeIntakeError("RESUME_ENCRYPTED", "The PDF is password-protected");
    if (name === "InvalidPDFException" || name === "FormatError") {
      throw new ResumeIntakeError("RESUME_CORRUPTED", `The PDF is malformed: ${(err as Error).message}`);
    }
    throw new ResumeIntakeError("RESUME_PARSE_FAILED", `Could not read the PDF: ${(err as Error).message}`);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n\n");
  } catch (err) {
    throw new ResumeIntakeError("RESUME_CORRUPTED", `The PDF's content could not be read: ${(err as Error).message}`);
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (err) {
    throw new ResumeIntakeError("RESUME_PARSE_FAILED", `Could not read the DOCX: ${(err as Error).message}`);
  }
}

async function docText(bytes: Uint8Array): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    return doc.getBody();
  } catch (err) {
    throw new ResumeIntakeError("RESUME_PARSE_FAILED", `Could not read the DOC: ${(err as Error).message}`);
  }
}
