"use server";

// PLACEHOLDER owned by the integration engineer (docs/dashboard-actions.md): exact names and
// shapes so the UI compiles before the real actions land. Replaced wholesale at merge.
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { UserError } from "@/lib/auth/errors";


const jobInput = z.object({ title: z.string(), company: z.string(), description: z.string(), roleKnowledge: z.string().optional() });

export interface CriteriaVersionView {
  versionId: string;
  number: number;
  criteria: { id: string; text: string; importance: "MUST_HAVE" | "PREFERRED" | "NICE_TO_HAVE"; order: number }[];
  staleCount: number;
}

export interface ClarificationQuestionView {
  id: string;
  question: string;
  selectionType: "single" | "multi";
  options: string[];
  hint: string | null;
}

const notYet = (): never => {
  throw new UserError("Not available yet");
};

export const createJob = orgAction({ role: "RECRUITER", schema: jobInput }, async (): Promise<{ jobId: string }> => notYet());
export const updateJob = orgAction({ role: "RECRUITER", schema: jobInput.extend({ jobId: z.string() }) }, async (): Promise<{ jobId: string }> => notYet());
export const closeJob = orgAction({ role: "ADMIN", schema: z.object({ jobId: z.string() }) }, async (): Promise<{ jobId: string }> => notYet());
export const generateClarificationQuestions = orgAction(
  { role: "RECRUITER", schema: z.object({ jobId: z.string() }) },
  async (): Promise<{ questionSetId: string; questions: ClarificationQuestionView[]; guidance: string; expiresAt: string }> => notYet(),
);
export const generateCriteria = orgAction(
  {
    role: "RECRUITER",
    schema: z.object({
      jobId: z.string(),
      questionSetId: z.string().optional(),
      answers: z.array(z.object({ id: z.string(), value: z.union([z.string(), z.array(z.string())]) })).optional(),
    }),
  },
  async (): Promise<CriteriaVersionView> => notYet(),
);
