import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";

// The admin's criteria library page (/admin/library): browse, edit and remove Nova's templates.

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
  expect(bad, `${what}:\n${report}`).toEqual([]);
}

test("an admin browses, edits and removes the criteria library", async ({ page, org }) => {
  const seeded = await seedJob(org);
  await signIn(page, org.admin.email);

  // Empty at first, reachable from the admin navigation.
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Admin sections" })
    .getByRole("link", { name: "Criteria library" })
    .click();
  await expect(page).toHaveURL(/\/admin\/library$/);
  await expect(page.getByTestId("library-empty")).toBeVisible();
  await expectAccessible(page, "empty library");

  // A criterion saved from a job shows up with its importance.
  await page.goto(`/jobs/${seeded.jobId}/criteria`);
  await hydrated(page);
  const criterion = page.getByTestId("criterion").filter({ hasText: "Experience with Go" });
  await criterion.getByRole("button", { name: "Save to library" }).click();
  await expect(criterion.getByTestId("library-status")).toContainText("Saved to library");
  await page.goto("/admin/library");
  await hydrated(page);
  const item = page.getByTestId("library-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId("library-text")).toContainText("Experience with Go");

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `library at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // A bad edit is refused with the reason and changes nothing.
  await item.getByRole("button", { name: /^Edit/ }).click();
  await item.getByLabel("Criterion").fill("Go");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(item.getByText("A criterion needs at least 3 characters")).toBeVisible();
  await expectAccessible(page, "library edit form with an error");

  // Edit text and importance.
  await item.getByLabel("Criterion").fill("Five years of Go in production");
  await item.getByLabel("Importance").selectOption("NICE_TO_HAVE");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(item.getByTestId("library-text")).toHaveText("Five years of Go in production");
  await expect(item.getByTestId("library-importance")).toHaveText("Nice to have");
  await page.reload();
  await expect(page.getByTestId("library-text")).toHaveText("Five years of Go in production");
  await expect
    .poll(() => e2eDb.auditEvent.count({ where: { orgId: org.id, action: "criteria.library_updated" } }))
    .toBe(1);

  // Remove (asks first).
  await hydrated(page);
  await page
    .getByTestId("library-item")
    .getByRole("button", { name: /^Remove/ })
    .click();
  await page
    .getByRole("group", { name: "Confirm removal" })
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expect(page.getByTestId("library-empty")).toBeVisible();
  await expect
    .poll(() => e2eDb.auditEvent.count({ where: { orgId: org.id, action: "criteria.library_removed" } }))
    .toBe(1);
});

test("a recruiter cannot open the criteria library page", async ({ page, org }) => {
  await signIn(page, org.recruiter.email);
  expect((await page.goto("/admin/library"))?.status()).toBe(403);
});
