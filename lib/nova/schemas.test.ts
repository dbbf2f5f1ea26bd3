import { describe, expect, it } from "vitest";
import { batchSubmitResponse, scoringJobSchema, webhookPayload } from "./schemas";

const job = { id: "sj1", jobId: "j", applicationId: "a", queuedAt: "2026-01-01T00:00:00Z", criteriaVersionId: "cv1" };

describe("Nova response schemas", () => {
  it("normalise status case and map queued/processing to pending", () => {
    expect(scoringJobSchema.parse({ ...job, status: "COMPLETED", score: 7 }).status).toBe("completed");
    expect(scoringJobSchema.parse({ ...job, status: "queued" }).status).toBe("pending");
    expect(scoringJobSchema.parse({ ...job, status: "PROCESSING" }).status).toBe("pending");
    expect(scoringJobSchema.parse({ ...job }).status).toBe("pending");
    expect(() => scoringJobSchema.parse({ ...job, status: "exploded" })).toThrow();
  });

  it("ignore unknown fields instead of failing", () => {
    const parsed = scoringJobSchema.parse({
      ...job,
      status: "failed",
      errorCode: "AI_SCORING_FAILED",
      brandNewField: { x: 1 },
    });
    expect(parsed).not.toHaveProperty("brandNewField");
    expect(parsed.errorCode).toBe("AI_SCORING_FAILED");
    expect(parsed.assessment).toBeNull();
  });

  it("read a batch with accepted and rejected applications", () => {
    const res = batchSubmitResponse.parse({
      batch: { id: "b1", jobId: "j", status: "PENDING", totalJobs: 1 },
      scoringJobIds: ["sj1"],
      acceptedApplications: [{ applicationId: "a1", scoringJobId: "sj1" }],
      rejectedApplications: [{ applicationId: "a2", error: { message: "Corrupted PDF", reason: "RESUME_CORRUPTED" } }],
    });
    expect(res.batch.completedJobs).toBe(0);
    expect(res.rejectedApplications[0]).toEqual({
      applicationId: "a2",
      error: { message: "Corrupted PDF", reason: "RESUME_CORRUPTED" },
    });
  });

  it("accept webhook event names in dotted or upper-snake form", () => {
    const base = {
      tenantId: "t",
      scoringJobId: "s",
      jobId: "j",
      applicationId: "a",
      criteriaVersionId: "c",
      completedAt: null,
    };
    expect(
      webhookPayload.parse({ ...base, event: "SCORE_COMPLETED", result: { score: 8, assessment: null } }).event,
    ).toBe("score.completed");
    expect(webhookPayload.parse({ event: "test", message: "hi" }).event).toBe("test");
    expect(webhookPayload.safeParse({ ...base, event: "score.exploded" }).success).toBe(false);
  });
});
