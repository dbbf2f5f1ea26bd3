export type ResumeInput = { type: "url"; url: string } | { type: "text"; content: string };

export type ResumeErrorCode =
  | "RESUME_FETCH_FAILED"
  | "RESUME_TOO_LARGE"
  | "RESUME_ENCRYPTED"
  | "RESUME_EMPTY"
  | "RESUME_CORRUPTED"
  | "RESUME_PARSE_FAILED";

export type IntakeResult = { ok: true; text: string } | { ok: false; code: ResumeErrorCode; message: string };

/** The resume formats Nova accepts by URL (nova-api.md §5.3), keyed by their Content-Type. */
export type ResumeFormat = "pdf" | "doc" | "docx";
