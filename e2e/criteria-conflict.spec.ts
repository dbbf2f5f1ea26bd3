import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";

const POSTING = `We are hiring a Backend Engineer for our payments platform.

Requirements:
- 5+ years building backend services in Go
- PostgreSQL in production
- Kubernetes operations

Nice to have:
- Experience with event-driven architecture`;

const CONFLICT = "Someone else changed these criteria — reload to see their version";

test("two admins edit the same criteria: the second save shows the conflict and keeps the edit", async ({
  page,
  org,
}) => {
  test.setTimeout(150_000);
  await signIn(page, org.admin.email);
  await page.goto("/jobs/new");
  await hydrated(page);
  await page.getByLabel("Job title").fill("Backend Engineer");
  await page.getByLabel("Company").fill("Northwind");
  await page.getByLabel("Job description").fill(POSTING);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await expect(page.getByText(/Nova drafted \d+ criteria/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)[^/?]+$/);
  const jobId = page.url().split("/").pop()!;

  // Two editors with the same version on screen (a second tab of the same admin is enough:
  // what matters is the revision each page was rendered with).
  const first = page;
  const second = await page.context().newPage();
  for (const p of [first, second]) {
    await p.goto(`/jobs/${jobId}/criteria`);
    await hydrated(p);
  }
  const before = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: true },
  });

  // The first editor saves.
  await first
    .getByRole("button", { name: /^Edit: / })
    .first()
    .click();
  await first.locator('textarea[id^="edit-"]').fill("Go services in production, first editor's wording");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByText(/Saved as criteria version \d+\./)).toBeVisible({ timeout: 30_000 });

  // The second editor, still on the old revision, saves too: Nova refuses (409).
  const mine = "Go services in production, second editor's wording that must not be lost";
  await second
    .getByRole("button", { name: /^Edit: / })
    .first()
    .click();
  await second.locator('textarea[id^="edit-"]').fill(mine);
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText(CONFLICT)).toBeVisible({ timeout: 30_000 });
  // Nothing lost: the edit is still on screen, in the open form.
  await expect(second.locator('textarea[id^="edit-"]')).toHaveValue(mine);
  await expect(second.getByText(/Saved as criteria version/)).toHaveCount(0);

  // Only the first editor's version became active; the second's text was never stored.
  const after = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: { include: { criteria: true } } },
  });
  expect(after.activeCriteriaVersion!.number).toBe(before.activeCriteriaVersion!.number + 1);
  const texts = after.activeCriteriaVersion!.criteria.map((c) => c.text);
  expect(texts).toContain("Go services in production, first editor's wording");
  expect(texts).not.toContain(mine);

  // Reloading shows the other editor's version, as the message says.
  await second.reload();
  await expect(
    second.getByTestId("criterion").filter({ hasText: "Go services in production, first editor's wording" }),
  ).toBeVisible();
});
