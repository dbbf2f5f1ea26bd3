import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookPayload } from "@/lib/nova/schemas";
import { createTempDb, type TempDb } from "@/tests/support/db";
import { refuseWebhookInsert } from "@/tests/support/refuse-webhook-insert";
import { attributeDelivery } from "./attribution";
import { createInboxWriter, MAX_BATCH, type InboxRow } from "./inbox-writer";

/**
 * Group commit against a real database (SQLite, or PostgreSQL in the PostgreSQL pass): writes
 * issued in the same tick share one INSERT, so these tests control what lands in one batch.
 */
let t: TempDb;
let tenantId: string;
let orgId: string;
beforeAll(async () => {
  t = await createTempDb("shortlist-inbox-writer-");
  tenantId = `tenant_${randomBytes(4).toString("hex")}`;
  orgId = (await t.db.organization.create({ data: { name: "Writer", tenantId } })).id;
});
afterAll(() => t.drop());

function delivery(deliveryId: string, body = `{"n":"${deliveryId}"}`): InboxRow {
  return {
    deliveryId,
    bodyHash: createHash("sha256").update(body).digest("hex"),
    event: "score.completed",
    payload: body,
    outcome: "received",
    detail: null,
    ...attributeDelivery(
      webhookPayload.parse({
        event: "score.completed",
        tenantId,
        scoringJobId: `sj_${deliveryId}`,
        criteriaVersionId: "cv_1",
        jobId: "job_1",
        applicationId: "app_1",
        result: { score: 5, assessment: { verdict: "ok", strengths: [], concerns: [], interviewFocus: [] } },
        completedAt: null,
      }),
    ),
  };
}

const rowsOf = (ids: string[]) => t.db.webhookEvent.findMany({ where: { deliveryId: { in: ids } } });

describe("inbox writer (group commit)", () => {
  it("stores a burst with redeliveries and replays once each, within and across batches", async () => {
    const writer = createInboxWriter(() => t.db);
    const tag = randomBytes(4).toString("hex");
    const ids = Array.from({ length: MAX_BATCH + 30 }, (_, i) => `wh_${tag}_${i}`);
    // First wave in one tick (more than one batch); every fifth delivery twice in the same batch.
    const first = ids.flatMap((id, i) => (i % 5 === 0 ? [id, id] : [id]));
    const firstResults = await Promise.all(first.map((id) => writer.write(delivery(id))));
    // Second wave: every third delivery again (same id and body), and a replay of delivery 1's
    // body under a new id: duplicates of rows already committed.
    const replayId = `wh_${tag}_replay`;
    const secondResults = await Promise.all([
      ...ids.filter((_, i) => i % 3 === 0).map((id) => writer.write(delivery(id))),
      writer.write(delivery(replayId, `{"n":"${ids[1]}"}`)),
    ]);

    expect(firstResults.filter((r) => r === "stored")).toHaveLength(ids.length);
    expect(firstResults.filter((r) => r === "duplicate")).toHaveLength(first.length - ids.length);
    expect(secondResults.every((r) => r === "duplicate")).toBe(true);
    const rows = await rowsOf([...ids, replayId]);
    expect(rows.map((r) => r.deliveryId).sort()).toEqual([...ids].sort());
    for (const r of rows) {
      expect(r).toMatchObject({ outcome: "received", signatureOk: true, attempts: 0, orgId, jobId: "job_1" });
      expect(r.payload).toBe(`{"n":"${r.deliveryId}"}`);
      expect(r.appliedAt).toBeNull();
      expect(r.nextAttemptAt.getTime()).toBe(r.receivedAt.getTime());
    }
  });

  it("gives each delivery to exactly one of two instances receiving the same burst at once", async () => {
    // Nova redelivers to whichever instance the load balancer picks: both may hold the same ids.
    const [one, two] = [createInboxWriter(() => t.db), createInboxWriter(() => t.another())];
    const tag = randomBytes(4).toString("hex");
    const ids = Array.from({ length: 40 }, (_, i) => `wh_${tag}_${i}`);
    const results = await Promise.all([
      ...ids.map((id) => one.write(delivery(id))),
      ...[...ids].reverse().map((id) => two.write(delivery(id))),
    ]);
    expect(results.filter((r) => r === "stored")).toHaveLength(ids.length);
    expect(await rowsOf(ids)).toHaveLength(ids.length);
  });

  it("fails every request of a batch whose insert fails, and writes none of its rows", async () => {
    const writer = createInboxWriter(() => t.db);
    const tag = randomBytes(4).toString("hex");
    const poison = `wh_${tag}_boom`;
    // A real failure from the database: a trigger that aborts the insert of one delivery.
    const allow = await refuseWebhookInsert(t.db, poison);
    const batch = [`wh_${tag}_a`, poison, `wh_${tag}_b`, `wh_${tag}_c`];
    const results = await Promise.allSettled(batch.map((id) => writer.write(delivery(id))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(await rowsOf(batch)).toEqual([]);

    // The writer carries on: the same deliveries sent again (Nova redelivers) are stored.
    await allow();
    const again = await Promise.all(batch.map((id) => writer.write(delivery(id))));
    expect(again).toEqual(["stored", "stored", "stored", "stored"]);
    expect(await rowsOf(batch)).toHaveLength(4);
  });

  it("keeps an unusable payload as final and attributes a tenant it does not know to nobody", async () => {
    const writer = createInboxWriter(() => t.db);
    const tag = randomBytes(4).toString("hex");
    const unknown = { ...delivery(`wh_${tag}_unknown`) };
    unknown.orgId = attributeDelivery(
      webhookPayload.parse({
        event: "batch.completed",
        tenantId: "tenant_nobody",
        batchId: "b_1",
        jobId: "job_2",
        status: "completed",
        totalJobs: 1,
        completedJobs: 1,
        failedJobs: 0,
        completedAt: null,
      }),
    ).orgId;
    const ignored: InboxRow = { ...delivery(`wh_${tag}_ignored`), outcome: "ignored", detail: "unusable payload" };
    expect(await Promise.all([writer.write(unknown), writer.write(ignored)])).toEqual(["stored", "stored"]);
    const rows = await rowsOf([unknown.deliveryId!, ignored.deliveryId!]);
    const byId = new Map(rows.map((r) => [r.deliveryId, r]));
    expect(byId.get(unknown.deliveryId)).toMatchObject({ outcome: "received", orgId: null, appliedAt: null });
    expect(byId.get(ignored.deliveryId)).toMatchObject({ outcome: "ignored", detail: "unusable payload" });
    expect(byId.get(ignored.deliveryId)!.appliedAt).toBeInstanceOf(Date);
  });
});
