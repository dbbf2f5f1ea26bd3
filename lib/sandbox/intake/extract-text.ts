import { DocumentError, type DocumentErrorCode, extractText } from "@/lib/documents";
import { ResumeIntakeError } from "./errors";
import type { ResumeErrorCode, ResumeFormat } from "./types";

const MIME: Record<ResumeFormat, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

// Nova's resume codes (nova-api.md §5.3) for each reason a document could not be read.
const CODE: Record<DocumentErrorCode, ResumeErrorCode> = {
  UNSUPPORTED: "RESUME_PARSE_FAILED",
  MISMATCH: "RESUME_PARSE_FAILED",
  TOO_LARGE: "RESUME_TOO_LARGE",
  ENCRYPTED: "RESUME_ENCRYPTED",
  CORRUPTED: "RESUME_CORRUPTED",
  EMPTY: "RESUME_EMPTY",
  PARSE_FAILED: "RESUME_PARSE_FAILED",
  TIMEOUT: "RESUME_PARSE_FAILED",
};

/** Turns downloaded resume bytes into plain text, mapping each failure to Nova's resume codes. */
export async function extractResumeText(format: ResumeFormat, bytes: Uint8Array): Promise<string> {
  try {
    return await extractText(bytes, MIME[format]);
  } catch (err) {
    if (err instanceof DocumentError) throw new ResumeIntakeError(CODE[err.code], err.message);
    throw err;
  }
}
