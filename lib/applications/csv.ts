import Papa from "papaparse";
import { z } from "zod";
import { candidateEmailSchema, candidateNameSchema, resumeTextSchema } from "./validation";

export const MAX_CSV_ROWS = 10_000;

export interface CsvCandidate {
  candidateName: string;
  candidateEmail: string | null;
  resumeText: string | null;
  resumeUrl: string | null;
}

const rowSchema = z
  .object({
    name: candidateNameSchema,
    email: z.union([z.literal(""), candidateEmailSchema]).optional(),
    resume_text: z.string().optional(),
    resume_url: z.string().trim().optional(),
  })
  .transform((r, ctx) => {
    const text = r.resume_text?.trim() || "";
    const url = r.resume_url || "";
    if (!text && !url) {
      ctx.addIssue({ code: "custom", message: "Give resume_text or resume_url" });
      return z.NEVER;
    }
    if (url && !z.url({ protocol: /^https?$/ }).safeParse(url).success) {
      ctx.addIssue({ code: "custom", message: "resume_url must be an http(s) link" });
      return z.NEVER;
    }
    if (!url) {
      const t = resumeTextSchema.safeParse(text);
      if (!t.success) {
        ctx.addIssue({ code: "custom", message: t.error.issues[0]!.message });
        return z.NEVER;
      }
    }
    return {
      candidateName: r.name,
      candidateEmail: r.email || null,
      resumeText: url ? null : text,
      resumeUrl: url || null,
    };
  });

/**
 * Parses a candidate CSV (header row: name, email, resume_text or resume_url). Returns every
 * row's problem (1-based data row numbers, as a spreadsheet shows them after the header).
 */
export function parseCandidatesCsv(text: string): { rows: CsvCandidate[]; errors: { row: number; message: string }[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, "_"),
  });
  const errors: { row: number; message: string }[] = [];
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("name") || !(fields.includes("resume_text") || fields.includes("resume_url"))) {
    return {
      rows: [],
      errors: [{ row: 0, message: "The header row must have name, email and resume_text or resume_url columns." }],
    };
  }
  if (parsed.data.length === 0) return { rows: [], errors: [{ row: 0, message: "The file has no candidate rows." }] };
  if (parsed.data.length > MAX_CSV_ROWS)
    return {
      rows: [],
      errors: [
        {
          row: 0,
          message: `The file has ${parsed.data.length.toLocaleString("en-US")} candidates; at most ${MAX_CSV_ROWS.toLocaleString("en-US")} can be imported at once. Split it into smaller files.`,
        },
      ],
    };
  for (const e of parsed.errors) if (e.row !== undefined) errors.push({ row: e.row + 1, message: e.message });
  const rows: CsvCandidate[] = [];
  parsed.data.forEach((raw, i) => {
    const r = rowSchema.safeParse(raw);
    if (r.success) rows.push(r.data);
    else {
      const issue = r.error.issues[0]!;
      const field = issue.path.length ? `${issue.path.join(".")}: ` : "";
      errors.push({ row: i + 1, message: `${field}${issue.message}` });
    }
  });
  return { rows, errors };
}
