"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import * as jobs from "@/lib/jobs";
import { closeJobSchema, createJobSchema, updateJobSchema } from "./schemas";

export const createJob = orgAction({ role: "RECRUITER", schema: createJobSchema }, async (input, ctx) => {
  const result = await jobs.createJob(ctx.actor, input);
  revalidatePath("/jobs");
  return result;
});

export const updateJob = orgAction(
  { role: "RECRUITER", schema: updateJobSchema },
  async ({ jobId, ...fields }, ctx) => {
    const result = await jobs.updateJob(ctx.actor, jobId, fields);
    revalidatePath(`/jobs/${jobId}`);
    return result;
  },
);

export const closeJob = orgAction({ role: "ADMIN", schema: closeJobSchema }, async ({ jobId }, ctx) => {
  const result = await jobs.closeJob(ctx.actor, jobId);
  revalidatePath("/jobs", "layout");
  return result;
});

export const reopenJob = orgAction({ role: "ADMIN", schema: closeJobSchema }, async ({ jobId }, ctx) => {
  const result = await jobs.reopenJob(ctx.actor, jobId);
  revalidatePath("/jobs", "layout");
  return result;
});
