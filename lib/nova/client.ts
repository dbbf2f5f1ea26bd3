import { randomUUID } from "node:crypto";
import { z } from "zod";
import { NovaApiError } from "./errors";
import { bucketFor, processPacer, type RequestPacer } from "./pacing";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from "./retry";
import {
  batchStatusResponse,
  batchSubmitResponse,
  currentCriteriaResponse,
  deletionResponse,
  errorEnvelope,
  generationReply,
  analyticsErrorsResponse,
  analyticsLatencyResponse,
  analyticsOverviewResponse,
  libraryItemResponse,
  libraryListResponse,
  rateLimitStatusResponse,
  testWebhookResponse,
  questionSetResponse,
  scoringJobEnvelope,
} from "./schemas";
import type { Importance } from "./importance";

export interface JobContext {
  jobTitle: string;
  companyName: string;
  jobDescription: string;
  additionalInfo?: string;
  language?: string;
}

export type ResumeInput = { type: "url"; url: string } | { type: "text"; content: string };

export interface ApplicationData {
  applicationAnswers?: { question: string; answer: string }[];
  context?: string;
}

export interface ScoringRequest {
  resume: ResumeInput;
  jobDescription: string;
  roleKnowledge?: string;
  applicationData?: ApplicationData;
  rescore?: { enabled: true; criteriaVersionId?: string };
}

export interface BatchRequest {
  jobDescription: string;
  roleKnowledge?: string;
  applications: { applicationId: string; resume: ResumeInput; applicationData?: ApplicationData }[];
}

export interface NovaClientOptions {
  baseUrl: string;
  apiKey: string;
  /** The org's Nova tenant, sent as X-Tenant-Id. */
  tenantId: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  pacer?: RequestPacer;
  /** Per attempt. Criteria AI calls are synchronous and take 10–20 s, so they get longer. */
  timeoutMs?: number;
  aiTimeoutMs?: number;
  /**
   * Per attempt, for scoring submissions: Nova fetches every resume of the request (up to 25
   * in a batch) before answering (§2.2). A retry after a timeout is safe: submissions are
   * idempotent on (job, application) and batches on their set of applications.
   */
  scoringTimeoutMs?: number;
}

export type AnalyticsRange = "1h" | "24h" | "7d" | "30d" | "90d";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface CallOptions<S extends z.ZodType> {
  method: Method;
  path: string;
  body?: unknown;
  schema: S;
  headers?: Record<string, string>;
  /** Criteria mutations: one key per logical call, reused across retries so a retry is not a second mutation. */
  idempotent?: boolean;
}

/**
 * Shortlist's typed client of the Nova Embed API (G5, nova-api.md). Every response is
 * validated; failures are NovaApiErrors; 429/5xx/timeouts are retried with backoff honouring
 * Retry-After; requests are paced to Nova's buckets. There is no Nova SDK on the registry.
 */
export class NovaClient {
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly pacer: RequestPacer;
  private readonly baseUrl: string;

  constructor(private readonly options: NovaClientOptions) {
    // The paths below start with /v1, so a base URL copied with its /v1 must not double it.
    this.baseUrl = options.baseUrl.replace(/\/+$/, "").replace(/\/v1$/i, "");
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.pacer = options.pacer ?? processPacer();
  }

  // ── Criteria ─────────────────────────────────────────────────────────────────────────
  async createQuestionSet(jobId: string, jobContext: JobContext) {
    const res = await this.call({
      method: "POST",
      path: `/v1/jobs/${enc(jobId)}/question-sets`,
      body: { jobContext },
      schema: questionSetResponse,
      idempotent: true,
    });
    return res.questionSet;
  }

  /**
   * Flat (G3+) or nested (G2) reply. Callers store what `getCurrentCriteria` reads back, not
   * this reply: its shape is the least settled part of the contract (§9.8).
   */
  generateCriteria(
    jobId: string,
    input: { jobContext: JobContext; questionSetId?: string; answers?: { id: string; value: string | string[] }[] },
  ) {
    return this.call({
      method: "POST",
      path: `/v1/jobs/${enc(jobId)}/criteria/generate`,
      body: input,
      schema: generationReply,
      idempotent: true,
    });
  }

  getCurrentCriteria(jobId: string) {
    return this.call({
      method: "GET",
      path: `/v1/jobs/${enc(jobId)}/criteria/versions/current`,
      schema: currentCriteriaResponse,
    });
  }

  // Every criteria mutation takes the criteriaRevision the user's edit was based on (from
  // `…/versions/current`) and sends it as X-Expected-Criteria-Revision: Nova refuses (409) a
  // change to criteria someone else changed meanwhile instead of silently overwriting theirs.

  addCriterion(jobId: string, item: { text: string; importance: Importance }, expectedRevision?: string | null) {
    return this.call({
      method: "POST",
      path: `/v1/jobs/${enc(jobId)}/criteria/items`,
      body: item,
      schema: z.object({}).loose(),
      idempotent: true,
      headers: revisionHeader(expectedRevision),
    });
  }

  editCriterion(
    jobId: string,
    criterionId: string,
    patch: { text?: string; importance?: Importance },
    expectedRevision?: string | null,
  ) {
    return this.call({
      method: "PATCH",
      path: `/v1/jobs/${enc(jobId)}/criteria/items/${enc(criterionId)}`,
      body: patch,
      schema: z.object({}).loose(),
      idempotent: true,
      headers: revisionHeader(expectedRevision),
    });
  }

  removeCriterion(jobId: string, criterionId: string, expectedRevision?: string | null) {
    // §9.9: the body is {success:true} and maybe the remaining criteria; callers re-read the version.
    return this.call({
      method: "DELETE",
      path: `/v1/jobs/${enc(jobId)}/criteria/items/${enc(criterionId)}`,
      schema: z.object({}).loose(),
      idempotent: true,
      headers: revisionHeader(expectedRevision),
    });
  }

  replaceCriteria(
    jobId: string,
    criteria: { text: string; importance: Importance }[],
    expectedRevision?: string | null,
  ) {
    return this.call({
      method: "PUT",
      path: `/v1/jobs/${enc(jobId)}/criteria`,
      body: { criteria },
      schema: z.object({}).loose(),
      idempotent: true,
      headers: revisionHeader(expectedRevision),
    });
  }

  archiveCriteria(jobId: string, expectedRevision?: string | null) {
    return this.call({
      method: "DELETE",
      path: `/v1/jobs/${enc(jobId)}/criteria`,
      schema: z.object({}).loose(),
      idempotent: true,
      headers: revisionHeader(expectedRevision),
    });
  }

  // ── Scoring ──────────────────────────────────────────────────────────────────────────
  async submitScoringJob(jobId: string, applicationId: string, body: ScoringRequest) {
    const res = await this.call({
      method: "POST",
      path: `/v1/jobs/${enc(jobId)}/applications/${enc(applicationId)}/scoring-jobs`,
      body,
      schema: scoringJobEnvelope,
    });
    return res.scoringJob;
  }

  async getScoringJob(jobId: string, applicationId: string, scoringJobId: string) {
    const res = await this.call({
      method: "GET",
      path: `/v1/jobs/${enc(jobId)}/applications/${enc(applicationId)}/scoring-jobs/${enc(scoringJobId)}`,
      schema: scoringJobEnvelope,
    });
    return res.scoringJob;
  }

  /** The newest scoring job of an application: how a batch reply without acceptances is read back. */
  async getLatestScore(jobId: string, applicationId: string) {
    const res = await this.call({
      method: "GET",
      path: `/v1/jobs/${enc(jobId)}/applications/${enc(applicationId)}/score`,
      schema: scoringJobEnvelope,
    });
    return res.scoringJob;
  }

  /** A batch and its scoring jobs: for reconciliation when `batch.completed` never arrives. */
  getBatch(jobId: string, batchId: string) {
    return this.call({
      method: "GET",
      path: `/v1/jobs/${enc(jobId)}/scoring-batches/${enc(batchId)}`,
      schema: batchStatusResponse,
    });
  }

  submitBatch(jobId: string, body: BatchRequest) {
    return this.call({
      method: "POST",
      path: `/v1/jobs/${enc(jobId)}/scoring-batches`,
      body,
      schema: batchSubmitResponse,
    });
  }

  // ── Deletion ─────────────────────────────────────────────────────────────────────────
  async deleteApplication(jobId: string, applicationId: string) {
    const res = await this.call({
      method: "DELETE",
      path: `/v1/jobs/${enc(jobId)}/applications/${enc(applicationId)}`,
      schema: deletionResponse,
    });
    return res.deletionRequest;
  }

  /**
   * Deletes everything Nova holds for a tenant (§2.11), for an org being offboarded.
   * Partner-scoped like the status read; the tenant is the path's, whatever this client acts for.
   */
  async deleteTenant(tenantExternalId: string) {
    const res = await this.call({
      method: "DELETE",
      path: `/v1/tenants/${enc(tenantExternalId)}`,
      schema: deletionResponse,
    });
    return res.deletionRequest;
  }

  /** Partner-scoped (§1.3: no tenant header needed; sending it is harmless). */
  async getDeletionRequest(deletionRequestId: string) {
    const res = await this.call({
      method: "GET",
      path: `/v1/deletion-requests/${enc(deletionRequestId)}`,
      schema: deletionResponse,
    });
    return res.deletionRequest;
  }

  // ── Partner insights (admin's integration health page) ────────────────────────────────
  async getRateLimitStatus() {
    return this.call({ method: "GET", path: "/v1/rate-limit-status", schema: rateLimitStatusResponse });
  }

  async getAnalyticsOverview(timeRange: AnalyticsRange) {
    return this.call({
      method: "GET",
      path: `/v1/analytics/overview?timeRange=${timeRange}`,
      schema: analyticsOverviewResponse,
    });
  }

  async getAnalyticsLatency(timeRange: AnalyticsRange) {
    return this.call({
      method: "GET",
      path: `/v1/analytics/scoring-latency?timeRange=${timeRange}`,
      schema: analyticsLatencyResponse,
    });
  }

  async getAnalyticsErrors(timeRange: AnalyticsRange) {
    return this.call({
      method: "GET",
      path: `/v1/analytics/errors?timeRange=${timeRange}`,
      schema: analyticsErrorsResponse,
    });
  }

  /**
   * Asks Nova to send a signed `test` webhook. Only the sandbox offers this as an API (real Nova
   * has the Portal's button); real Nova answers 404, which callers treat as "not available".
   */
  async sendTestWebhook() {
    return this.call({ method: "POST", path: "/v1/webhooks/test", body: {}, schema: testWebhookResponse });
  }

  // ── Criteria library (tenant-scoped templates) ───────────────────────────────────────
  async listLibrary() {
    const res = await this.call({ method: "GET", path: "/v1/criteria-library", schema: libraryListResponse });
    return res.criteria;
  }

  async addToLibrary(item: { text: string; importance: string; category?: string }) {
    const res = await this.call({
      method: "POST",
      path: "/v1/criteria-library",
      body: item,
      schema: libraryItemResponse,
      idempotent: true,
    });
    return res.criterion;
  }

  async updateLibraryItem(id: string, patch: { text?: string; importance?: string; category?: string }) {
    const res = await this.call({
      method: "PATCH",
      path: `/v1/criteria-library/${enc(id)}`,
      body: patch,
      schema: libraryItemResponse,
      idempotent: true,
    });
    return res.criterion;
  }

  async removeFromLibrary(id: string) {
    await this.call({
      method: "DELETE",
      path: `/v1/criteria-library/${enc(id)}`,
      schema: z.object({}).passthrough(),
      idempotent: true,
    });
  }

  // ── Transport ────────────────────────────────────────────────────────────────────────
  private async call<S extends z.ZodType>(opts: CallOptions<S>): Promise<z.output<S>> {
    const bucketName = bucketFor(opts.method, opts.path);
    const bucket = this.pacer.bucket(this.baseUrl, bucketName);
    const timeoutMs =
      bucketName === "criteria_ai"
        ? (this.options.aiTimeoutMs ?? 60_000)
        : bucketName === "scoring_intake_single" || bucketName === "scoring_intake_batch"
          ? (this.options.scoringTimeoutMs ?? 120_000)
          : (this.options.timeoutMs ?? 20_000);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.options.apiKey}`,
      "X-Tenant-Id": this.options.tenantId,
      Accept: "application/json",
      ...opts.headers,
    };
    if (opts.body !== undefined) headers["Content-Type"] = "application/json";
    if (opts.idempotent) headers["Idempotency-Key"] = randomUUID();
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);

    for (let attempt = 0; ; attempt++) {
      let error: NovaApiError | undefined;
      let windowEndsAt: number | null = null;
      const release = await bucket.acquire();
      try {
        const res = await this.fetchImpl(`${this.baseUrl}${opts.path}`, {
          method: opts.method,
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        windowEndsAt = rateLimitReset(res);
        const text = await res.text();
        if (res.ok) return parseBody(opts.schema, text, res);
        error = toApiError(res, text);
      } catch (err) {
        if (err instanceof NovaApiError) throw err;
        const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
        error = new NovaApiError({
          code: timedOut ? "TIMEOUT" : "NETWORK_ERROR",
          status: 0,
          message: timedOut
            ? `Nova did not answer within ${timeoutMs} ms`
            : `Could not reach Nova: ${err instanceof Error ? err.message : String(err)}`,
          retryable: true,
        });
      } finally {
        // A 429 holds the bucket back for Nova's Retry-After (every instance, with the shared pacer).
        release({
          windowEndsAt,
          retryAfterMs:
            error?.status === 429 ? (error.retryAfterSeconds === null ? 1000 : error.retryAfterSeconds * 1000) : null,
        });
      }
      if (!error.retryable || attempt >= this.retry.maxRetries) throw error;
      const wait = backoffDelay(
        attempt,
        this.retry,
        error.retryAfterSeconds === null ? null : error.retryAfterSeconds * 1000,
      );
      await this.sleep(wait);
    }
  }
}

/** X-RateLimit-Reset (unix seconds: when the window that counted the request ends) in ms, if sane. */
function rateLimitReset(res: Response): number | null {
  const seconds = Number(res.headers.get("x-ratelimit-reset") ?? "");
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds * 1000 : null;
}

function revisionHeader(revision: string | null | undefined): Record<string, string> | undefined {
  return revision ? { "X-Expected-Criteria-Revision": revision } : undefined;
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function parseBody<S extends z.ZodType>(schema: S, text: string, res: Response): z.output<S> {
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new NovaApiError({
      code: "INVALID_RESPONSE",
      status: res.status,
      message: "Nova sent a response that is not JSON",
      traceId: res.headers.get("x-trace-id"),
      retryable: false,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new NovaApiError({
      code: "INVALID_RESPONSE",
      status: res.status,
      message: `Nova's response did not match the contract: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
      traceId: res.headers.get("x-trace-id"),
      retryable: false,
    });
  }
  return parsed.data;
}

function toApiError(res: Response, text: string): NovaApiError {
  const retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // a proxy's HTML error page, for example
  }
  const env = errorEnvelope.safeParse(json);
  const traceId = res.headers.get("x-trace-id") ?? (env.success ? env.data.traceId : null) ?? null;
  return new NovaApiError({
    code: env.success ? env.data.code : `HTTP_${res.status}`,
    status: res.status,
    message: (env.success ? env.data.message : null) ?? `Nova answered ${res.status}`,
    traceId,
    // Trust the status over the body's flag for 429/5xx: those are retryable whatever it says.
    retryable: res.status === 429 || res.status >= 500 ? true : env.success ? (env.data.retryable ?? false) : false,
    details: env.success ? env.data.details : undefined,
    retryAfterSeconds: retryAfterMs === null ? null : retryAfterMs / 1000,
  });
}
