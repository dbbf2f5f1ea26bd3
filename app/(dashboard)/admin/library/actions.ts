"use server";

import { z } from "zod";
import { orgAction } from "@/lib/auth/action";
import { removeLibraryItem, updateLibraryItem } from "@/lib/criteria/library";
import { criterionTextSchema, importanceSchema } from "../../jobs/[jobId]/criteria/schemas";

const id = z.string().trim().min(1).max(64);

/** Admin: edit a criteria-library template's text and/or importance (the tenant comes from the session). */
export const updateLibraryCriterion = orgAction(
  {
    role: "ADMIN",
    schema: z
      .object({ id, text: criterionTextSchema.optional(), importance: importanceSchema.optional() })
      .refine((v) => v.text !== undefined || v.importance !== undefined, "Change the text or the importance"),
  },
  async ({ id, text, importance }, ctx) => ({ item: await updateLibraryItem(ctx.actor, id, { text, importance }) }),
);

/** Admin: remove a template from the tenant's criteria library. */
export const removeLibraryCriterion = orgAction({ role: "ADMIN", schema: z.object({ id }) }, async ({ id }, ctx) =>
  removeLibraryItem(ctx.actor, id),
);
