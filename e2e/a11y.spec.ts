import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./support/fixtures";
import { seedJob } from "./support/dashboard-seed";

/** Fails on serious or critical violations, listing each with the offending elements. */
async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
    .join("\n");
  expect(bad, `${what}:\n${report}`).toEqual([]);
}

test("sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in");
});

test("every dashboard page, as an admin, with data", async ({ page, org }) => {
  // Nine pages, each with a full axe scan: on a loaded CI machine that alone outlasts the usual minute
  // (it reached the last page when it timed out). Three minutes; what it waits for stays state.
  test.slow();
  const job = await seedJob(org);
  await signIn(page, org.admin.email);

  await page.goto("/jobs");
  await expect(page.getByTestId("job-card")).toHaveCount(1);
  await expectAccessible(page, "jobs");

  await page.goto("/jobs/new");
  await expect(page.getByRole("heading", { name: "New job" })).toBeVisible();
  await expectAccessible(page, "new job");

  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  await page.getByRole("button", { name: "Details for Grace Hopper" }).click();
  await expectAccessible(page, "job ranking (row expanded)");
  await page.getByRole("button", { name: "Rescore all stale (2)" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectAccessible(page, "rescore dialog");
  await page.keyboard.press("Escape");

  await page.goto(`/jobs/${job.jobId}/candidates/${job.apps["Alan Turing"]}`);
  await expect(page.getByTestId("verdict")).toBeVisible();
  await expectAccessible(page, "candidate");

  await page.goto(`/jobs/${job.jobId}/criteria`);
  await expect(page.getByTestId("criteria-diff")).toBeVisible();
  await expectAccessible(page, "criteria");

  await page.goto(`/jobs/${job.jobId}/candidates/new`);
  await expect(page.getByRole("heading", { name: "Upload resumes" })).toBeVisible();
  await expectAccessible(page, "add candidates");

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
  await expectAccessible(page, "admin");
});

test("empty jobs list", async ({ page, org }) => {
  await signIn(page, org.recruiter.email);
  await page.goto("/jobs");
  await expect(page.getByText("No jobs yet")).toBeVisible();
  await expectAccessible(page, "jobs (empty)");
});

test("job ranking at phone width (390 px)", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  // After signing in: the shell hides the user's name (what signIn waits for) on phones.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  await expectAccessible(page, "ranking at 390 px");
  // Nothing forces horizontal scrolling on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
