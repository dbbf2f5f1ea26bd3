import { z } from "zod";

/** Nova's inline resume limits (nova-api.md §2.2): 50 characters to 100 KB. */
export const RESUME_TEXT_MIN = 50;
export const RESUME_TEXT_MAX_BYTES = 100 * 1024;

export const resumeTextSchema = z
  .string()
  .trim()
  .min(RESUME_TEXT_MIN, `Paste at least ${RESUME_TEXT_MIN} characters of resume text.`)
  .refine((s) => Buffer.byteLength(s) <= RESUME_TEXT_MAX_BYTES, "Resume text is over 100 KB. Upload the file instead.");

export const screeningAnswersSchema = z
  .array(
    z.object({
      question: z.string().trim().min(1, "Each answer needs its question").max(1000),
      answer: z.string().trim().max(5000),
    }),
  )
  .max(50, "At most 50 screening answers");

export const candidateNameSchema = z.string().trim().min(1, "Enter the candidate's name").max(120);
export const candidateEmailSchema = z.email("Enter a valid email address").max(200);
export const coverNoteSchema = z
  .string()
  .trim()
  .max(15_000, "The cover note can be at most 15,000 characters (Nova's limit).");

/** A display name from an uploaded file's name ("jane_doe-resume.pdf" → "jane doe resume"). */
export function nameFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[_\-.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return base.slice(0, 120) || "Unnamed candidate";
}
