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
/**
 * Words that name the document rather than the person ("Nina_Patel_Resume_final_v2.pdf"),
 * and dates or version tags, stripped from the end and start of a file name.
 */
const NOT_A_NAME = /^(?:resume|résumé|cv|curriculum|vitae|final|updated|latest|new|copy|draft|v\d+|\d+)$/i;

export function nameFromFileName(fileName: string): string {
  const words = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/\(\d+\)/g, " ")
    .split(/[\s_\-.]+/)
    .filter(Boolean);
  // Only from the ends: a name in the middle ("Anna Final Berg") is left alone.
  let start = 0;
  let end = words.length;
  while (end > start && NOT_A_NAME.test(words[end - 1]!)) end--;
  while (start < end && NOT_A_NAME.test(words[start]!)) start++;
  // A file called just "resume.pdf" keeps its words rather than becoming nameless.
  const base = (end > start ? words.slice(start, end) : words).join(" ").trim();
  return base.slice(0, 120) || "Unnamed candidate";
}
