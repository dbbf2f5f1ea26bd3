// Resume intake at submission (nova-api.md §2.2, G5): a resume that cannot be scored is refused
// synchronously with a RESUME_* code, so no scoring job is ever created for it.
import { ResumeIntakeError } from "./errors";
import { extractResumeText } from "./extract-text";
import { DEFAULT_FETCH_LIMITS, fetchResume, type FetchLimits } from "./fetch-resume";
import type { IntakeResult, ResumeInput } from "./types";
import type { ResumeUrlPolicy } from "./url-policy";

export type { IntakeResult, ResumeErrorCode, ResumeInput } from "./types";

/** Turns a submitted resume into text, or says why it cannot be scored (a 422 at submission). */
export async function intakeResume(
  resume: ResumeInput,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  policy?: ResumeUrlPolicy,
): Promise<IntakeResult> {
  // Inline text is taken as is; its length limits are the API's validation.
  if (resume.type === "text") return { ok: true, text: resume.content };
  try {
    const { format, bytes } = await fetchResume(resume.url, limits, policy);
    return { ok: true, text: await extractResumeText(format, bytes) };
  } catch (err) {
    if (err instanceof ResumeIntakeError) return { ok: false, code: err.code, message: err.message };
    // An unexpected parser failure is still the file's problem, never a 500 at submission.
    return { ok: false, code: "RESUME_PARSE_FAILED", message: `Could not parse the resume: ${(err as Error).message}` };
  }
}
