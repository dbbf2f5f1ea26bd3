import type { Prisma } from "@/lib/db";

/**
 * Takes the job row's write lock for the rest of the transaction: a no-op UPDATE, portable to
 * SQLite and PostgreSQL (SELECT … FOR UPDATE is PostgreSQL-only). Submitting candidates and the
 * "already submitted → admin-only" checks on criteria and the job description both call it
 * first, so on PostgreSQL (READ COMMITTED) they run one after the other per job: a check that
 * waited sees the submission that committed meanwhile, and a submission cannot slip in between
 * a check and its write. SQLite serialises writers anyway; writing first also spares a deferred
 * transaction the read-then-upgrade busy failure.
 */
export async function lockJobForScoring(tx: Prisma.TransactionClient, jobId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Job" SET "id" = "id" WHERE "id" = ${jobId}`;
}
