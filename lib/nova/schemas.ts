import { z } from "zod";
import { IMPORTANCES } from "./importance";

/**
 * Zod schemas for Nova's G5 responses and webhook payloads (nova-api.md §2–§3). Objects are
 * non-strict on purpose: Nova adds optional fields without a version bump (§1.5), so unknown
 * fields are ignored. Statuses are normalised: any letter case, and G1's queued/processing
 * mean pending.
 */

const warned = new Set<string>();
/**
 * Logs a contract surprise once per process (per kind and value), so an unknown enum value from
 * a newer Nova is visible in the logs without flooding them on every poll.
 */
export function warnOnce(kind: string, value: string): void {
  const key = `${kind}:${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[nova] unexpected ${kind} ${JSON.stringify(value).slice(0, 80)}; tolerated`);
}

const PENDING_STATUSES = new Set(["pending", "queued", "processing", "in_progress", "running", "started"]);
const FAILED_STATUSES = new Set(["failed", "partial_failure", "error", "cancelled", "canceled"]);

/**
 * Any letter case; G1's queued/processing and G2's IN_PROGRESS mean pending. A status no
 * generation documents is treated as pending (and logged once): reconciliation reads it back
 * later, which is safer than failing the whole response or guessing an outcome.
 */
export const scoringStatus = z.string().transform((raw) => {
  const s = raw.toLowerCase();
  if (s === "completed" || s === "succeeded") return "completed" as const;
  if (FAILED_STATUSES.has(s)) return "failed" as const;
  if (!PENDING_STATUSES.has(s)) warnOnce("status", raw);
  return "pending" as const;
});
export type ScoringStatus = z.output<typeof scoringStatus>;

const nullableString = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

export const assessmentSchema = z.object({
  verdict: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
  strengths: stringList,
  concerns: stringList,
  interviewFocus: stringList,
});
export type Assessment = z.output<typeof assessmentSchema>;

export const scoringJobSchema = z.object({
  id: z.string().min(1),
  criteriaVersionId: nullableString,
  jobId: z.string(),
  applicationId: z.string(),
  // Some G5 generated examples omit status; a job without one has not finished.
  status: scoringStatus.optional().transform((s) => s ?? "pending"),
  isRescore: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  score: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  assessment: assessmentSchema.nullish().transform((v) => v ?? null),
  errorCode: nullableString,
  errorMessage: nullableString,
  // Some shapes omit it; callers fall back to "now" (the submission time).
  queuedAt: nullableString,
  startedAt: nullableString,
  completedAt: nullableString,
  failedAt: nullableString,
});
export type NovaScoringJob = z.output<typeof scoringJobSchema>;

export const scoringJobEnvelope = z.object({ scoringJob: scoringJobSchema });

export const batchSchema = z.object({
  id: z.string().min(1),
  jobId: z.string().nullish(),
  status: scoringStatus.optional().transform((s) => s ?? "pending"),
  totalJobs: z.number().int().default(0),
  completedJobs: z.number().int().default(0),
  failedJobs: z.number().int().default(0),
  createdAt: z.string().nullish(),
  completedAt: nullableString,
});
export type NovaBatch = z.output<typeof batchSchema>;

const rejectedApplication = z.object({
  applicationId: z.string(),
  error: z
    .object({ message: z.string().nullish(), reason: z.string().nullish(), code: z.string().nullish() })
    .nullish()
    .transform((e) => ({ message: e?.message ?? "Rejected at intake", reason: e?.reason ?? e?.code ?? "REJECTED" })),
});
export type RejectedApplication = z.output<typeof rejectedApplication>;

/**
 * G5 lists `acceptedApplications`; G3/G4 answered `{ batch, scoringJobIds }` only. Then
 * `acceptedApplications` is null: acceptance cannot be read from the reply and the caller must
 * read it back (batch status, or per application) before deciding anything failed.
 */
export const batchSubmitResponse = z.object({
  batch: batchSchema,
  scoringJobIds: z.array(z.string()).default([]),
  acceptedApplications: z
    .array(z.object({ applicationId: z.string(), scoringJobId: z.string() }))
    .nullish()
    .transform((v) => v ?? null),
  rejectedApplications: z.array(rejectedApplication).default([]),
});
export type BatchSubmitResult = z.output<typeof batchSubmitResponse>;

/** `GET …/scoring-batches/{id}`: read back by reconciliation and when a batch reply lists no acceptances. */
export const batchStatusResponse = z.object({
  batch: batchSchema,
  scoringJobs: z.array(scoringJobSchema).default([]),
  rejectedApplications: z.array(rejectedApplication).default([]),
});

export const importance = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(IMPORTANCES));

const rawCriterion = z.object({
  id: z.string().min(1),
  text: z.string(),
  importance,
  order: z.number().int().nullish(),
});
/** Criteria in Nova's order; items without `order` (some generations omit it) keep their list position. */
const criterionList = z
  .array(rawCriterion)
  .transform((items) => items.map((c, i) => ({ ...c, order: c.order ?? i })).sort((a, b) => a.order - b.order));
export const criterionSchema = rawCriterion.transform((c) => ({ ...c, order: c.order ?? 0 }));
export type NovaCriterion = z.output<typeof criterionSchema>;

export const criteriaListResponse = z.object({ criteria: criterionList });

/**
 * The criteria-generation reply: flat `{ criteria: Criterion[] }` (G3+) or G2's version envelope
 * `{ criteria: { id, version, status, criteria: Criterion[] } }`. Callers read the version back
 * from `…/criteria/versions/current` anyway; this only has to recognise a success.
 */
export const generationReply = z.union([
  z.object({ criteria: criterionList }).transform((r) => ({ criteria: r.criteria, versionId: null })),
  z
    .object({ criteria: z.object({ id: z.string().nullish(), criteria: criterionList }) })
    .transform((r) => ({ criteria: r.criteria.criteria, versionId: r.criteria.id ?? null })),
]);

export const criteriaVersionMeta = z.object({
  id: z.string().min(1),
  version: z.number().int(),
  status: z.string().transform((s) => s.toUpperCase()),
  createdAt: z.string().nullish(),
  archivedAt: nullableString,
});
export type NovaCriteriaVersionMeta = z.output<typeof criteriaVersionMeta>;

export const currentCriteriaResponse = z.object({
  version: criteriaVersionMeta,
  criteriaRevision: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  criteria: criterionList,
});
export type NovaCurrentCriteria = z.output<typeof currentCriteriaResponse>;

export const questionSetSchema = z
  .object({
    id: z.string().min(1),
    jobId: z.string().nullish(),
    questions: z.array(
      z.object({
        id: z.string(),
        question: z.string(),
        // G3+ selectionType single|multi; G1/G2 type singleSelect|MULTI_SELECT|TEXT. Others are
        // tolerated: with options they are offered as a single choice, without as free text.
        selectionType: z.string().nullish(),
        type: z.string().nullish(),
        options: z.array(z.string()).default([]),
        hint: nullableString,
      }),
    ),
    guidance: z
      .string()
      .nullish()
      .transform((v) => v ?? ""),
    expiresAt: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
  })
  .transform(({ questions, ...set }) => ({
    ...set,
    questions: questions.map(({ selectionType, type, ...q }) => ({
      ...q,
      selectionType: questionKind(selectionType ?? type ?? "", q.options.length > 0),
    })),
  }));
export type NovaQuestionSet = z.output<typeof questionSetSchema>;
function questionKind(raw: string, hasOptions: boolean): "single" | "multi" | "text" {
  const s = raw.toLowerCase().replace(/[^a-z]/g, "");
  if (s.startsWith("multi")) return "multi";
  if (s.startsWith("single")) return "single";
  if (s !== "text") warnOnce("question type", raw);
  return hasOptions ? "single" : "text";
}

export const questionSetResponse = z.object({ questionSet: questionSetSchema });

export const deletionRequestSchema = z.object({
  id: z.string(),
  scope: z.string(),
  status: z.string().transform((s) => s.toLowerCase()),
});
export const deletionResponse = z.object({ deletionRequest: deletionRequestSchema });

/** The §4 error envelope (G2+), also accepting G1's `{error: {...}}` wrapper. */
export const errorEnvelope = z.union([
  z.object({
    code: z.string(),
    message: z.string().nullish(),
    status: z.number().nullish(),
    retryable: z.boolean().nullish(),
    traceId: z.string().nullish(),
    details: z.unknown().optional(),
  }),
  z
    .object({
      error: z.object({
        code: z.string(),
        message: z.string().nullish(),
        status: z.number().nullish(),
        requestId: z.string().nullish(),
        details: z.unknown().optional(),
      }),
    })
    .transform(({ error }) => ({ ...error, retryable: null, traceId: error.requestId ?? null })),
]);

// ── Webhooks (§3.2) ──────────────────────────────────────────────────────────────────────

const eventName = z.string().transform((s) => s.toLowerCase().replace(/_/g, "."));

export const scoreCompletedEvent = z.object({
  event: eventName.pipe(z.literal("score.completed")),
  // G1 payloads had no tenantId: matched by job and application within the org that owns the job.
  tenantId: nullableString,
  scoringJobId: z.string().min(1),
  criteriaVersionId: nullableString,
  jobId: z.string(),
  applicationId: z.string(),
  result: z.object({ score: z.number().int(), assessment: assessmentSchema.nullish().transform((v) => v ?? null) }),
  completedAt: nullableString,
  // Not in the documented payload, but cheap to use when present.
  queuedAt: nullableString.optional(),
});

export const scoreFailedEvent = z.object({
  event: eventName.pipe(z.literal("score.failed")),
  // G1 payloads had no tenantId: matched by job and application within the org that owns the job.
  tenantId: nullableString,
  scoringJobId: z.string().min(1),
  criteriaVersionId: nullableString,
  jobId: z.string(),
  applicationId: z.string(),
  error: z.object({
    code: z.string(),
    message: z
      .string()
      .nullish()
      .transform((v) => v ?? ""),
  }),
  failedAt: nullableString,
  queuedAt: nullableString.optional(),
});

export const batchCompletedEvent = z.object({
  event: eventName.pipe(z.literal("batch.completed")),
  // G1 payloads had no tenantId: matched by job and application within the org that owns the job.
  tenantId: nullableString,
  batchId: z.string().min(1),
  jobId: z.string(),
  totalJobs: z.number().int(),
  completedJobs: z.number().int(),
  failedJobs: z.number().int(),
  status: scoringStatus,
  completedAt: nullableString,
});

export const testEvent = z.object({ event: eventName.pipe(z.literal("test")) });

export const webhookPayload = z.union([scoreCompletedEvent, scoreFailedEvent, batchCompletedEvent, testEvent]);
export type WebhookPayload = z.output<typeof webhookPayload>;
export type ScoreCompletedEvent = z.output<typeof scoreCompletedEvent>;
export type ScoreFailedEvent = z.output<typeof scoreFailedEvent>;
export type BatchCompletedEvent = z.output<typeof batchCompletedEvent>;

// ── Partner insights (rate-limit status, analytics) and the criteria library ─────────────
// Lenient on purpose: these feed an admin page, and the docs leave their nesting open (§2.12).
const bucketStatus = z.object({
  limit: z.number(),
  remaining: z.number().optional(),
  resetInSeconds: z.number().optional(),
  active: z.number().optional(),
});
export const rateLimitStatusResponse = z
  .object({ environment: z.string().optional(), degraded: z.boolean().optional(), generatedAt: z.string().optional() })
  .catchall(z.unknown())
  .transform((raw) => ({
    environment: raw.environment ?? null,
    degraded: raw.degraded ?? false,
    buckets: Object.entries(raw).flatMap(([name, v]) => {
      const b = bucketStatus.safeParse(v);
      return b.success ? [{ name, ...b.data }] : [];
    }),
  }));
export type RateLimitStatus = z.output<typeof rateLimitStatusResponse>;

export const analyticsOverviewResponse = z.object({
  scoring: z.object({
    totalRequests: z.number(),
    successRate: z.number().nullable(),
    avgDurationMs: z.number().nullable(),
    scoresGenerated: z.number().optional(),
  }),
  webhooks: z.object({ deliveryRate: z.number().nullable(), totalDeliveries: z.number() }).optional(),
});
export type AnalyticsOverview = z.output<typeof analyticsOverviewResponse>;

export const analyticsLatencyResponse = z.object({
  data: z.array(
    z.object({
      timestamp: z.string(),
      p50Ms: z.number().nullable(),
      p95Ms: z.number().nullable(),
      p99Ms: z.number().nullable(),
    }),
  ),
});

export const analyticsErrorsResponse = z.object({
  data: z.array(
    z.object({ errorCode: z.string(), description: z.string().nullish(), count: z.number(), percentage: z.number() }),
  ),
});

export const testWebhookResponse = z.object({ deliveryId: z.string() });

export const libraryCriterion = z.object({
  id: z.string(),
  text: z.string(),
  importance: z.string(),
  category: z.string().nullish(),
  createdAt: z.string().optional(),
});
export type LibraryCriterion = z.output<typeof libraryCriterion>;
export const libraryListResponse = z.object({ criteria: z.array(libraryCriterion) });
export const libraryItemResponse = z.object({ criterion: libraryCriterion });
