/** Nova's documented sizes and counts (nova-api.md §5.2), shared by validation and intake. */
export const MAX_CONTEXT_CHARS = 15_000;
export const MIN_RESUME_CHARS = 50;
/** Inline resume text over this is a 422 RESUME_TOO_LARGE (not a 400): it is an intake verdict. */
export const MAX_RESUME_BYTES = 100 * 1024;
export const MAX_BATCH_APPLICATIONS = 25;
/** The whole request body. */
export const MAX_BODY_BYTES = 4.5 * 1024 * 1024;
