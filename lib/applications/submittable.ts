import type { Prisma } from "@/lib/db";

/**
 * Intake refusals that sending the same resume again cannot fix (nova-api.md §7: the file is too
 * large, password-protected, empty, corrupted or unparseable). Such an application needs a new
 * resume (paste the text instead), not a resubmission. RESUME_FETCH_FAILED is not here: our
 * signed URL may simply have expired, and a resubmission signs a fresh one.
 */
export const PERMANENT_REJECTIONS = [
  "RESUME_TOO_LARGE",
  "RESUME_ENCRYPTED",
  "RESUME_EMPTY",
  "RESUME_CORRUPTED",
  "RESUME_PARSE_FAILED",
] as const;

export function isPermanentRejection(code: string | null | undefined): boolean {
  return (PERMANENT_REJECTIONS as readonly string[]).includes(code ?? "");
}

/**
 * Applications a first submission may take: never accepted by Nova (not submitted, failed to
 * send) or refused for a reason a resubmission can fix. The one definition behind both the
 * "Submit all not submitted (N)" count and what the submission queues, so the two agree.
 */
export const submittableWhere: Prisma.ApplicationWhereInput = {
  OR: [
    { pipelineStatus: "NOT_SUBMITTED" },
    {
      pipelineStatus: "REJECTED",
      OR: [{ errorCode: null }, { errorCode: { notIn: [...PERMANENT_REJECTIONS] } }],
    },
    { pipelineStatus: "FAILED", currentScoringJobId: null },
  ],
};
