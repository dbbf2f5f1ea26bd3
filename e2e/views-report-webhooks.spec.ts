import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";

/**
 * The rescore report (reached from the ranking's notice and from the job's history), the
 * rescore confirmation's breakdown, and the admin's webhook delivery log with "Apply again",
 * each checked with axe at 1280 and 390 px.
 */
async function expectAccessible(page: Page, what: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
    expect(bad, `${what} at ${width}px:\n${report}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${what} overflows at ${width}px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * A rescore of the two stale candidates as it stands once Nova has answered: the operation, the
 * snapshots taken when it was queued (Ada 7, rank 2; Edsger 4, rank 4), and the new results.
 */
async function finishedRescore(orgId: string, jobId: string, v2: string, apps: Record<string, string>) {
  const admin = await e2eDb.membership.findFirstOrThrow({ where: { orgId, role: "ADMIN" } });
  const op = await e2eDb.operation.create({
    data: {
      orgId,
      jobId,
      kind: "RESCORE",
      status: "completed",
      total: 2,
      processed: 2,
      createdById: admin.userId,
      completedAt: new Date(),
    },
  });
  const moves: [string, number, number, number][] = [
    ["Ada Lovelace", 7, 2, 9],
    ["Edsger Dijkstra", 4, 4, 8],
  ];
  for (const [name, oldScore, oldRank, newScore] of moves) {
    const id = apps[name]!;
    const before = await e2eDb.application.findUniqueOrThrow({ where: { id } });
    await e2eDb.rescoreSnapshot.create({
      data: { operationId: op.id, applicationId: id, oldScore, oldRank, oldScoringJobId: before.currentScoringJobId },
    });
    const sj = await e2eDb.scoringJob.create({
      data: {
        orgId,
        applicationId: id,
        novaScoringJobId: `sj_rescore_${randomBytes(4).toString("hex")}`,
        criteriaVersionNovaId: v2,
        isRescore: true,
        status: "COMPLETED",
        score: newScore,
        verdict: "Rescored.",
        strengths: "[]",
        concerns: "[]",
        interviewFocus: "[]",
        submittedAt: new Date(),
        completedAt: new Date(),
      },
    });
    await e2eDb.application.update({
      where: { id },
      data: { currentScoringJobId: sj.id, currentScore: newScore, currentCriteriaVersionNovaId: v2 },
    });
  }
  return op.id;
}

test("the rescore confirmation shows what will be rescored; the report lists movers, old → new", async ({
  page,
  org,
}) => {
  test.setTimeout(120_000);
  const job = await seedJob(org);
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${job.jobId}`);
  await hydrated(page);

  // Before confirming: the two stale candidates by band and by decision, and the billing.
  await page.getByRole("button", { name: "Rescore all stale (2)" }).click();
  const dialog = page.getByRole("dialog", { name: "Rescore 2 candidates?" });
  const preview = dialog.getByTestId("rescore-preview");
  await expect(preview.getByRole("table", { name: "By current band" })).toBeVisible();
  await expect(preview.getByRole("row", { name: "Strong 1" })).toBeVisible();
  await expect(preview.getByRole("row", { name: "Significant gaps 1" })).toBeVisible();
  await expect(preview.getByRole("row", { name: "Undecided 2" })).toBeVisible();
  await expect(preview).toContainText("each rescore is billed");
  await expectAccessible(page, "rescore confirmation");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await e2eDb.operation.count({ where: { jobId: job.jobId } })).toBe(0);

  const operationId = await finishedRescore(org.id, job.jobId, job.v2, job.apps);

  // From the ranking's notice…
  await page.reload();
  await page.getByTestId("rescore-report-link").click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${job.jobId}/rescores/${operationId}$`));
  await expect(page.getByRole("heading", { name: "Rescore report" })).toBeVisible();
  await expect(page.getByTestId("report-moved-up")).toHaveText("2");
  await expect(page.getByTestId("report-moved-down")).toHaveText("0");
  await expect(page.getByTestId("report-pending")).toHaveText("0");
  const movers = page.getByTestId("movers").getByTestId("mover");
  await expect(movers).toHaveCount(2);
  // Now: Grace 9 and Ada 9 share rank 1, Edsger 8 is 3rd.
  await expect(movers.nth(0)).toContainText("Edsger Dijkstra");
  await expect(movers.nth(0).getByTestId("mover-score")).toHaveText("4 → 8");
  await expect(movers.nth(0).getByTestId("mover-rank")).toHaveText("4 → 3");
  await expect(movers.nth(1).getByTestId("mover-score")).toHaveText("7 → 9");
  await expect(movers.nth(1).getByTestId("mover-rank")).toHaveText("2 → 1");
  // Threshold 7: only Edsger crossed it (Ada was already at 7).
  await expect(page.getByTestId("crossed-up").getByTestId("mover")).toHaveCount(1);
  await expect(page.getByTestId("crossed-up")).toContainText("Edsger Dijkstra");
  await expectAccessible(page, "rescore report");

  // …and from the job's history.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("rescore-history").getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page, "job history");
  await page
    .getByTestId("rescore-history")
    .getByRole("link", { name: /Rescore report/ })
    .click();
  await expect(page.getByTestId("movers").getByTestId("mover")).toHaveCount(2);
});

test("an admin applies a failed webhook delivery again; recruiters may not open the log", async ({ page, org }) => {
  test.setTimeout(120_000);
  const job = await seedJob(org);
  const appId = job.apps["Linus Torvalds"]!;
  const deliveryId = `wh_e2e_${randomBytes(4).toString("hex")}`;
  await e2eDb.webhookEvent.create({
    data: {
      deliveryId,
      event: "score.completed",
      signatureOk: true,
      outcome: "failed",
      detail: "database is locked",
      attempts: 5,
      orgId: org.id,
      jobId: job.jobId,
      applicationId: appId,
      payload: JSON.stringify({
        event: "score.completed",
        tenantId: org.tenantId,
        scoringJobId: `sj_${deliveryId}`,
        criteriaVersionId: job.v2,
        jobId: job.jobId,
        applicationId: appId,
        result: { score: 6, assessment: { verdict: "Solid.", strengths: [], concerns: [], interviewFocus: [] } },
        completedAt: new Date().toISOString(),
      }),
    },
  });

  await signIn(page, org.recruiter.email);
  expect((await page.goto("/admin/webhooks"))!.status()).toBe(403);
  await page.context().clearCookies();

  await signIn(page, org.admin.email);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Webhook deliveries" })).toBeVisible();
  await page.getByLabel("Outcome").selectOption("failed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/outcome=failed/);
  const row = page.getByTestId("delivery-row").filter({ hasText: deliveryId });
  await expect(row).toContainText("database is locked");
  await expect(row).toContainText("Linus Torvalds");
  await expectAccessible(page, "webhook deliveries");

  await hydrated(page);
  await row.getByRole("button", { name: `Apply again delivery ${deliveryId}` }).click();
  await expect(page.getByText("Queued to apply again")).toBeVisible();
  // The server's applier takes it on its next pass: wait for the outcome, not for a time.
  await expect(async () => {
    await page.goto(`/admin/webhooks?job=${job.jobId}`);
    await expect(page.getByTestId("delivery-row").filter({ hasText: deliveryId })).toHaveAttribute(
      "data-outcome",
      "processed",
    );
  }).toPass({ timeout: 60_000 });
  expect(await e2eDb.application.findUniqueOrThrow({ where: { id: appId } })).toMatchObject({
    currentScore: 6,
    pipelineStatus: "SCORED",
  });
  await page.goto("/admin/audit?action=webhook.reapplied");
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
});
