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

/** What each way of adding candidates (files, pasted text, CSV) is given by the page. */
export interface AddCandidatesProps {
  jobId: string;
  /** Send each new candidate to Nova at once. */
  submitNow: boolean;
  /** Tells the page how many were added, for its running count. */
  onAdded: (n: number) => void;
}
