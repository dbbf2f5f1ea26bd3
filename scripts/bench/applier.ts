/**
 * The webhook applier alone: stores N signed-and-verified deliveries in the inbox (as the
 * receiver would), then times one drain of the backlog in-process, with nothing else running.
 * This is the applier's share of `npm run bench:webhooks`, without HTTP in the way.
 *
 *   npm run bench:applier                  # N=5000 over 500 applications, SQLite
 *   N=10000 TEST_POSTGRES_URL=postgresql://… npm run bench:applier
 *
 * Last line: applier: n=… seconds=… per_s=…
 */
import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import { benchDatabase, jobWithApplications, scoreCompletedBody } from "./support";

const N = Number(process.env.N ?? 5000);
const APPLICATIONS = 500;

const t = await benchDatabase("bench-applier");
const { db } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { writeBatch, MAX_BATCH } = await import("@/lib/webhooks/inbox-writer");
const { drainInbox } = await import("@/lib/webhooks/applier");

const tag = randomBytes(3).toString("hex");
const { org, job, appIds } = await jobWithApplications(db, tag, APPLICATIONS);
const target = { tenantId: org.tenantId, jobId: job.id, appIds };
const firstQueuedAt = Date.now() - N;
const rows = Array.from({ length: N }, (_, i) => {
  const applicationId = appIds[i % appIds.length]!;
  const payload = scoreCompletedBody(target, tag, i, firstQueuedAt);
  return {
    deliveryId: `wh_${tag}_${i}`,
    bodyHash: createHash("sha256").update(payload).digest("hex"),
    event: "score.completed",
    payload,
    outcome: "received" as const,
    detail: null,
    orgId: Prisma.sql`${org.id}`,
    jobId: job.id,
    applicationId,
  };
});
for (let i = 0; i < rows.length; i += MAX_BATCH) await writeBatch(db, rows.slice(i, i + MAX_BATCH));

const start = performance.now();
const applied = await drainInbox();
const seconds = (performance.now() - start) / 1000;
const processed = await db.webhookEvent.count({ where: { outcome: "processed" } });
const scored = await db.application.count({ where: { jobId: job.id, pipelineStatus: "SCORED" } });
await db.$disconnect();
await t.drop();
if (processed !== N || scored !== APPLICATIONS) throw new Error(`applied ${processed} of ${N}; ${scored} scored`);
console.log(`${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}; ${APPLICATIONS} applications`);
console.log(`applier: n=${applied} seconds=${seconds.toFixed(2)} per_s=${(applied / seconds).toFixed(0)}`);
