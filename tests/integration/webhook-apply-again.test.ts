import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callAction } from "../support/server-actions";
import { testDb } from "../support/db";
import {
  createJobWithApplication,
  createOrg,
  deliver,
  scoreCompleted,
  signedIn,
  waitApplied,
  type Org,
} from "./webhook-fixtures";

/**
 * /admin/webhooks over the running server: deliveries are attributed to the org they name, the
 * log shows an org only its own, and "Apply again" puts a failed delivery back in the inbox,
 * where the server's real applier applies it (audited). Waits are bounded, never timed.
 */
const db = testDb();
const ACTIONS = "app/(dashboard)/admin/webhooks/actions.ts";
let org: Org;
let other: Org;

beforeAll(async () => {
  [org, other] = await Promise.all([createOrg(), createOrg()]);
});

const hex = (n: number) => randomBytes(n).toString("hex");

describe("webhook deliveries for admins", () => {
  it("attributes a delivery to its org, job and application when it is stored", async () => {
    const { job, app } = await createJobWithApplication(org);
    const id = `wh_attr_${hex(6)}`;
    expect((await deliver(scoreCompleted(org, job.id, app.id, `sj_${hex(6)}`, 7), { id })).status).toBe(200);
    const row = await waitApplied(id);
    expect(row).toMatchObject({ outcome: "processed", orgId: org.id, jobId: job.id, applicationId: app.id });

    const admin = await signedIn(org.admin.email);
    const page = await (await admin.fetch("/admin/webhooks")).text();
    expect(page).toContain(id);
    // Another org's admin never sees it; a recruiter may not open the log at all.
    const otherAdmin = await signedIn(other.admin.email);
    const otherPage = await otherAdmin.fetch("/admin/webhooks");
    expect(otherPage.status).toBe(200);
    expect(await otherPage.text()).not.toContain(id);
    const recruiter = await signedIn(org.recruiter.email);
    expect((await recruiter.fetch("/admin/webhooks")).status).toBe(403);
  });

  it("filters by outcome, event and job", async () => {
    const { job, app } = await createJobWithApplication(org);
    const applied = `wh_filter_${hex(6)}`;
    await deliver(scoreCompleted(org, job.id, app.id, `sj_${hex(6)}`, 6), { id: applied });
    await waitApplied(applied);
    const failed = `wh_filter_failed_${hex(6)}`;
    await db.webhookEvent.create({
      data: { deliveryId: failed, event: "score.failed", signatureOk: true, outcome: "failed", orgId: org.id },
    });
    const admin = await signedIn(org.admin.email);
    const byJob = await (await admin.fetch(`/admin/webhooks?job=${job.id}`)).text();
    expect(byJob).toContain(applied);
    expect(byJob).not.toContain(failed);
    const byOutcome = await (await admin.fetch("/admin/webhooks?outcome=failed")).text();
    expect(byOutcome).toContain(failed);
    expect(byOutcome).not.toContain(applied);
    const byEvent = await (await admin.fetch("/admin/webhooks?event=score.completed")).text();
    expect(byEvent).toContain(applied);
    expect(byEvent).not.toContain(failed);
  });

  it("applies a failed delivery again: the applier applies its stored payload, and it is audited", async () => {
    const { job, app } = await createJobWithApplication(org);
    const deliveryId = `wh_again_${hex(6)}`;
    // What the applier leaves behind when it gave up (the database was unavailable, say): the
    // verified payload is stored, the outcome is failed with the last error.
    const row = await db.webhookEvent.create({
      data: {
        deliveryId,
        event: "score.completed",
        signatureOk: true,
        outcome: "failed",
        detail: "database is locked",
        attempts: 5,
        payload: JSON.stringify(scoreCompleted(org, job.id, app.id, `sj_${hex(6)}`, 8)),
        orgId: org.id,
        jobId: job.id,
        applicationId: app.id,
      },
    });

    const recruiter = await signedIn(org.recruiter.email);
    expect(
      (await callAction(recruiter, ACTIONS, "applyWebhookAgain", [{ webhookEventId: row.id }])).result,
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const otherAdmin = await signedIn(other.admin.email);
    expect(
      (await callAction(otherAdmin, ACTIONS, "applyWebhookAgain", [{ webhookEventId: row.id }])).result,
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ outcome: "failed" });

    const admin = await signedIn(org.admin.email);
    const reply = await callAction(admin, ACTIONS, "applyWebhookAgain", [{ webhookEventId: row.id }]);
    expect(reply.result).toMatchObject({ ok: true });
    const applied = await waitApplied(deliveryId);
    expect(applied).toMatchObject({ outcome: "processed", attempts: 1 });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      pipelineStatus: "SCORED",
      currentScore: 8,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.id, action: "webhook.reapplied", targetId: row.id },
    });
    expect(audit).toMatchObject({ actorId: org.admin.id, jobId: job.id });
    expect(JSON.parse(audit.data)).toMatchObject({ deliveryId, previousError: "database is locked" });

    // Only a failed delivery can be applied again: a second click is refused with a message.
    const again = await callAction(admin, ACTIONS, "applyWebhookAgain", [{ webhookEventId: row.id }]);
    expect(again.result).toMatchObject({ ok: false, error: "Only a failed delivery can be applied again." });
    expect(await db.auditEvent.count({ where: { action: "webhook.reapplied", targetId: row.id } })).toBe(1);
  });
});
