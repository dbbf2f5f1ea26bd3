import { describe, expect, it } from "vitest";
import {
  batchSubmitResponse,
  currentCriteriaResponse,
  generationReply,
  questionSetResponse,
  scoringJobSchema,
  webhookPayload,
} from "./schemas";

const job = { id: "sj1", jobId: "j", applicationId: "a", queuedAt: "2026-01-01T00:00:00Z", criteriaVersionId: "cv1" };

describe("Nova response schemas", () => {
  it("normalise status case and map queued/processing to pending", () => {
    expect(scoringJobSchema.parse({ ...job, status: "COMPLETED", score: 7 }).status).toBe("completed");
    expect(scoringJobSchema.parse({ ...job, status: "queued" }).status).toBe("pending");
    expect(scoringJobSchema.parse({ ...job, status: "PROCESSING" }).status).toBe("pending");
    expect(scoringJobSchema.parse({ ...job }).status).toBe("pending");
    expect(scoringJobSchema.parse({ ...job, status: "IN_PROGRESS" }).status).toBe("pending");
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

  it("tolerate an unknown status (pending, reconciled later) and a missing queuedAt", () => {
    const parsed = scoringJobSchema.parse({ id: "sj1", jobId: "j", applicationId: "a", status: "THINKING" });
    expect(parsed).toMatchObject({ status: "pending", queuedAt: null, criteriaVersionId: null });
  });

  it("read the criteria-generation reply in the flat and the nested (G2) form, with or without order", () => {
    const items = [
      { id: "crit_b", text: "Go", importance: "must_have" },
      { id: "crit_a", text: "SQL", importance: "PREFERRED" },
    ];
    const flat = generationReply.parse({ criteria: items });
    expect(flat.criteria.map((c) => [c.id, c.order])).toEqual([
      ["crit_b", 0],
      ["crit_a", 1],
    ]);
    const nested = generationReply.parse({
      criteria: { id: "cv9", version: 3, status: "ACTIVE", criteria: items, createdAt: "2026-01-01T00:00:00Z" },
    });
    expect(nested.versionId).toBe("cv9");
    expect(nested.criteria[0]).toEqual({ id: "crit_b", text: "Go", importance: "MUST_HAVE", order: 0 });
    const current = currentCriteriaResponse.parse({
      version: { id: "cv9", version: 3, status: "active" },
      criteria: [{ ...items[0], order: 5 }, items[1]],
    });
    expect(current.criteriaRevision).toBeNull();
    expect(current.criteria.map((c) => c.id)).toEqual(["crit_a", "crit_b"]);
  });

  it("read a G3/G4 batch reply without acceptedApplications as 'acceptance unknown'", () => {
    const res = batchSubmitResponse.parse({
      batch: { id: "b1", jobId: "j", status: "PENDING", totalJobs: 2 },
      scoringJobIds: ["sj1", "sj2"],
    });
    expect(res.acceptedApplications).toBeNull();
    expect(res.rejectedApplications).toEqual([]);
  });

  it("accept a webhook without tenantId and upper-case event names", () => {
    const parsed = webhookPayload.parse({
      event: "SCORE_FAILED",
      scoringJobId: "s",
      jobId: "j",
      applicationId: "a",
      error: { code: "AI_SCORING_FAILED" },
    });
    expect(parsed).toMatchObject({ event: "score.failed", tenantId: null });
    const batch = webhookPayload.parse({
      event: "BATCH_COMPLETED",
      batchId: "b",
      jobId: "j",
      totalJobs: 2,
      completedJobs: 1,
      failedJobs: 1,
      status: "PARTIAL_FAILURE",
    });
    expect(batch).toMatchObject({ event: "batch.completed", status: "failed" });
  });

  it("read question types of every generation; unknown ones become a choice or free text", () => {
    const set = questionSetResponse.parse({
      questionSet: {
        id: "qs",
        questions: [
          { id: "q1", question: "Level?", selectionType: "single", options: ["Mid", "Senior"] },
          { id: "q2", question: "Stack?", type: "MULTI_SELECT", options: ["Go", "Rust"] },
          { id: "q3", question: "Anything else?", type: "TEXT" },
          { id: "q4", question: "Rank these", selectionType: "ranking", options: ["A", "B"] },
          { id: "q5", question: "Describe", selectionType: "essay" },
        ],
      },
    });
    expect(set.questionSet.questions.map((q) => q.selectionType)).toEqual([
      "single",
      "multi",
      "text",
      "single",
      "text",
    ]);
  });
});
