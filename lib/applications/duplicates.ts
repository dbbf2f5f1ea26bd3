import { inChunks } from "@/lib/chunks";
import { db, type Prisma } from "@/lib/db";

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
export function describeDuplicate(d: Pick<Duplicate, "candidateName" | "reason">): string {
  return `${d.candidateName} is already in this job with ${REASON_TEXT[d.reason]}.`;
}

/** What `Application.candidateEmailKey` holds: email case never makes two people (Jane@X.com = jane@x.com). */
export function emailKey(email: string | null | undefined): string | null {
  return email?.trim().toLowerCase() || null;
}

/**
 * Applications in the same job with the same email (case-insensitive, by `candidateEmailKey`), the same file bytes
 * or the same pasted text (both by SHA-256, see search-text.ts). Both lookups use (jobId, …) indexes.
 */
export async function findDuplicates(
  orgId: string,
  jobId: string,
  probe: { email?: string | null; resumeSha256?: string | null; isFile?: boolean },
): Promise<Duplicate[]> {
  const key = emailKey(probe.email);
  const or = [
    ...(key ? [{ candidateEmailKey: key }] : []),
    ...(probe.resumeSha256 ? [{ resumeSha256: probe.resumeSha256 }] : []),
  ];
  if (!or.length) return [];
  const rows = await db.application.findMany({
    where: { orgId, jobId, OR: or },
    select: { id: true, candidateName: true, candidateEmailKey: true, resumeSha256: true },
    // The earliest first: without an order PostgreSQL returns rows in storage order, which moves.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 5,
  });
  return rows.map((r) => ({
    applicationId: r.id,
    candidateName: r.candidateName,
    reason: key && r.candidateEmailKey === key ? "email" : probe.isFile ? "file" : "text",
  }));
}

/**
 * The job's applications holding any of these email keys or resume hashes, for checking a whole
 * CSV at once: IN lookups of at most ID_CHUNK values each (a 10,000-row import is a few dozen
 * indexed queries, not one query per row).
 */
export async function existingByKeys(
  orgId: string,
  jobId: string,
  emailKeys: string[],
  sha256s: string[],
): Promise<{ byEmail: Map<string, string>; bySha: Map<string, string> }> {
  const select = { candidateName: true, candidateEmailKey: true, resumeSha256: true } as const;
  // Each key names its earliest application (the first row per key below), on both databases.
  const orderBy: Prisma.ApplicationOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
  const [emailRows, shaRows] = await Promise.all([
    inChunks([...new Set(emailKeys)], (chunk) =>
      db.application.findMany({ where: { orgId, jobId, candidateEmailKey: { in: chunk } }, select, orderBy }),
    ),
    inChunks([...new Set(sha256s)], (chunk) =>
      db.application.findMany({ where: { orgId, jobId, resumeSha256: { in: chunk } }, select, orderBy }),
    ),
  ]);
  const byEmail = new Map<string, string>();
  for (const r of emailRows)
    if (r.candidateEmailKey && !byEmail.has(r.candidateEmailKey)) byEmail.set(r.candidateEmailKey, r.candidateName);
  const bySha = new Map<string, string>();
  for (const r of shaRows) if (r.resumeSha256 && !bySha.has(r.resumeSha256)) bySha.set(r.resumeSha256, r.candidateName);
  return { byEmail, bySha };
}
