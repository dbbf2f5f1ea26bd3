import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { restartTestServer } from "../support/restartable-server";
import { ensureCriteriaVersion, ensureTenant, openServerDb, queueJob } from "../support/sandbox-queue-rows";
import { startWebhookListener, type WebhookListener } from "../support/sandbox-webhook-listener";
import { startTestServer, testPort, type TestServer } from "../support/test-server";

let listener: WebhookListener;
let server: TestServer | undefined;

beforeAll(async () => {
  listener = await startWebhookListener(testPort(14));
});

afterAll(async () => {
  await server?.stop();
  await listener?.close();
});

describe("sandbox queue across a restart", () => {
  // A job in flight at the stop keeps a fresh claim until it goes stale (60 s): allow for it.
  it(
    "completes every accepted job exactly once, including one claimed by a dead worker, and resumes a dead dispatcher's delivery",
    { timeout: 200_000 },
    async () => {
      const first = await startTestServer("sandbox-queue-restart", testPort(13), {
        NOVA_SANDBOX_WEBHOOK_URL: listener.url,
      });
      server = first;
      let db: PrismaClient = openServerDb(first.env);
      const tenantId = await ensureTenant(db, "restart-co");
      const criteriaVersionId = await ensureCriteriaVersion(db, tenantId, "job-backend");
      const ids: string[] = [];
      for (let i = 0; i < 40; i++)
        ids.push(await queueJob(db, { tenantId, criteriaVersionId, applicationId: `app-${i}` }));
      // Stop in the middle of the queue: as soon as the first results arrive.
      await listener.waitFor((r) => r.length >= 3);
      await db.$disconnect();
      await first.stop();
      server = undefined;

      db = openServerDb(first.env);
      const pendingAtStop = await db.sandboxScoringJob.count({ where: { tenantId, status: "pending" } });
      // Work accepted while no server ran, and a job a dead worker claimed 5 minutes ago.
      for (let i = 40; i < 45; i++)
        ids.push(await queueJob(db, { tenantId, criteriaVersionId, applicationId: `app-${i}` }));
      ids.push(
        await queueJob(db, {
          tenantId,
          criteriaVersionId,
          applicationId: "app-orphan",
          claimedBy: "scoring:dead-host:1:x",
          claimedAt: new Date(Date.now() - 5 * 60_000),
        }),
      );
      // And a webhook a dead dispatcher was sending when its process died.
      const orphanBody = JSON.stringify({
        event: "test",
        message: "sent by a dispatcher that died",
        timestamp: new Date().toISOString(),
      });
      await db.sandboxWebhookDelivery.create({
        data: {
          id: "wh_orphan_delivery",
          tenantId,
          event: "test",
          payload: orphanBody,
          claimedBy: "webhooks:dead-host:1:x",
          claimedAt: new Date(Date.now() - 5 * 60_000),
        },
      });
      await db.$disconnect();

      server = await restartTestServer(first);
      db = openServerDb(first.env);
      const completedFor = () => {
        // Dedupe by X-Webhook-Id, as a receiver does: redelivery of one event is allowed.
        const events = new Map(
          listener.received.filter((w) => w.body.event === "score.completed").map((w) => [w.id, w.body]),
        );
        return [...events.values()].map((b) => String(b.scoringJobId));
      };
      await listener.waitFor(
        () =>
          new Set(completedFor()).size >= ids.length && listener.received.some((w) => w.id === "wh_orphan_delivery"),
        180_000,
      );
      expect(listener.received.find((w) => w.id === "wh_orphan_delivery")!.rawBody).toBe(orphanBody);

      const perJob = completedFor();
      expect(new Set(perJob)).toEqual(new Set(ids));
      // Exactly once: one distinct score.completed event per job.
      expect(perJob).toHaveLength(ids.length);
      const rows = await db.sandboxScoringJob.findMany({ where: { tenantId } });
      expect(rows.filter((r) => r.status === "completed")).toHaveLength(ids.length);
      const orphan = rows.find((r) => r.applicationId === "app-orphan")!;
      expect(orphan.claimedBy).not.toBe("scoring:dead-host:1:x");
      expect(orphan.attempts).toBe(1);
      expect(await db.sandboxWebhookDelivery.count({ where: { tenantId, event: "score.completed" } })).toBe(ids.length);
      // The restart really happened mid-queue (otherwise this test proves nothing).
      expect(pendingAtStop).toBeGreaterThan(0);
      await db.$disconnect();
    },
  );
});
