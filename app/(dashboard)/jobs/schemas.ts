import { z } from "zod";
import { MAX_CONTEXT_CHARS } from "@/lib/nova/limits";

const id = z.string().trim().min(1).max(64);

export const jobFieldsSchema = z.object({
  title: z.string().trim().min(1, "Enter a job title").max(200),
  company: z.string().trim().min(1, "Enter the company").max(200),
  description: z
    .string()
    .trim()
    .min(50, "The description needs at least 50 characters for useful criteria")
    .max(50_000),
  roleKnowledge: z
    .string()
    .trim()
    .max(MAX_CONTEXT_CHARS, "Role knowledge can be at most 15,000 characters (Nova's limit)")
    .optional(),
});

export const createJobSchema = jobFieldsSchema;
export const updateJobSchema = jobFieldsSchema.extend({ jobId: id });
export const closeJobSchema = z.object({ jobId: id });
