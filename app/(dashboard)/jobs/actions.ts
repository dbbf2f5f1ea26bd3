"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import {
  generateClarificationQuestions as questions,
  generateCriteria as generate,
  saveDraftCriteria as saveDraft,
} from "@/lib/criteria";
import { closeJob as close, createJob as create, reopenJob as reopen, updateJob as update } from "@/lib/jobs";
import { replaceCriteriaSchema } from "./[jobId]/criteria/schemas";
import {
  clarificationSchema,
  closeJobSchema,
  createJobSchema,
  generateCriteriaSchema,
  updateJobSchema,
} from "./schemas";

export const createJob = orgAction({ role: "RECRUITER", schema: createJobSchema }, async (input, ctx) => {
  const result = await create(ctx, input);
  revalidatePath("/jobs");
  return result;
});

export const updateJob = orgAction(
  { role: "RECRUITER", schema: updateJobSchema },
  async ({ jobId, ...fields }, ctx) => {
    const result = await update(ctx, jobId, fields);
    revalidatePath(`/jobs/${jobId}`);
    return result;
  },
);

export const closeJob = orgAction({ role: "ADMIN", schema: closeJobSchema }, async ({ jobId }, ctx) => {
  const result = await close(ctx, jobId);
  revalidatePath("/jobs", "layout");
  return result;
});

export const reopenJob = orgAction({ role: "ADMIN", schema: closeJobSchema }, async ({ jobId }, ctx) => {
  const result = await reopen(ctx, jobId);
  revalidatePath("/jobs", "layout");
  return result;
});

export const generateClarificationQuestions = orgAction(
  { role: "RECRUITER", schema: clarificationSchema },
  async ({ jobId }, ctx) => questions(ctx, jobId),
);

// No revalidatePath here: the new-job flow shows the draft for review on the same page, and a
// refresh of that page (which leaves once criteria exist) would skip the review.
export const generateCriteria = orgAction(
  { role: "RECRUITER", schema: generateCriteriaSchema },
  async ({ jobId, ...input }, ctx) => generate(ctx, jobId, input),
);

// A recruiter's edits to the generated draft, before any candidate is submitted (see lib/criteria).
export const saveDraftCriteria = orgAction(
  { role: "RECRUITER", schema: replaceCriteriaSchema },
  async ({ jobId, criteria }, ctx) => {
    const view = await saveDraft(ctx, jobId, criteria);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);
