import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";

// Housekeeping (issue 12): edit a job, close and reopen it, rename a candidate and fix their
// email, delete a candidate; each through the real pages and actions, checked in the database.

test("a recruiter edits the job's details from the ranking", async ({ page, org }) => {
  const { jobId } = await seedJob(org, { title: "Platform Engineer" });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${jobId}`);
  await hydrated(page);
  await page.getByRole("link", { name: "Edit job" }).click();
  await expect(page).toHaveURL(`/jobs/${jobId}/edit`);
  await hydrated(page);
  await expect(page.getByLabel("Job title")).toHaveValue("Platform Engineer");
  await page.getByLabel("Job title").fill("Senior Platform Engineer");
  await page.getByLabel("Company").fill("Northwind Freight");
  await page.getByRole("button", { name: "Save job" }).click();
  await expect(page).toHaveURL(`/jobs/${jobId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Senior Platform Engineer");
  const job = await e2eDb.job.findUniqueOrThrow({ where: { id: jobId } });
  expect(job).toMatchObject({ title: "Senior Platform Engineer", company: "Northwind Freight" });
  const audit = await e2eDb.auditEvent.findFirst({ where: { targetId: jobId, action: "job.updated" } });
  expect(audit?.actorId).toBe(org.recruiter.id);
});

test("an admin closes a job (after confirming) and reopens it", async ({ page, org }) => {
  // No Nova criteria yet, so closing has nothing to archive at Nova; the job page flow is the point.
  const job = await e2eDb.job.create({
    data: { orgId: org.id, title: "Seasonal Picker", company: "Acme", description: "Pick and pack orders. ".repeat(4) },
  });
  await e2eDb.application.create({
    data: { orgId: org.id, jobId: job.id, candidateName: "Sam Stock", resumeText: "Warehouse work. ".repeat(6) },
  });
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${job.id}`);
  await hydrated(page);

  await page.getByRole("button", { name: "Close job" }).click();
  const dialog = page.getByRole("dialog", { name: "Close this job?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await e2eDb.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");

  await page.getByRole("button", { name: "Close job" }).click();
  await dialog.getByRole("button", { name: "Close job" }).click();
  await expect(page.getByText("This job is closed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen job" })).toBeVisible();
  // A closed job stays readable and exportable, but takes no new candidates and cannot be edited.
  await expect(page.getByTestId("candidate-name")).toHaveText(["Sam Stock"]);
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit job" })).toHaveCount(0);
  expect((await e2eDb.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("CLOSED");

  await page.getByRole("button", { name: "Reopen job" }).click();
  await expect(page.getByRole("button", { name: "Close job" })).toBeVisible();
  await expect(page.getByText("This job is closed")).toHaveCount(0);
  expect((await e2eDb.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("OPEN");
  const actions = await e2eDb.auditEvent.findMany({
    where: { targetId: job.id, action: { in: ["job.closed", "job.reopened"] } },
    orderBy: { createdAt: "asc" },
  });
  expect(actions.map((a) => a.action)).toEqual(["job.closed", "job.reopened"]);
});

test("a recruiter renames a candidate and fixes their email", async ({ page, org }) => {
  const { jobId, apps } = await seedJob(org);
  const appId = apps["Linus Torvalds"]!;
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${jobId}/candidates/${appId}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Edit candidate" }).click();
  await page.getByLabel("Candidate name").fill("Linus B. Torvalds");
  await page.getByLabel("Candidate email").fill("not-an-email");
  await page.getByRole("button", { name: "Save candidate" }).click();
  await expect(page.getByLabel("Candidate email")).toHaveAttribute("aria-invalid", "true");
  expect((await e2eDb.application.findUniqueOrThrow({ where: { id: appId } })).candidateName).toBe("Linus Torvalds");

  await page.getByLabel("Candidate email").fill("linus@kernel.test");
  await page.getByRole("button", { name: "Save candidate" }).click();
  await expect(page.getByRole("heading", { name: "Linus B. Torvalds" })).toBeVisible();
  const app = await e2eDb.application.findUniqueOrThrow({ where: { id: appId } });
  expect(app).toMatchObject({ candidateName: "Linus B. Torvalds", candidateEmail: "linus@kernel.test" });
  // The ranking's search finds the new name.
  await page.goto(`/jobs/${jobId}?q=${encodeURIComponent("B. Torvalds")}`);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Linus B. Torvalds"]);
});

test("an admin deletes a candidate after confirming; the ranking no longer lists them", async ({
  page,
  org,
  browser,
}) => {
  const { jobId, apps } = await seedJob(org);
  const appId = apps["Linus Torvalds"]!;
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${jobId}/candidates/${appId}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Delete candidate" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Linus Torvalds?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await e2eDb.application.count({ where: { id: appId } })).toBe(1);

  await page.getByRole("button", { name: "Delete candidate" }).click();
  await dialog.getByRole("button", { name: "Delete candidate" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${jobId}(\\?.*)?$`));
  await expect(page.getByTestId("candidate-name").filter({ hasText: "Linus Torvalds" })).toHaveCount(0);
  expect(await e2eDb.application.count({ where: { id: appId } })).toBe(0);
  const audit = await e2eDb.auditEvent.findFirst({ where: { targetId: appId, action: "application.deleted" } });
  expect(audit?.actorId).toBe(org.admin.id);

  // A recruiter sees no delete control.
  const recruiterContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  await signIn(recruiter, org.recruiter.email);
  await recruiter.goto(`/jobs/${jobId}/candidates/${apps["Grace Hopper"]!}`);
  await hydrated(recruiter);
  await expect(recruiter.getByRole("button", { name: "Edit candidate" })).toBeVisible();
  await expect(recruiter.getByRole("button", { name: "Delete candidate" })).toHaveCount(0);
  await recruiterContext.close();
});
