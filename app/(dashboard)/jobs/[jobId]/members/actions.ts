"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import * as access from "@/lib/jobs/access";

const schema = z.object({ jobId: z.string().min(1), userId: z.string().min(1, "Choose a hiring manager") });

/** Admin: put a hiring manager on a job (they then see it, its candidates, and may add notes). */
export const assignHiringManager = orgAction({ role: "ADMIN", schema }, async ({ jobId, userId }, ctx) => {
  const res = await access.assignHiringManager(ctx.actor, jobId, userId);
  revalidatePath(`/jobs/${jobId}`);
  return res;
});

export const unassignHiringManager = orgAction({ role: "ADMIN", schema }, async ({ jobId, userId }, ctx) => {
  const res = await access.unassignHiringManager(ctx.actor, jobId, userId);
  revalidatePath(`/jobs/${jobId}`);
  return res;
});
