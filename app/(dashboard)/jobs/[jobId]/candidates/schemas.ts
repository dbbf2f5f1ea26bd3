import { z } from "zod";
import {
  candidateEmailSchema,
  candidateNameSchema,
  coverNoteSchema,
  resumeTextSchema,
  screeningAnswersSchema,
} from "@/lib/applications/validation";
import { MAX_RESUME_FILE_BYTES } from "@/lib/storage/file-type";

const id = z.string().trim().min(1).max(64);
// 10,000 rows (MAX_CSV_ROWS) with pasted resume text of about 2 KB each.
const MAX_CSV_BYTES = 25 * 1024 * 1024;

/** FormData → plain object; empty strings and empty file inputs count as "not given". */
function fromForm(value: unknown): unknown {
  if (!(value instanceof FormData)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of value.entries()) {
    if (typeof v === "string" ? v.trim() === "" : v.size === 0 && v.name === "") continue;
    out[k] = v;
  }
  return out;
}

const submitNow = z
  .enum(["1", "0"])
  .default("0")
  .transform((v) => v === "1");

export const addApplicationSchema = z.preprocess(
  fromForm,
  z.object({
    jobId: id,
    candidateName: candidateNameSchema.optional(),
    candidateEmail: candidateEmailSchema.optional(),
    resumeFile: z
      .instanceof(File, { message: "Upload a file" })
      .refine(
        (f) => f.size <= MAX_RESUME_FILE_BYTES,
        `The file is larger than ${MAX_RESUME_FILE_BYTES / 1024 / 1024} MB`,
      )
      .optional(),
    resumeText: resumeTextSchema.optional(),
    screeningAnswers: z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (!s) return [];
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "Screening answers are not valid JSON" });
          return z.NEVER;
        }
      })
      .pipe(screeningAnswersSchema),
    coverNote: coverNoteSchema.optional(),
    submitNow,
    allowDuplicate: z
      .enum(["1", "0"])
      .default("0")
      .transform((v) => v === "1"),
  }),
);

export const importCsvSchema = z.preprocess(
  fromForm,
  z.object({
    jobId: id,
    file: z
      .instanceof(File, { message: "Choose a CSV file" })
      .refine((f) => f.size <= MAX_CSV_BYTES, "The CSV file is larger than 25 MB"),
    submitNow,
  }),
);

export const submitApplicationsSchema = z.object({
  jobId: id,
  applicationIds: z.array(id).min(1).max(5000).optional(),
});

export const rescoreApplicationsSchema = z.object({
  jobId: id,
  scope: z.enum(["one", "selected", "stale"]),
  applicationIds: z.array(id).max(5000).optional(),
  criteriaVersionId: id.optional(),
});

export const deleteApplicationSchema = z.object({ applicationId: id });

export const updateCandidateSchema = z.object({
  applicationId: id,
  candidateName: candidateNameSchema,
  candidateEmail: z
    .union([z.literal(""), candidateEmailSchema])
    .optional()
    .transform((v) => v || null),
});
