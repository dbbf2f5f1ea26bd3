import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { startAltNova, type AltNova } from "../support/alt-nova";
import { startTestServer, testPort, type TestServer } from "../support/test-server";

/**
 * The full loop against a second, deliberately different Nova double (tests/support/alt-nova.ts:
 * nested criteria reply, batch reply without acceptedApplications, UPPER_CASE statuses and
 * events, no queuedAt, no tenantId, base64 signatures keyed with the decoded secret over
 * `timestamp.body`). The real app runs as a production server pointed at it by configuration
 * alone; this process drives the app's own commands against that server's database.
 */
const secret = () => `whsec_${randomBytes(24).toString("base64")}`;
const NEW_SECRET = secret();
const OLD_SECRET = secret(); // the double still signs with the old one: rotation in progress
const API_KEY = "sk_live_abc_DEF-123+456/789=xyz";

let nova: AltNova;
let app: TestServer;
let actor: Actor;
const saved: Record<string, string | undefined> = {};

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  nova = await startAltNova({
    port: testPort(20),
    apiKey: API_KEY,
    signingSecret: OLD_SECRET,
    webhookUrl: () => `${app.url}/api/webhooks/nova`,
  });
  app = await startTestServer("alt-nova", testPort(21), {
    NOVA_API_URL: `${nova.url}/v1/`,
    NOVA_API_KEY: API_KEY,
    NOVA_WEBHOOK_SECRET: `${NEW_SECRET},${OLD_SECRET}`,
    DEMO: "0",
    NOVA_RECONCILE_AFTER_SECONDS: "3",
  });
  // This process's own lib/* modules act on the alt server's database and Nova.
  for (const key of ["DATABASE_URL", "DATA_DIR", "AUTH_SECRET", "APP_URL", "NOVA_API_URL", "NOVA_API_KEY"]) {
    saved[key] = process.env[key];
    process.env[key] = app.env[key];
  }
  saved.NOVA_WEBHOOK_SECRET = process.env.NOVA_WEBHOOK_SECRET;
  process.env.NOVA_WEBHOOK_SECRET = app.env.NOVA_WEBHOOK_SECRET;
  const { createOrg } = await import("./webhook-fixtures");
  const org = await createOrg();
  actor = { orgId: org.id, tenantId: org.tenantId, userId: org.admin.id, role: "ADMIN" };
}, 180_000);

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await app?.stop();
  await nova?.stop();
});

const resume = (n: number) =>
  `Candidate ${n}. Backend engineer with ${n % 9} years of Go and PostgreSQL; ` + "shipped APIs. ".repeat(n % 7);

describe("the full loop against a second, different Nova double", () => {
  it("creates a job, generates criteria, scores 3 singly and 25 as a batch, resolves a revision conflict, rescores and deletes", async () => {
    const { createJob } = await import("@/lib/jobs");
    const { addCriterion, generateCriteria, saveDraftCriteria } = await import("@/lib/criteria");
    const { createApplicationsFromCsv, deleteApplication } = await import("@/lib/applications");
    const { rescoreApplications, submitApplications } = await import("@/lib/scoring/commands");
    const { testDb } = await import("../support/db");
    const db = testDb();

    const { jobId } = await createJob(actor, {
      title: "Backend Engineer",
      company: "Acme",
      description: "We build APIs in Go on PostgreSQL. ".repeat(5),
      roleKnowledge: null,
    });

    // Nested (G2) generation reply, items without order: stored from versions/current.
    const v1 = await generateCriteria(actor, jobId, {});
    expect(v1.criteria.map((c) => c.order)).toEqual([0, 1, 2]);
    expect(v1.revision).toMatch(/^rev-/);
    await saveDraftCriteria(actor, jobId, v1.criteria);

    // Three singly.
    const single = await createApplicationsFromCsv(
      actor,
      jobId,
      [1, 2, 3].map((n) => ({
        candidateName: `Single ${n}`,
        candidateEmail: null,
        resumeUrl: null,
        resumeText: resume(n),
      })),
    );
    // One at a time (the outbox would otherwise group them into one batch).
    for (const id of single) {
      expect((await submitApplications(actor, jobId, [id])).count).toBe(1);
      await until(
        "a single score",
        () => db.application.findUniqueOrThrow({ where: { id } }),
        (a) => a.pipelineStatus === "SCORED",
      );
    }
    expect(nova.requests.filter((r) => r.endsWith("/scoring-jobs") && r.startsWith("POST"))).toHaveLength(3);

    // Twenty-five as one batch, whose reply has no acceptedApplications: read back, not failed.
    const many = await createApplicationsFromCsv(
      actor,
      jobId,
      Array.from({ length: 25 }, (_, i) => ({
        candidateName: `Batch ${i + 1}`,
        candidateEmail: null,
        resumeUrl: null,
        resumeText: resume(i + 10),
      })),
    );
    expect((await submitApplications(actor, jobId, many)).count).toBe(25);
    const scored = await until(
      "twenty-five batch scores",
      () => db.application.findMany({ where: { id: { in: many } }, include: { currentScoringJob: true } }),
      (apps) => apps.every((a) => a.pipelineStatus === "SCORED"),
    );
    for (const a of scored) {
      expect(a.currentScore).toBeGreaterThanOrEqual(1);
      expect(a.currentScoringJob).toMatchObject({ status: "COMPLETED", criteriaVersionNovaId: v1.versionId });
    }
    expect(nova.requests.filter((r) => r === `POST /v1/jobs/${jobId}/scoring-batches`)).toHaveLength(1);
    await until(
      "the batch.completed webhook",
      () => db.scoringBatch.findFirst({ where: { jobId } }),
      (b) => b?.status === "completed" && b.totalJobs === 25 && b.completedJobs === 25,
    );
    // Every webhook was signed with the old (rotating) secret, base64 over timestamp.body, and accepted.
    expect(await db.webhookEvent.count({ where: { signatureOk: false } })).toBe(0);
    await until(
      "all 28 score webhooks processed",
      () => db.webhookEvent.count({ where: { event: "score.completed", outcome: "processed" } }),
      (n) => n === 28,
    );

    // Someone else changes the criteria at Nova: our edit is refused, their version stored.
    nova.changeCriteriaElsewhere(actor.tenantId, jobId);
    await expect(addCriterion(actor, jobId, { text: "Kubernetes", importance: "PREFERRED" })).rejects.toMatchObject({
      message: "Someone else changed these criteria — reload to see their version",
    });
    const theirs = await db.job.findUniqueOrThrow({
      where: { id: jobId },
      include: { activeCriteriaVersion: { include: { criteria: true } } },
    });
    expect(theirs.activeCriteriaVersion).toMatchObject({ number: 2, source: "SYNCED" });
    expect(theirs.activeCriteriaVersion!.criteria.map((c) => c.text)).toContain("Added by someone else");
    // An edit based on the old page (v1's revision) is refused too; one based on theirs succeeds.
    await expect(
      addCriterion(actor, jobId, { text: "Kubernetes", importance: "PREFERRED" }, v1.revision),
    ).rejects.toMatchObject({ code: "CRITERIA_CONFLICT" });
    const v3 = await addCriterion(
      actor,
      jobId,
      { text: "Kubernetes", importance: "PREFERRED" },
      theirs.activeCriteriaVersion!.criteriaRevision,
    );
    expect(v3.number).toBe(3);
    expect(v3.staleCount).toBe(28);

    // Rescore everyone scored on an older version. A rescore skips an application whose earlier send
    // is still pending in the outbox; on a loaded machine the worker may mark a send done only after
    // its score has arrived by webhook, so wait for the outbox to settle first.
    await until(
      "the outbox settled",
      () => db.outboxItem.count({ where: { jobId, status: "pending" } }),
      (n) => n === 0,
    );
    expect((await rescoreApplications(actor, { jobId, scope: "stale" })).count).toBe(28);
    await until(
      "rescored results",
      () => db.application.findMany({ where: { jobId } }),
      (apps) => apps.every((a) => a.pipelineStatus === "SCORED" && a.currentCriteriaVersionNovaId === v3.versionId),
      90_000,
    );

    // Delete a candidate: a Nova deletion request, then local rows gone.
    const victim = single[0]!;
    await deleteApplication(actor, victim);
    expect(await db.application.count({ where: { id: victim } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "application.deleted", targetId: victim } });
    const { deletionRequestId } = JSON.parse(audit.data) as { deletionRequestId: string };
    expect(deletionRequestId).toMatch(/^delreq_/);
    // Polled until Nova reports it done: requested → completed, in the audit log.
    const done = await until(
      "the deletion to complete at Nova",
      () => db.auditEvent.findFirst({ where: { targetId: victim, action: { startsWith: "deletion." } } }),
      (e) => e !== null,
    );
    expect(done).toMatchObject({ action: "deletion.completed", targetType: "application" });
    expect(JSON.parse(done!.data)).toMatchObject({ deletionRequestId });
  }, 240_000);
});
