import { test, expect, signIn } from "./support/fixtures";
import { seedJob } from "./support/dashboard-seed";

test("the jobs list shows each job's counts, top score and links to its ranking", async ({ page, org }) => {
  const job = await seedJob(org, { title: "Platform Engineer" });
  await signIn(page, org.recruiter.email);
  await page.goto("/jobs");
  const card = page.getByTestId("job-card").filter({ hasText: "Platform Engineer" });
  await expect(card).toContainText("Acme Ltd");
  // 8 candidates: 4 scored, 1 pending, failed + rejected = 2.
  await expect(card.getByRole("definition")).toHaveText(["8", "4", "1", "2"]);
  await expect(card).toContainText("Top score: 9 · Exceptional");
  await card.getByRole("link", { name: "Platform Engineer" }).click();
  await expect(page).toHaveURL(`/jobs/${job.jobId}`);
});

test("the candidate page shows the assessment, resume, answers, cover note and history across versions", async ({
  page,
  org,
}) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}/candidates/${job.apps["Alan Turing"]}`);
  await expect(page.getByRole("heading", { name: "Alan Turing" })).toBeVisible();
  await expect(page.getByTestId("verdict")).toHaveText(
    "Alan Turing is a strong match for this role. Second sentence with more detail. Recommend interview.",
  );
  await expect(page.getByText("Senior engineer. 8 years building backend services")).toBeVisible();
  await expect(page.getByText("Notice period?")).toBeVisible();
  await expect(page.getByText("Hello, I am Alan Turing.")).toBeVisible();
  const history = page.getByTestId("history").getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("7/10");
  await expect(history.first()).toContainText("+2");
  await expect(history.first()).toContainText(
    "Criteria v1 → v2: 1 added, 1 removed, 1 reworded, 1 importance changed.",
  );
  await expect(history.last()).toContainText("5/10");
  // Recruiters cannot rescore.
  await expect(page.getByRole("button", { name: "Rescore" })).toHaveCount(0);
});

test("criteria: grouped by importance, read-only for recruiters, with a diff between versions", async ({
  page,
  org,
}) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}/criteria`);
  await expect(page.getByRole("heading", { name: "Active criteria · version 2" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Must have/ }).getByTestId("criterion")).toHaveText([
    /7\+ years of backend development/,
    /Experience with Go/,
  ]);
  await expect(page.getByRole("button", { name: /^Edit:|^Remove:|^Move/ })).toHaveCount(0);
  await expect(page.getByTestId("stale-prompt")).toHaveCount(0);

  const diff = page.getByTestId("criteria-diff");
  await expect(diff).toContainText("Added");
  await expect(diff).toContainText("Kubernetes in production");
  await expect(diff).toContainText("Removed");
  await expect(diff).toContainText("Open-source contributions");
  await expect(diff).toContainText("Preferred → Must have");

  // Comparing a version with itself shows no differences.
  await page.getByLabel("From").selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=2&to=2/);
  await expect(page.getByText("No differences (3 criteria identical).")).toBeVisible();
});

test("admins get the criteria editor and the stale prompt", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${job.jobId}/criteria`);
  await expect(page.getByTestId("stale-prompt")).toContainText(
    "2 candidates were scored on an older criteria version.",
  );
  await expect(page.getByRole("button", { name: "Edit: Experience with Go" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Move up: 7+ years of backend development" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move down: 7+ years of backend development" })).toBeEnabled();
  await page.getByRole("button", { name: "Edit: Experience with Go" }).click();
  await expect(page.getByLabel("Criterion").first()).toHaveValue("Experience with Go");
});

test("the add-candidates page checks files in the browser before sending them", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}/candidates/new`);
  await page
    .getByLabel("Choose files")
    .setInputFiles([{ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not a resume") }]);
  const item = page.getByTestId("upload-item");
  await expect(item).toContainText("photo.png");
  await expect(item).toContainText("Failed");
  await expect(item).toContainText("Only PDF, DOC and DOCX files can be uploaded.");
});
