/**
 * Nova's documented sizes and counts (nova-api.md §5.2): the one place for them. The
 * dashboard validates against them before calling Nova; the sandbox enforces them as Nova does.
 */

/** `roleKnowledge` and `applicationData.context` (a cover note), each. */
export const MAX_CONTEXT_CHARS = 15_000;
/** Inline resume text (`resume.type = "text"`): at least this many characters… */
export const MIN_RESUME_CHARS = 50;
/** …and at most this many bytes; more is a 422 RESUME_TOO_LARGE (an intake verdict, not a 400). */
export const MAX_RESUME_TEXT_BYTES = 100 * 1024;
/** Applications per scoring batch. */
export const MAX_BATCH_APPLICATIONS = 25;
/** The whole request body. */
export const MAX_BODY_BYTES = 4.5 * 1024 * 1024;
