import { z } from "zod";
import { IMPORTANCES } from "@/lib/nova/importance";

const id = z.string().trim().min(1).max(64);
export const importanceSchema = z.enum(IMPORTANCES, "Choose must-have, preferred or nice-to-have");
export const criterionTextSchema = z
  .string()
  .trim()
  .min(3, "A criterion needs at least 3 characters")
  .max(500, "Keep a criterion under 500 characters");

/** Nova's criteriaRevision the page showed: a stale one makes Nova refuse the edit (409). */
const expectedRevision = z.string().trim().min(1).max(200).optional();

export const addCriterionSchema = z.object({
  jobId: id,
  text: criterionTextSchema,
  importance: importanceSchema,
  expectedRevision,
});
export const editCriterionSchema = z
  .object({
    jobId: id,
    criterionId: id,
    text: criterionTextSchema.optional(),
    importance: importanceSchema.optional(),
    expectedRevision,
  })
  .refine((v) => v.text !== undefined || v.importance !== undefined, "Change the text or the importance");
export const removeCriterionSchema = z.object({ jobId: id, criterionId: id, expectedRevision });
export const replaceCriteriaSchema = z.object({
  jobId: id,
  expectedRevision,
  criteria: z
    .array(z.object({ text: criterionTextSchema, importance: importanceSchema }))
    .min(1, "Keep at least one criterion")
    .max(30, "At most 30 criteria"),
});
export const archiveCriteriaSchema = z.object({ jobId: id });
export const clarificationSchema = z.object({ jobId: id });
export const generateCriteriaSchema = z.object({
  jobId: id,
  questionSetId: id.optional(),
  answers: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        value: z.union([z.string().max(1000), z.array(z.string().max(1000)).max(50)]),
      }),
    )
    .max(50)
    .optional(),
});

/** `Save to library`: one criterion of the job's active version, by Nova's criterion id. */
export const saveToLibrarySchema = z.object({ jobId: id, criterionId: id });
/** The tenant's library takes no input: the org (tenant) comes from the session. */
export const listLibrarySchema = z.object({}).strict();
