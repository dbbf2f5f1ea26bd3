import { z } from "zod";
import type { SandboxScoringJob } from "@/lib/generated/prisma/client";
import { engine, type Assessment } from "../engine";
import type { JobCriteria } from "./criteria";

/**
 * What a job ends as. Failure codes (nova-api.md §4.2, async): AI_SCORING_FAILED for anything
 * retrying cannot fix (the engine threw, bad stored input, missing criteria);
 * MAX_RETRIES_EXCEEDED when the job was claimed too many times without finishing (its worker
 * kept dying, or the database kept failing). TIMEOUT is not produced: the engine is
 * synchronous and in-process, so a job cannot hang without its worker dying too.
 */
export type JobOutcome =
  | { status: "completed"; score: number; assessment: Assessment }
  | { status: "failed"; code: "AI_SCORING_FAILED" | "MAX_RETRIES_EXCEEDED"; message: string };

const applicationDataSchema = z
  .object({
    applicationAnswers: z.array(z.object({ question: z.string(), answer: z.string() })).default([]),
    context: z.string().optional(),
  })
  .default({ applicationAnswers: [] });

const resultSchema = z.object({
  score: z.number().int().min(1).max(10),
  assessment: z.object({
    verdict: z.string(),
    strengths: z.array(z.string()),
    concerns: z.array(z.string()),
    interviewFocus: z.array(z.string()),
  }),
});

const failed = (message: string): JobOutcome => ({ status: "failed", code: "AI_SCORING_FAILED", message });

/** Scores one job's stored input. Never throws: every problem becomes a failed outcome. */
export function scoreJob(job: SandboxScoringJob, criteria: JobCriteria | null): JobOutcome {
  if (!criteria || criteria.length === 0) return failed(`Criteria version ${job.criteriaVersionId} was not found`);
  if (!job.resumeText) return failed("The resume text is no longer available");
  let applicationData;
  try {
    applicationData = applicationDataSchema.parse(job.applicationData ? JSON.parse(job.applicationData) : undefined);
  } catch {
    return failed("The stored application data is not valid");
  }
  try {
    const result = engine.score({
      criteria,
      resumeText: job.resumeText,
      applicationAnswers: applicationData.applicationAnswers,
      context: applicationData.context,
      jobDescription: job.jobDescription ?? "",
      roleKnowledge: job.roleKnowledge ?? undefined,
      // The submission time, not "now": a retried or delayed job scores the same.
      asOf: job.queuedAt,
    });
    const checked = resultSchema.safeParse(result);
    if (!checked.success) return failed("The scoring engine returned an invalid result");
    return { status: "completed", ...checked.data };
  } catch (err) {
    return failed(`Scoring failed: ${(err as Error).message}`);
  }
}
