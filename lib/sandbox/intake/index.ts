// PLACEHOLDER (owned by the sandbox async work, which replaces it): resume intake at submission.
export type ResumeInput = { type: "url"; url: string } | { type: "text"; content: string };

export type ResumeErrorCode =
  | "RESUME_FETCH_FAILED"
  | "RESUME_TOO_LARGE"
  | "RESUME_ENCRYPTED"
  | "RESUME_EMPTY"
  | "RESUME_CORRUPTED"
  | "RESUME_PARSE_FAILED";

export type IntakeResult = { ok: true; text: string } | { ok: false; code: ResumeErrorCode; message: string };

/** Turns a submitted resume into text, or says why it cannot be scored (a 422 at submission). */
export async function intakeResume(resume: ResumeInput): Promise<IntakeResult> {
  if (resume.type === "text") return { ok: true, text: resume.content };
  return { ok: false, code: "RESUME_PARSE_FAILED", message: "URL resumes are not supported yet" };
}
