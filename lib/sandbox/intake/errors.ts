import type { ResumeErrorCode } from "./types";

/** A resume that cannot be scored: becomes a 422 with this code at submission, and no job. */
export class ResumeIntakeError extends Error {
  constructor(
    readonly code: ResumeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ResumeIntakeError";
  }
}
