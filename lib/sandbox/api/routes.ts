import type { Route } from "../http/router";
import * as analytics from "./analytics";
import * as criteria from "./criteria";
import * as deletion from "./deletion";
import * as legacy from "./legacy";
import * as library from "./library";
import * as questionSets from "./question-sets";
import { getRateLimitStatus } from "./rate-limit-status";
import * as scoring from "./scoring";
import { postTestWebhook } from "./webhook-test";

// The sandbox's route table: every endpoint of nova-api.md §2 (G5) plus the older G1 flat
// routes. Literal segments come before `:param` siblings (first match wins). `idempotent`
// marks the criteria and library mutations that honour Idempotency-Key; scoring ignores it.

const t = (
  method: Route["method"],
  pattern: string,
  bucket: Route["bucket"],
  handler: Extract<Route, { scope: "tenant" }>["handler"],
  idempotent = false,
): Route => ({
  method,
  pattern,
  bucket,
  scope: "tenant",
  idempotent,
  handler,
});
const p = (
  method: Route["method"],
  pattern: string,
  bucket: Route["bucket"],
  handler: Extract<Route, { scope: "partner" }>["handler"],
): Route => ({
  method,
  pattern,
  bucket,
  scope: "partner",
  handler,
});

const IDEMPOTENT = true;

export const routes: readonly Route[] = [
  // Criteria (job-scoped)
  t("GET", "/v1/jobs/criteria", "read_and_ops", criteria.getBatch),
  t("POST", "/v1/jobs/:jobId/criteria/generate", "criteria_ai", criteria.postGenerate, IDEMPOTENT),
  t("GET", "/v1/jobs/:jobId/criteria/generate/:generationId", "read_and_ops", criteria.getGeneration),
  t("GET", "/v1/jobs/:jobId/criteria", "read_and_ops", criteria.getActive),
  t("PUT", "/v1/jobs/:jobId/criteria", "read_and_ops", criteria.putCriteria, IDEMPOTENT),
  t("DELETE", "/v1/jobs/:jobId/criteria", "read_and_ops", criteria.archiveCriteria, IDEMPOTENT),
  t("POST", "/v1/jobs/:jobId/criteria/items", "read_and_ops", criteria.addItem, IDEMPOTENT),
  t("PATCH", "/v1/jobs/:jobId/criteria/items/:criterionId", "read_and_ops", criteria.patchItem, IDEMPOTENT),
  t("DELETE", "/v1/jobs/:jobId/criteria/items/:criterionId", "read_and_ops", criteria.deleteItem, IDEMPOTENT),
  t("GET", "/v1/jobs/:jobId/criteria/versions", "read_and_ops", criteria.getVersions),
  t("GET", "/v1/jobs/:jobId/criteria/versions/current", "criteria_current_reads", criteria.getCurrentVersion),
  t("GET", "/v1/jobs/:jobId/criteria/versions/:criteriaVersionId", "read_and_ops", criteria.getVersion),

  // Clarification questions
  t("POST", "/v1/jobs/:jobId/question-sets", "criteria_ai", questionSets.postQuestionSet),
  t("GET", "/v1/jobs/:jobId/question-sets/current", "read_and_ops", questionSets.getCurrentQuestionSet),
  t("GET", "/v1/jobs/:jobId/question-sets/:questionSetId", "read_and_ops", questionSets.getQuestionSet),

  // Scoring
  t(
    "POST",
    "/v1/jobs/:jobId/applications/:applicationId/scoring-jobs",
    "scoring_intake_single",
    scoring.postScoringJob,
  ),
  t(
    "GET",
    "/v1/jobs/:jobId/applications/:applicationId/scoring-jobs/:scoringJobId",
    "read_and_ops",
    scoring.getScoringJob,
  ),
  t("GET", "/v1/jobs/:jobId/applications/:applicationId/score", "read_and_ops", scoring.getLatestScore),
  t("POST", "/v1/jobs/:jobId/scoring-batches", "scoring_intake_batch", scoring.postBatch),
  t("GET", "/v1/jobs/:jobId/scoring-batches/:scoringBatchId", "read_and_ops", scoring.getBatchStatus),

  // Deletion
  p("DELETE", "/v1/jobs/:jobId/applications/:applicationId", "read_and_ops", deletion.deleteApplication),
  p("DELETE", "/v1/tenants/:tenantExternalId", "read_and_ops", deletion.deleteTenant),
  p("GET", "/v1/deletion-requests/:deletionRequestId", "read_and_ops", deletion.getDeletionRequest),

  // Library (tenant-scoped templates)
  t("GET", "/v1/criteria-library", "read_and_ops", library.listLibrary),
  t("POST", "/v1/criteria-library", "read_and_ops", library.createLibrary, IDEMPOTENT),
  t("GET", "/v1/criteria-library/:criterionId", "read_and_ops", library.getLibrary),
  t("PATCH", "/v1/criteria-library/:criterionId", "read_and_ops", library.patchLibrary, IDEMPOTENT),
  t("DELETE", "/v1/criteria-library/:criterionId", "read_and_ops", library.deleteLibrary, IDEMPOTENT),

  // Sandbox-only: the Portal's "Send Test Webhook", as an API call
  t("POST", "/v1/webhooks/test", "read_and_ops", postTestWebhook),

  // Partner-level
  p("GET", "/v1/rate-limit-status", "rate_limit_status", getRateLimitStatus),
  p("GET", "/v1/analytics/overview", "analytics", analytics.getOverview),
  p("GET", "/v1/analytics/scoring-volume", "analytics", analytics.getScoringVolume),
  p("GET", "/v1/analytics/scoring-latency", "analytics", analytics.getScoringLatency),
  p("GET", "/v1/analytics/errors", "analytics", analytics.getErrors),

  // G1 (older flat routes quoted by the brief)
  t("POST", "/v1/score", "scoring_intake_single", legacy.postScore),
  t("POST", "/v1/score/batch", "scoring_intake_batch", legacy.postScoreBatch),
  t("GET", "/v1/score/batch/:batchId", "read_and_ops", legacy.getScoreBatch),
  t("GET", "/v1/score/:scoringJobId", "read_and_ops", legacy.getScore),
  t("POST", "/v1/criteria/generate", "criteria_ai", legacy.postLegacyGenerate, IDEMPOTENT),
];
