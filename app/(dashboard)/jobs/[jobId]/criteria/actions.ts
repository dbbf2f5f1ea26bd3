"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import * as criteria from "@/lib/criteria";
import { listLibrary, saveToLibrary } from "@/lib/criteria/library";
import {
  addCriterionSchema,
  archiveCriteriaSchema,
  clarificationSchema,
  generateCriteriaSchema,
  editCriterionSchema,
  listLibrarySchema,
  removeCriterionSchema,
  replaceCriteriaSchema,
  saveToLibrarySchema,
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
  async ({ jobId, criteria: items, expectedRevision }, ctx) => {
    const view = await criteria.saveDraftCriteria(ctx.actor, jobId, items, expectedRevision);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

// Criteria edits change what every later score means: admins only, each stores a new version.

export const addCriterion = orgAction(
  { role: "ADMIN", schema: addCriterionSchema },
  async ({ jobId, expectedRevision, ...item }, ctx) => {
    const view = await criteria.addCriterion(ctx.actor, jobId, item, expectedRevision);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const editCriterion = orgAction(
  { role: "ADMIN", schema: editCriterionSchema },
  async ({ jobId, criterionId, expectedRevision, ...patch }, ctx) => {
    const view = await criteria.editCriterion(ctx.actor, jobId, criterionId, patch, expectedRevision);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const removeCriterion = orgAction(
  { role: "ADMIN", schema: removeCriterionSchema },
  async ({ jobId, criterionId, expectedRevision }, ctx) => {
    const view = await criteria.removeCriterion(ctx.actor, jobId, criterionId, expectedRevision);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const replaceCriteria = orgAction(
  { role: "ADMIN", schema: replaceCriteriaSchema },
  async ({ jobId, criteria: items, expectedRevision }, ctx) => {
    const view = await criteria.replaceCriteria(ctx.actor, jobId, items, expectedRevision);
    revalidatePath(`/jobs/${jobId}`);
    return view;
  },
);

export const archiveCriteria = orgAction({ role: "ADMIN", schema: archiveCriteriaSchema }, async ({ jobId }, ctx) => {
  const result = await criteria.archiveCriteria(ctx.actor, jobId);
  revalidatePath(`/jobs/${jobId}`);
  return result;
});

// The criteria library (Nova's tenant-scoped templates): admins save a job's criterion to it and
// add library criteria to a job (through addCriterion, so that is one new version like any add).

export const saveCriterionToLibrary = orgAction(
  { role: "ADMIN", schema: saveToLibrarySchema },
  async ({ jobId, criterionId }, ctx) => saveToLibrary(ctx.actor, jobId, criterionId),
);

export const listCriteriaLibrary = orgAction({ role: "ADMIN", schema: listLibrarySchema }, async (_input, ctx) => ({
  items: await listLibrary(ctx.actor),
}));
