"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import * as criteria from "@/lib/criteria";
import {
  addCriterionSchema,
  archiveCriteriaSchema,
  clarificationSchema,
  generateCriteriaSchema,
  editCriterionSchema,
  removeCriterionSchema,
  replaceCriteriaSchema,
} from "./schemas";

// Generating criteria (with optional clarification questions first) is a recruiter's step in
// creating a job.

export const generateClarificationQuestions = orgAction(
  { role: "RECRUITER", schema: clarificationSchema },
  async ({ jobId }, ctx) => criteria.generateClarificationQuestions(ctx.actor, jobId),
);

// No revalidatePath here: the new-job flow shows the draft for review on the same page, and a
// refresh of that page (which leaves once criteria exist) would skip the review.
export const generateCriteria = orgAction(
  { role: "RECRUITER", schema: generateCriteriaSchema },
  async ({ jobId, ...input }, ctx) => criteria.generateCriteria(ctx.actor, jobId, input),
);

// A recruiter's edits to the generated draft, before any candidate is submitted (see lib/criteria);
// afterwards only the admin-only edits below change criteria.
export const saveDraftCriteria = orgAction(
  { role: "RECRUITER", schema: replaceCriteriaSchema },
  async ({ jobId, criteria: items }, ctx) => {
    const view = await criteria.saveDraftCriteria(ctx.actor, jobId, items);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

// Criteria edits change what every later score means: admins only, each stores a new version.

export const addCriterion = orgAction(
  { role: "ADMIN", schema: addCriterionSchema },
  async ({ jobId, ...item }, ctx) => {
    const view = await criteria.addCriterion(ctx.actor, jobId, item);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const editCriterion = orgAction(
  { role: "ADMIN", schema: editCriterionSchema },
  async ({ jobId, criterionId, ...patch }, ctx) => {
    const view = await criteria.editCriterion(ctx.actor, jobId, criterionId, patch);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const removeCriterion = orgAction(
  { role: "ADMIN", schema: removeCriterionSchema },
  async ({ jobId, criterionId }, ctx) => {
    const view = await criteria.removeCriterion(ctx.actor, jobId, criterionId);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const replaceCriteria = orgAction(
  { role: "ADMIN", schema: replaceCriteriaSchema },
  async ({ jobId, criteria: items }, ctx) => {
    const view = await criteria.replaceCriteria(ctx.actor, jobId, items);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const archiveCriteria = orgAction({ role: "ADMIN", schema: archiveCriteriaSchema }, async ({ jobId }, ctx) => {
  const result = await criteria.archiveCriteria(ctx.actor, jobId);
  revalidatePath(`/jobs/${jobId}`);
  return result;
});
