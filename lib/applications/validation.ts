import { z } from "zod";
import { MAX_CONTEXT_CHARS, MAX_RESUME_TEXT_BYTES, MIN_RESUME_CHARS } from "@/lib/nova/limits";

export const resumeTextSchema = z
  .string()
  .trim()
  .min(MIN_RESUME_CHARS, `Paste at least ${MIN_RESUME_CHARS} characters of resume text.`)
  .refine((s) => Buffer.byteLength(s) <= MAX_RESUME_TEXT_BYTES, "Resume text is over 100 KB. Upload the file instead.");

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
  .max(MAX_CONTEXT_CHARS, "The cover note can be at most 15,000 characters (Nova's limit).");

/** A display name from an uploaded file's name ("jane_doe-resume.pdf" → "jane doe resume"). */
export function nameFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[_\-.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return base.slice(0, 120) || "Unnamed candidate";
}
