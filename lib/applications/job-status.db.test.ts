import { beforeAll, expect, it } from "vitest";
import { useTempAppDatabase } from "@/tests/support/db";

/**
 * The status poll's body (GET /api/jobs/[jobId]/status) read on a real database, both kinds:
 * its reads are raw SQL (the poll runs every few seconds per open ranking), so the enums, the
 * integers and the dates must come back as the response promises on SQLite and PostgreSQL.
 */
let db: (typeof import("@/lib/db"))["db"];
let queries: typeof import("./queries");

beforeAll(async () => {
  await useTempAppDatabase("job-status-", { postgres: true });
  db = (await import("@/lib/db")).db;
  queries = await import("./queries");
}, 60_000);

it("reports the job's counts, pending ids, unfinished operations and newest rescore of the day, and nothing of another org", async () => {
  const org = await db.organization.create({ data: { name: "Status", tenantId: `status_${Date.now()}` } });
  const other = await db.organization.create({ data: { name: "Other", tenantId: `other_${Date.now()}` } });
  const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
  const app = (name: string, pipelineStatus: "PENDING" | "NOT_SUBMITTED") =>
    db.application.create({
      data: { orgId: org.id, jobId: job.id, candidateName: name, resumeText: "R", pipelineStatus },
    });
  const pending = await app("Pat", "PENDING");
  await app("Nat", "NOT_SUBMITTED");
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
  const op = (kind: "SUBMIT" | "RESCORE", status: "running" | "completed" | "queuing", createdAt: Date) =>
    db.operation.create({
      data: { orgId: org.id, jobId: job.id, kind, status, total: 40, processed: 12, failed: 3, createdAt },
    });
  const running = await op("SUBMIT", "running", hoursAgo(2));
  const queuing = await op("RESCORE", "queuing", hoursAgo(1));
  await op("RESCORE", "completed", hoursAgo(30)); // older than a day: no notice
  await op("SUBMIT", "completed", hoursAgo(0.5)); // finished: no progress to show

  const status = await queries.getJobStatus(org.id, job.id, null);
  expect(status).toEqual({
    counts: expect.objectContaining({ total: 2, pending: 1, notSubmitted: 1, scored: 0 }),
    pendingIds: [pending.id],
    operations: [
      { id: running.id, kind: "SUBMIT", status: "running", total: 40, processed: 12, failed: 3 },
      { id: queuing.id, kind: "RESCORE", status: "queuing", total: 40, processed: 12, failed: 3 },
    ],
    lastRescore: { id: queuing.id, createdAt: queuing.createdAt.toISOString() },
  });
  // Another org asking for this job sees none of it.
  expect(await queries.getJobStatus(other.id, job.id, null)).toMatchObject({
    counts: expect.objectContaining({ total: 0 }),
    pendingIds: [],
  });
});
