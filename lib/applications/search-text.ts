import { createHash } from "node:crypto";

/** Enough of a resume to find it by any phrase a recruiter remembers, without storing a book. */
const MAX_SEARCH_CHARS = 60_000;

/**
 * What the ranking's search matches: name, email and resume text (pasted, or extracted from the
 * uploaded file), lower-cased once here so the query only has to lower-case the search term
 * (SQLite's LIKE folds ASCII case only). Name and email are the first two lines (newlines in
 * them are flattened), so a rename can swap them and keep the resume part (resumePartOf).
 */
export function searchTextFor(parts: {
  candidateName: string;
  candidateEmail?: string | null;
  resumeText?: string | null;
}): string {
  const line = (s: string) => s.replace(/\s+/g, " ");
  return [line(parts.candidateName), line(parts.candidateEmail ?? ""), parts.resumeText ?? ""]
    .join("\n")
    .toLowerCase()
    .slice(0, MAX_SEARCH_CHARS);
}

/** The resume part of a stored `searchText`: everything after the name and email lines. */
export function resumePartOf(searchText: string): string {
  const lines = searchText.split("\n");
  return lines.slice(2).join("\n");
}

/** The search term as matched against `searchText`. */
export function searchTerm(q: string): string {
  return q.trim().toLowerCase();
}

/** SHA-256 of pasted text, blind to whitespace and case differences that copy-paste introduces. */
export function pastedTextSha256(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}
