/** Pure helpers for the browser-side upload queue (unit-tested). */
export const ACCEPTED = [".pdf", ".doc", ".docx"] as const;
export const MAX_BYTES = 10 * 1024 * 1024;

/** Why a file will not be sent, or null when it may be. Checked in the browser to fail fast;
 *  the server action validates again. */
export function rejectReason(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (!ACCEPTED.some((ext) => lower.endsWith(ext))) return "Only PDF, DOC and DOCX files can be uploaded.";
  if (file.size === 0) return "The file is empty.";
  if (file.size > MAX_BYTES) return "The file is larger than 10 MB.";
  return null;
}

/** Run `task` over `items` with at most `limit` in flight, in order of arrival. */
export async function runPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The `submitNow` form field the candidate actions take. */
export function submitFlag(submitNow: boolean): string {
  return submitNow ? "1" : "0";
}

/**
 * One file's state in the uploader. "refused": stored, but Nova's intake refused the file (a
 * scanned image, a password-protected PDF): a failure for the recruiter, not an "Added".
 * "duplicate": not stored yet; the recruiter chooses "Add anyway" or "Skip".
 */
export type UploadState = "queued" | "uploading" | "done" | "refused" | "duplicate" | "skipped" | "error";

const IN_FLIGHT: UploadState[] = ["queued", "uploading"];

export function isSettled(state: UploadState): boolean {
  return !IN_FLIGHT.includes(state);
}

/**
 * The progress line: how many were processed while files are in flight, then what really
 * happened ("1 of 3 added · 2 failed"). The check mark only when every file was added.
 */
export function uploadSummary(states: readonly UploadState[]): string {
  const count = (s: UploadState) => states.filter((x) => x === s).length;
  const total = states.length;
  const inFlight = states.filter((s) => !isSettled(s)).length;
  if (inFlight) return `${total - inFlight} of ${total} processed`;
  const added = count("done");
  const parts = [`${added} of ${total} added`];
  const failed = count("error") + count("refused");
  if (failed) parts.push(`${failed} failed`);
  if (count("duplicate")) parts.push(`${count("duplicate")} possible duplicate${count("duplicate") === 1 ? "" : "s"}`);
  if (count("skipped")) parts.push(`${count("skipped")} skipped`);
  return parts.join(" · ") + (added === total ? " ✓" : "");
}

/** What each way of adding candidates (files, pasted text, CSV) is given by the page. */
export interface AddCandidatesProps {
  jobId: string;
  /** Send each new candidate to Nova at once. */
  submitNow: boolean;
  /** Tells the page how many were added, for its running count. */
  onAdded: (n: number) => void;
}
