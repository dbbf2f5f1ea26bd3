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

/** A parsed row and its data-row number (1 = the first row after the header). */
export type CsvRow = CsvCandidate & { row: number };

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
    // Nova downloads only public HTTPS links; plain http: from a user is refused here, before
    // anything is stored (the app's own file links are never typed in by users).
    if (url && !z.url({ protocol: /^https$/ }).safeParse(url).success) {
      ctx.addIssue({ code: "custom", message: "resume_url must be an https:// link" });
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
export function parseCandidatesCsv(text: string): {
  rows: CsvRow[];
  errors: { row: number; message: string }[];
  /** A problem with the whole file (header, size): no row is read. */
  fileError?: string;
} {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, "_"),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("name") || !(fields.includes("resume_text") || fields.includes("resume_url")))
    return {
      rows: [],
      errors: [],
      fileError: "The header row must have name, email and resume_text or resume_url columns.",
    };
  // A row of only separators (",,," — spreadsheets add them at the end) is a blank line too.
  const data = parsed.data
    .map((raw, i) => ({ raw, row: i + 1 }))
    .filter(({ raw }) => Object.values(raw).some((v) => (Array.isArray(v) ? v.length : String(v ?? "").trim())));
  if (data.length === 0) return { rows: [], errors: [], fileError: "The file has no candidate rows." };
  if (data.length > MAX_CSV_ROWS)
    return {
      rows: [],
      errors: [],
      fileError: `The file has ${data.length.toLocaleString("en-US")} candidates; at most ${MAX_CSV_ROWS.toLocaleString("en-US")} can be imported at once. Split it into smaller files.`,
    };
  // One message per row: a row the CSV reader already flagged is not reported again by the schema.
  const byRow = new Map<number, string>();
  const kept = new Set(data.map((d) => d.row));
  for (const e of parsed.errors)
    if (e.row !== undefined && kept.has(e.row + 1) && !byRow.has(e.row + 1)) byRow.set(e.row + 1, e.message);
  const rows: CsvRow[] = [];
  for (const { raw, row } of data) {
    if (byRow.has(row)) continue;
    const r = rowSchema.safeParse(raw);
    if (r.success) rows.push({ ...r.data, row });
    else byRow.set(row, r.error.issues[0]!.message);
  }
  const errors = [...byRow].map(([row, message]) => ({ row, message })).sort((a, b) => a.row - b.row);
  return { rows, errors };
}
