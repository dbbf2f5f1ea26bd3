import { UserError } from "@/lib/errors";
import { NovaApiError } from "./errors";

/**
 * The one mapping from a Nova failure to words a recruiter can act on (UserError lives in the
 * neutral lib/errors.ts, so this stays free of auth and the database).
 */

export const NO_CRITERIA_MESSAGE = "This job has no active criteria. Generate criteria first.";
export const NOVA_UNAVAILABLE_MESSAGE = "Nova is not answering right now. Try again in a minute.";

const KNOWN: Record<string, string> = {
  QUESTION_SET_NOT_FOUND: "Those clarification questions have expired. Generate new ones.",
  ANSWER_MISMATCH: "Answer every clarification question (and only those).",
  CRITERIA_NOT_FOUND: NO_CRITERIA_MESSAGE,
  CRITERIA_VERSION_NOT_FOUND: "That criteria version does not exist for this job.",
};

/**
 * Why Nova refused one application (shown beside it): our wording for the codes we know,
 * else Nova's own message, which names the problem with that application's resume or data.
 */
export function novaRejectionReason(err: NovaApiError): string {
  return KNOWN[err.code] ?? err.message;
}

/**
 * A Nova failure in an action. Transient trouble (already retried by the client) becomes "try
 * again"; our own request being invalid is our bug, not the recruiter's; the trace id is kept
 * so support can find the request in Nova's portal.
 */
export function novaUserError(err: NovaApiError): UserError {
  if (err.retryable) return new UserError(NOVA_UNAVAILABLE_MESSAGE, "NOVA_UNAVAILABLE");
  const message =
    KNOWN[err.code] ??
    (err.code === "VALIDATION_ERROR"
      ? "Nova refused the request as invalid."
      : `Nova refused the request: ${err.message}${err.traceId ? ` (trace ${err.traceId})` : ""}`);
  return new UserError(message, `NOVA_${err.code}`);
}

/**
 * Runs a Nova call from an action, turning a NovaApiError into a UserError (logged with its
 * trace id). `failure` replaces the message where the action knows better what it means,
 * e.g. that nothing was deleted.
 */
export async function withNova<T>(call: () => Promise<T>, failure?: { message: string; code: string }): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof NovaApiError)) throw err;
    console.warn("[nova]", err.code, err.status, err.traceId, err.message);
    throw failure ? new UserError(failure.message, failure.code) : novaUserError(err);
  }
}
