import { createHash } from "node:crypto";

/** Enough of a resume to find it by any phrase a recruiter remembers, without storing a book. */
const MAX_SEARCH_CHARS = 60_000;

/**
 * What the ranking's search matches: name, email and resume text, lower-cased once here so the
 * query only has to lower-case the search term (SQLite's LIKE folds ASCII case only).
 */
export function searchTextFor(parts: {
  candidateName: string;
  candidateEmail?: string | null;
  resumeText?: string | null;
}): string {
  return [parts.candidateName, parts.candidateEmail ?? "", parts.resumeText ?? ""]
    .join("\n")
    .toLowerCase()
    .slice(0, MAX_SEARCH_CHARS);
}

/** The search term as matched against `searchText`. */
export function searchTerm(q: string): string {
  return q.trim().toLowerCase();
}

/** SHA-256 of pasted text, blind to whitespace and case differences that copy-paste introduces. */
export function pastedTextSha256(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}
