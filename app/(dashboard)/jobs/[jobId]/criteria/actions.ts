"use server";

// PLACEHOLDER owned by the integration engineer (docs/dashboard-actions.md). Replaced at merge.
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { UserError } from "@/lib/auth/errors";
import type { CriteriaVersionView } from "../../actions";

const importance = z.enum(["MUST_HAVE", "PREFERRED", "NICE_TO_HAVE"]);
const notYet = (): never => {
  throw new UserError("Not available yet");
};

export const addCriterion = orgAction(
  { role: "ADMIN", schema: z.object({ jobId: z.string(), text: z.string(), importance }) },
  async (): Promise<CriteriaVersionView> => notYet(),
);
export const editCriterion = orgAction(
  { role: "ADMIN", schema: z.object({ jobId: z.string(), criterionId: z.string(), text: z.string().optional(), importance: importance.optional() }) },
  async (): Promise<CriteriaVersionView> => notYet(),
);
export const removeCriterion = orgAction(
  { role: "ADMIN", schema: z.object({ jobId: z.string(), criterionId: z.string() }) },
  async (): Promise<CriteriaVersionView> => notYet(),
);
export const replaceCriteria = orgAction(
  { role: "ADMIN", schema: z.object({ jobId: z.string(), criteria: z.array(z.object({ text: z.string(), importance })) }) },
  async (): Promise<CriteriaVersionView> => notYet(),
);
export const archiveCriteria = orgAction({ role: "ADMIN", schema: z.object({ jobId: z.string() }) }, async (): Promise<{ jobId: string }> => notYet());
