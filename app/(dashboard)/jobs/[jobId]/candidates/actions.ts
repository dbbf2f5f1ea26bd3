"use server";

// PLACEHOLDER owned by the integration engineer (docs/dashboard-actions.md). Replaced at merge.
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { UserError } from "@/lib/auth/errors";

const notYet = (): never => {
  throw new UserError("Not available yet");
};
const form = z.instanceof(FormData);
type Status = "NOT_SUBMITTED" | "PENDING" | "SCORED" | "FAILED" | "REJECTED";

export const addApplication = orgAction(
  { role: "RECRUITER", schema: form },
  async (): Promise<{ applicationId: string; pipelineStatus: Status; error?: string }> => notYet(),
);
export const importCandidatesCsv = orgAction(
  { role: "RECRUITER", schema: form },
  async (): Promise<{ created: number; errors: { row: number; message: string }[]; operationId?: string }> => notYet(),
);
export const submitApplications = orgAction(
  { role: "RECRUITER", schema: z.object({ jobId: z.string(), applicationIds: z.array(z.string()).optional() }) },
  async (): Promise<{ operationId: string; count: number }> => notYet(),
);
export const rescoreApplications = orgAction(
  {
    role: "ADMIN",
    schema: z.object({
      jobId: z.string(),
      scope: z.enum(["one", "selected", "stale"]),
      applicationIds: z.array(z.string()).optional(),
      criteriaVersionId: z.string().optional(),
    }),
  },
  async (): Promise<{ operationId: string; count: number }> => notYet(),
);
export const deleteApplication = orgAction(
  { role: "ADMIN", schema: z.object({ applicationId: z.string() }) },
  async (): Promise<{ applicationId: string }> => notYet(),
);
