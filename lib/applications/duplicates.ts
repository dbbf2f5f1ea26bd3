import { db } from "@/lib/db";

export type DuplicateReason = "email" | "file" | "text";

export interface Duplicate {
  applicationId: string;
  candidateName: string;
  reason: DuplicateReason;
}

const REASON_TEXT: Record<DuplicateReason, string> = {
  email: "the same email",
  file: "the same resume file",
  text: "the same resume text",
};

/** "Jane Doe is already in this job with the same email." */
export function describeDuplicate(d: Duplicate): string {
  return `${d.candidateName} is already in this job with ${REASON_TEXT[d.reason]}.`;
}

/**
 * Applications in the same job with the same email (as typed; SQLite compares it exactly), the same file bytes or
 * the same pasted text (both by SHA-256, see search-text.ts). Both lookups use (jobId, …) indexes.
 */
export async function findDuplicates(
  orgId: string,
  jobId: string,
  probe: { email?: string | null; resumeSha256?: string | null; isFile?: boolean },
): Promise<Duplicate[]> {
  const or = [
    ...(probe.email ? [{ candidateEmail: probe.email.trim() }] : []),
    ...(probe.resumeSha256 ? [{ resumeSha256: probe.resumeSha256 }] : []),
  ];
  if (!or.length) return [];
  const rows = await db.application.findMany({
    where: { orgId, jobId, OR: or },
    select: { id: true, candidateName: true, candidateEmail: true, resumeSha256: true },
    take: 5,
  });
  return rows.map((r) => ({
    applicationId: r.id,
    candidateName: r.candidateName,
    reason: probe.email && r.candidateEmail === probe.email.trim() ? "email" : probe.isFile ? "file" : "text",
  }));
}
