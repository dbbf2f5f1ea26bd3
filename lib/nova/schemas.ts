import { z } from "zod";
import { IMPORTANCES } from "./importance";

/**
 * Zod schemas for Nova's G5 responses and webhook payloads (nova-api.md §2–§3). Objects are
 * non-strict on purpose: Nova adds optional fields without a version bump (§1.5), so unknown
 * fields are ignored. Statuses are normalised: any letter case, and G1's queued/processing
 * mean pending.
 */

export const scoringStatus = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(
    z
      .enum(["pending", "queued", "processing", "in_progress", "completed", "failed", "partial_failure"])
      .transform((s) => {
        if (s === "completed") return "completed" as const;
        if (s === "failed" || s === "partial_failure") return "failed" as const;
        return "pending" as const;
      }),
  );
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
  queuedAt: z.string(),
  startedAt: nullableString,
  completedAt: nullableString,
  failedAt: nullableString,
});
export type NovaScoringJob = z.output<typeof scoringJobSchema>;

export const scoringJobEnvelope = z.object({ scoringJob: scoringJobSchema });

export const batchSchema = z.object({
  id: z.string().min(1),
  jobId: z.string(),
  status: scoringStatus.optional().transform((s) => s ?? "pending"),
  totalJobs: z.number().int(),
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

export const batchSubmitResponse = z.object({
  batch: batchSchema,
  scoringJobIds: z.array(z.string()).default([]),
  acceptedApplications: z.array(z.object({ applicationId: z.string(), scoringJobId: z.string() })).default([]),
  rejectedApplications: z.array(rejectedApplication).default([]),
});
export type BatchSubmitResult = z.output<typeof batchSubmitResponse>;

export const importance = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(IMPORTANCES));

export const criterionSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  importance,
  order: z.number().int(),
});
export type NovaCriterion = z.output<typeof criterionSchema>;

export const criteriaListResponse = z.object({ criteria: z.array(criterionSchema) });

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
  criteriaRevision: z.string().nullish(),
  criteria: z.array(criterionSchema),
});
export type NovaCurrentCriteria = z.output<typeof currentCriteriaResponse>;

export const questionSetSchema = z.object({
  id: z.string().min(1),
  jobId: z.string().nullish(),
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      selectionType: z
        .string()
        .transform((s) => s.toLowerCase())
        .pipe(
          z
            .enum(["single", "multi", "single_select", "multi_select"])
            .transform((s) => (s.startsWith("multi") ? "multi" : "single")),
        ),
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
});
export type NovaQuestionSet = z.output<typeof questionSetSchema>;
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
  tenantId: z.string(),
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
  tenantId: z.string(),
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
  tenantId: z.string(),
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
