import { UserError } from "@/lib/errors";
import { NovaApiError } from "@/lib/nova";

const MESSAGES: Record<string, string> = {
  QUESTION_SET_NOT_FOUND: "Those clarification questions have expired. Generate new ones.",
  ANSWER_MISMATCH: "Answer every clarification question (and only those).",
  CRITERIA_NOT_FOUND: "This job has no active criteria. Generate criteria first.",
  CRITERIA_VERSION_NOT_FOUND: "That criteria version does not exist for this job.",
  VALIDATION_ERROR: "Nova refused the request as invalid.",
};

/** The user-facing words for a stale X-Expected-Criteria-Revision (the user's edit stays on screen). */
export const CRITERIA_CONFLICT_MESSAGE = "Someone else changed these criteria — reload to see their version";

/**
 * Nova's code for a stale revision was not captured (nova-api.md §9.12; the sandbox says
 * CRITERIA_REVISION_MISMATCH): any 409/412 that is not an idempotency clash counts as one.
 */
function isRevisionConflict(err: NovaApiError): boolean {
  if (/REVISION/i.test(err.code)) return true;
  return (err.status === 409 || err.status === 412) && !err.code.startsWith("IDEMPOTENCY");
}

/**
 * Runs a Nova call from an action, turning Nova's refusals into messages a recruiter can act
 * on. Transient trouble (already retried by the client) becomes "try again"; the trace id is
 * kept in the message so support can find the request in Nova's portal.
 */
export async function withNova<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof NovaApiError)) throw err;
    console.warn("[nova]", err.code, err.status, err.traceId, err.message);
    if (isRevisionConflict(err)) throw new UserError(CRITERIA_CONFLICT_MESSAGE, "CRITERIA_CONFLICT");
    if (err.retryable)
      throw new UserError("Nova is not answering right now. Try again in a minute.", "NOVA_UNAVAILABLE");
    const known = MESSAGES[err.code];
    throw new UserError(
      known ?? `Nova refused the request: ${err.message}${err.traceId ? ` (trace ${err.traceId})` : ""}`,
      `NOVA_${err.code}`,
    );
  }
}
