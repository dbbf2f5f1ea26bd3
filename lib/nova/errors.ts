/**
 * A failed Nova call, carrying what the §4 error envelope says (code, status, traceId,
 * retryable) so callers can decide without parsing messages. Network failures and timeouts
 * are NovaApiErrors too (status 0, code NETWORK_ERROR / TIMEOUT, retryable).
 */
export class NovaApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly traceId: string | null;
  readonly retryable: boolean;
  readonly details: unknown;
  /** Seconds from `Retry-After`, when Nova sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    code: string;
    status: number;
    message: string;
    traceId?: string | null;
    retryable?: boolean;
    details?: unknown;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = "NovaApiError";
    this.code = init.code;
    this.status = init.status;
    this.traceId = init.traceId ?? null;
    this.retryable = init.retryable ?? isRetryableStatus(init.status);
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** 429, 5xx and "no response at all" are worth another try; other 4xx need a different request. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}
