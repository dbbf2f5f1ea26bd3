import type { z } from "zod";

/** One entry of a validation error's `details` (nova-api.md §4.1). */
export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
  /** Set on an all-rejected batch, so each detail names its application. */
  applicationId?: string;
}

/**
 * A deliberate API error: becomes the flat RFC-7807-style envelope of §4.1. Anything thrown
 * that is not an ApiError is an INTERNAL_ERROR (500) and is logged, never shown.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: { details?: ErrorDetail[]; retryable?: boolean; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ErrorBody {
  type: string;
  code: string;
  status: number;
  message: string;
  retryable: boolean;
  traceId: string;
  details?: ErrorDetail[];
}

/** `RATE_LIMITED` → `https://docs.nova.dweet.com/embed-api/errors#rate-limited` (the G4/G5 form). */
export function errorTypeUri(code: string): string {
  return `https://docs.nova.dweet.com/embed-api/errors#${code.toLowerCase().replace(/_/g, "-")}`;
}

export function errorBody(err: ApiError, traceId: string): ErrorBody {
  const body: ErrorBody = {
    type: errorTypeUri(err.code),
    code: err.code,
    status: err.status,
    message: err.message,
    // 429s and 5xx are worth retrying; a client must fix every other 4xx first.
    retryable: err.options.retryable ?? (err.status === 429 || err.status >= 500),
    traceId,
  };
  if (err.options.details) body.details = err.options.details;
  return body;
}

export function validationError(details: ErrorDetail[], message = "Request validation failed", status = 400): ApiError {
  return new ApiError(status, "VALIDATION_ERROR", message, { details });
}

/** zod issues → `details`, with dotted field paths (`resume.url`, `applications.3.applicationId`). */
export function detailsFromZod(error: z.ZodError, prefix = ""): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return {
      field: [prefix, path].filter(Boolean).join(".") || "body",
      code: issue.code,
      message: issue.message,
    };
  });
}

export function notFound(code: string, message: string): ApiError {
  return new ApiError(404, code, message);
}
