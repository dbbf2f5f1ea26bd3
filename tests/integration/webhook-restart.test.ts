import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { restartTestServer } from "../support/restartable-server";
import { openServerDb } from "../support/sandbox-queue-rows";
import { startTestServer, testPort, type TestServer } from "../support/test-server";

let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe("webhook inbox across a restart", () => {
  it(
    "applies a delivery that was stored (and answered 2xx) but not applied when the server died",
    {
      timeout: 200_000,
    },
    async () => {
      const first = await startTestServer("webhook-restart", testPort(31));
      server = first;
      await first.stop();
      server = undefined;

      // What a crash between the 2xx and the apply leaves behind: a stored delivery, claimed by
      // the applier of the process that died.
      const db = openServerDb(first.env);
      const org = await db.organization.create({
        data: { name: "Restart", tenantId: `t_${randomBytes(4).toString("hex")}` },
      });
      const job = await db.job.create({ data: { orgId: org.id, title: "T", company: "C", description: "D" } });
      const app = await db.application.create({
        data: { orgId: org.id, jobId: job.id, candidateName: "Jane", resumeText: "Resume" },
      });
      const body = {
        event: "score.completed",
        tenantId: org.tenantId,
        scoringJobId: "sj_restart",
        criteriaVersionId: "cv_1",
        jobId: job.id,
        applicationId: app.id,
        result: { score: 8, assessment: { verdict: "Good", strengths: [], concerns: [], interviewFocus: [] } },
        completedAt: new Date().toISOString(),
      };
      await db.webhookEvent.create({
        data: {
          deliveryId: "wh_restart",
          bodyHash: randomBytes(32).toString("hex"),
          event: "score.completed",
          signatureOk: true,
          outcome: "received",
          payload: JSON.stringify(body),
          claimedBy: "inbox_dead_process",
          claimedAt: new Date(Date.now() - 5 * 60_000),
        },
      });
      expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).pipelineStatus).toBe("NOT_SUBMITTED");

      server = await restartTestServer(first);
      let row = await db.webhookEvent.findUniqueOrThrow({ where: { deliveryId: "wh_restart" } });
      for (let i = 0; i < 200 && row.outcome === "received"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        row = await db.webhookEvent.findUniqueOrThrow({ where: { deliveryId: "wh_restart" } });
      }
      expect(row).toMatchObject({ outcome: "processed", claimedBy: null });
      expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
        pipelineStatus: "SCORED",
        currentScore: 8,
      });
      await db.$disconnect();
    },
  );
});
