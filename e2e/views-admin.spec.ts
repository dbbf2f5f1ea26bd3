import { test, expect, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";

test("the audit log filters by actor, action, job and date, and exports what it shows", async ({ page, org }) => {
  const a = await seedJob(org, { title: "Audit Job A" });
  const b = await seedJob(org, { title: "Audit Job B" });
  const day = (d: string) => new Date(`${d}T12:00:00Z`);
  await e2eDb.auditEvent.createMany({
    data: [
      {
        orgId: org.id,
        actorId: org.admin.id,
        action: "criteria.edited",
        jobId: a.jobId,
        targetType: "job",
        targetId: a.jobId,
        data: '{"version":2}',
        createdAt: day("2026-03-01"),
      },
      {
        orgId: org.id,
        actorId: org.admin.id,
        action: "rescore.requested",
        jobId: a.jobId,
        targetType: "job",
        targetId: a.jobId,
        data: '{"count":4}',
        createdAt: day("2026-03-02"),
      },
      {
        orgId: org.id,
        actorId: org.recruiter.id,
        action: "applications.submitted",
        jobId: b.jobId,
        targetType: "job",
        targetId: b.jobId,
        data: '{"count":3}',
        createdAt: day("2026-03-03"),
      },
      {
        orgId: org.id,
        actorId: org.admin.id,
        action: "member.role_changed",
        targetType: "user",
        targetId: org.recruiter.id,
        data: '{"role":"=cmd()"}',
        createdAt: day("2026-03-04"),
      },
    ],
  });
  await signIn(page, org.admin.email);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("audit-row")).toHaveCount(4);

  await page.getByLabel("Actor").selectOption(org.admin.id);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(page.getByTestId("audit-row")).toHaveCount(3);

  await page.getByLabel("Job").selectOption(a.jobId);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(2);
  await expect(page.getByTestId("audit-row").first()).toContainText("Requested a rescore");

  await page.getByLabel("Action").selectOption("criteria.edited");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText("Audit Job A");

  await page.goto("/admin/audit?from=2026-03-03&to=2026-03-04");
  await expect(page.getByTestId("audit-row")).toHaveCount(2);
  await expect(page.getByLabel("From")).toHaveValue("2026-03-03");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  const lines = text.trim().split(/\r\n/);
  expect(lines[0]).toBe("time,actor,actor_email,action,job,target_type,target_id,details");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain("member.role_changed");
  // A formula in the data cannot run when the CSV is opened.
  expect(lines[1]).not.toMatch(/,=cmd/);
  expect(lines[2]).toContain("applications.submitted");
  // The export itself is audited.
  await expect.poll(() => e2eDb.auditEvent.count({ where: { orgId: org.id, action: "audit.exported" } })).toBe(1);
});

test("recruiters cannot see the audit log, its export or the Nova page", async ({ page, org }) => {
  await signIn(page, org.recruiter.email);
  for (const path of ["/admin/audit", "/admin/nova"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
  }
  const res = await page.request.get("/api/admin/audit/export");
  expect(res.status()).toBe(403);
  const res2 = await page.request.get("/api/admin/audit/export");
  expect(await res2.text()).not.toContain("time,actor");
});

test("the Nova page shows the tenant's health and proves the webhook round trip", async ({ page, org }) => {
  await signIn(page, org.admin.email);
  await page.goto("/admin/nova");
  await expect(page.getByRole("heading", { name: "Nova integration" })).toBeVisible();
  await expect(page.getByTestId("rate-limits")).toContainText("scoring_intake_single");
  await expect(page.getByTestId("outbox-backlog")).toHaveText("0");

  await page.getByRole("button", { name: "Send test webhook" }).click();
  await expect(page.getByTestId("test-webhook-result")).toContainText("Round trip complete", { timeout: 30_000 });
  await expect(page.getByTestId("test-webhook-result")).toContainText("signature valid");
  const deliveryId = /test delivery (\S+) received/.exec(
    (await page.getByTestId("test-webhook-result").textContent()) ?? "",
  )?.[1];
  expect(deliveryId).toBeTruthy();
  const row = await e2eDb.webhookEvent.findUnique({ where: { deliveryId: deliveryId! } });
  expect(row?.event).toBe("test");
  expect(row?.signatureOk).toBe(true);

  await page.reload();
  await expect(page.getByTestId("last-webhook")).toContainText("test");
});
