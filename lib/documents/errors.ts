/** Why a document's text could not be read. Callers map these onto their own codes. */
export type DocumentErrorCode =
  "UNSUPPORTED" | "MISMATCH" | "TOO_LARGE" | "ENCRYPTED" | "CORRUPTED" | "EMPTY" | "PARSE_FAILED" | "TIMEOUT";

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}
