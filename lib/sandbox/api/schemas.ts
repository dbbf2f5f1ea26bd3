import { z } from "zod";
import { IMPORTANCES } from "@/lib/nova/importance";
import { MAX_BATCH_APPLICATIONS, MAX_CONTEXT_CHARS, MIN_RESUME_CHARS } from "@/lib/nova/limits";

/** Request schemas for the G5 contract (nova-api.md §2, limits from §5.2). Unknown fields are ignored, as Nova asks clients to do. */

export const importanceSchema = z.enum(IMPORTANCES);

const id = (name: string) =>
  z.string().trim().min(1, `${name} is required`).max(255, `${name} must be at most 255 characters`);

export const jobContextSchema = z.object({
  jobTitle: z.string().trim().min(1).max(500),
  companyName: z.string().max(500).optional(),
  jobDescription: z.string().trim().min(1).max(100_000),
  additionalInfo: z.string().max(MAX_CONTEXT_CHARS).optional(),
  // Item shape undocumented (`{}` in the docs): accepted and ignored.
  applicationQuestions: z.array(z.unknown()).max(100).optional(),
  language: z.string().max(50).optional(),
});

export const answerSchema = z.object({ id: z.string().min(1), value: z.union([z.string(), z.array(z.string())]) });

export const generateCriteriaSchema = z
  .object({
    jobContext: jobContextSchema,
    questionSetId: z.string().min(1).optional(),
    answers: z.array(answerSchema).max(50).optional(),
  })
  .refine((b) => !b.answers || b.questionSetId, {
    path: ["questionSetId"],
    message: "questionSetId is required when answers are sent",
  });

export const questionSetSchema = z.object({ jobContext: jobContextSchema });

export const urlResumeSchema = z.object({
  type: z.literal("url"),
  // Nova requires HTTPS; the sandbox's intake also allows http://localhost (its own signed URLs).
  url: z.url({ protocol: /^https?$/, message: "Resume URL must be a valid http(s) URL" }),
});
export const textResumeSchema = z.object({
  type: z.literal("text"),
  content: z.string().min(MIN_RESUME_CHARS, `Resume text must be at least ${MIN_RESUME_CHARS} characters`),
});
export const resumeSchema = z.discriminatedUnion("type", [urlResumeSchema, textResumeSchema]);

export const applicationDataSchema = z.object({
  applicationAnswers: z
    .array(z.object({ question: z.string().max(5_000), answer: z.string().max(MAX_CONTEXT_CHARS) }))
    .max(200)
    .optional(),
  context: z.string().max(MAX_CONTEXT_CHARS).optional(),
});

export const rescoreSchema = z.object({ enabled: z.boolean(), criteriaVersionId: z.string().min(1).optional() });

export const scoringJobSchema = z.object({
  resume: resumeSchema,
  jobDescription: z.string().trim().min(1).max(100_000),
  roleKnowledge: z.string().max(MAX_CONTEXT_CHARS).optional(),
  applicationData: applicationDataSchema.optional(),
  rescore: rescoreSchema.optional(),
});

/**
 * A batch is validated in two layers: the envelope here (a bad envelope fails the whole
 * request with 400), each application's resume and data later (a bad one is a *rejected
 * application*, reason VALIDATION_ERROR, and the rest still go through).
 */
export const batchSchema = z.object({
  jobDescription: z.string().trim().min(1).max(100_000),
  roleKnowledge: z.string().max(MAX_CONTEXT_CHARS).optional(),
  applications: z
    .array(
      z.object({ applicationId: id("applicationId"), resume: z.unknown(), applicationData: z.unknown().optional() }),
    )
    .min(1, "A batch needs at least 1 application")
    .max(MAX_BATCH_APPLICATIONS, `A batch holds at most ${MAX_BATCH_APPLICATIONS} applications`)
    .refine(
      (apps) => new Set(apps.map((a) => a.applicationId)).size === apps.length,
      "applicationId values must be unique",
    ),
});

export const batchApplicationSchema = z.object({
  resume: resumeSchema,
  applicationData: applicationDataSchema.optional(),
});

export const criterionInputSchema = z.object({
  text: z.string().trim().min(1).max(1_000),
  importance: importanceSchema,
});

export const replaceCriteriaSchema = z.object({ criteria: z.array(criterionInputSchema).max(50) });

export const patchCriterionSchema = z
  .object({ text: z.string().trim().min(1).max(1_000).optional(), importance: importanceSchema.optional() })
  .refine((b) => b.text !== undefined || b.importance !== undefined, "Send text, importance or both");

export const libraryCreateSchema = z.object({
  text: z.string().trim().min(1).max(1_000),
  importance: importanceSchema,
  category: z.string().trim().min(1).max(100).nullable().optional(),
});

export const libraryPatchSchema = z
  .object({
    text: z.string().trim().min(1).max(1_000).optional(),
    importance: importanceSchema.optional(),
    category: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .refine(
    (b) => b.text !== undefined || b.importance !== undefined || b.category !== undefined,
    "Send at least one field",
  );

export const timeRangeSchema = z.object({ timeRange: z.enum(["1h", "24h", "7d", "30d", "90d"]) });

export const jobIdsQuerySchema = z.object({
  jobIds: z
    .string()
    .min(1, "jobIds is required")
    .transform((s) =>
      s
        .split(",")
        .map((j) => j.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(255)).min(1, "jobIds is required").max(100, "At most 100 job ids")),
});

// ---- G1 (older flat routes quoted by the product brief) ----

const g1Question = z.union([
  z.string(),
  z.object({
    text: z.string(),
    type: z.string().optional(),
    required: z.boolean().optional(),
    options: z.array(z.string()).optional(),
  }),
]);
const g1Answer = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const g1CandidateSchema = z
  .object({
    resumeUrl: z.url({ protocol: /^https?$/, message: "resumeUrl must be a valid http(s) URL" }).optional(),
    resumeText: z
      .string()
      .min(MIN_RESUME_CHARS, `Resume text must be at least ${MIN_RESUME_CHARS} characters`)
      .optional(),
    parsedResume: z.record(z.string(), z.unknown()).optional(),
    applicationAnswers: z
      .union([z.array(z.object({ question: g1Question, answer: g1Answer })), z.record(z.string(), g1Answer)])
      .optional(),
  })
  .refine((c) => c.resumeUrl || c.resumeText, { path: ["resumeUrl"], message: "resumeUrl or resumeText is required" });

export const g1ScoreSchema = z.object({
  jobId: id("jobId"),
  applicationId: id("applicationId"),
  candidate: g1CandidateSchema,
  language: z.string().max(50).optional(),
  rescore: z.boolean().optional(),
});

export const g1BatchSchema = z.object({
  jobId: id("jobId"),
  candidates: z
    .array(z.object({ applicationId: id("applicationId"), candidate: z.unknown() }))
    .min(1)
    .max(100)
    .refine((cs) => new Set(cs.map((c) => c.applicationId)).size === cs.length, "applicationId values must be unique"),
  language: z.string().max(50).optional(),
  rescore: z.boolean().optional(),
});

export const g1GenerateSchema = z.object({
  jobContext: jobContextSchema.extend({ jobId: id("jobContext.jobId") }),
  questionSetId: z.string().min(1).optional(),
  answers: z.array(answerSchema).max(50).optional(),
});
