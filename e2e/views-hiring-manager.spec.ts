import bcrypt from "bcryptjs";
import { test, expect, signIn, PASSWORD, hydrated, shortcutsReady } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";

test("a hiring manager sees only the jobs an admin assigned, and nothing else", async ({ page, org }) => {
  const mine = await seedJob(org, { title: "Assigned Job" });
  const other = await seedJob(org, { title: "Someone Else's Job" });
  const email = `hm-${org.tenantId}@e2e.test`;
  const hm = await e2eDb.user.create({
    data: {
      email,
      name: "Hana Manager",
      passwordHash: await bcrypt.hash(PASSWORD, 4),
      memberships: { create: { orgId: org.id, role: "HIRING_MANAGER" } },
    },
  });

  // The admin assigns her on the job.
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${mine.jobId}`);
  await page.getByRole("combobox", { name: "Hiring manager" }).selectOption(hm.id);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("hiring-managers")).toContainText("Hana Manager");
  await expect
    .poll(() => e2eDb.auditEvent.count({ where: { orgId: org.id, action: "job.member_added", jobId: mine.jobId } }))
    .toBe(1);

  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page.getByTestId("current-role")).toHaveText("Hiring manager");
  await page.goto("/jobs");
  await expect(page.getByTestId("job-card")).toHaveCount(1);
  await expect(page.getByTestId("job-card")).toContainText("Assigned Job");

  // Her job: ranking, candidate and compare are readable.
  await page.goto(`/jobs/${mine.jobId}`);
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  // The shortcuts list offers her only keys that work for her: no a/h/r (she cannot decide).
  await hydrated(page);
  await shortcutsReady(page);
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toContainText("Next / previous candidate");
  await expect(shortcuts).toContainText("Add a note");
  for (const what of ["Advance", "Hold", "Reject"]) await expect(shortcuts).not.toContainText(what);
  await page.keyboard.press("Escape");
  await page.goto(`/jobs/${mine.jobId}/candidates/${mine.apps["Grace Hopper"]}`);
  await expect(page.getByTestId("verdict")).toBeVisible();
  await hydrated(page);
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(shortcuts).toContainText("Write a note");
  for (const what of ["Advance", "Hold", "Reject"]) await expect(shortcuts).not.toContainText(what);
  await page.keyboard.press("Escape");

  // Another job does not exist for her, on any of its pages.
  for (const path of [
    `/jobs/${other.jobId}`,
    `/jobs/${other.jobId}/candidates/${other.apps["Grace Hopper"]}`,
    `/jobs/${other.jobId}/compare?ids=${other.apps["Grace Hopper"]},${other.apps["Alan Turing"]}`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" }), path).toBeVisible();
    await expect(page.getByTestId("ranking-row")).toHaveCount(0);
  }
  await expect(page.getByText("Alan Turing")).toHaveCount(0);

  // Routes refuse her on the server: the ranking export, the admin export. She may poll her own
  // job's status (her ranking does while scores are pending) and read its resumes, not another job's.
  for (const url of [`/api/jobs/${mine.jobId}/export`, "/api/admin/audit/export"]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(403);
  }
  expect((await page.request.get(`/api/jobs/${mine.jobId}/status`)).status()).toBe(200);
  expect((await page.request.get(`/api/jobs/${other.jobId}/status`)).status()).toBe(404);
  expect((await page.request.get(`/api/resumes/${other.apps["Grace Hopper"]}`)).status()).toBe(404);
  // Admin pages too.
  expect((await page.goto("/admin"))?.status()).toBe(403);
});
