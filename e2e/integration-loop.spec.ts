import { test, expect, signIn } from "./support/fixtures";
import Papa from "papaparse";
import { DEMO_JOBS } from "../lib/demo/content";
import { e2eDb } from "./support/db";

/**
 * The main job, end to end in a browser against the app and its Nova sandbox: an admin drafts
 * a job, Nova generates criteria, candidates are pasted and imported from a CSV with one bad
 * row, they are scored over signed webhooks, and the ranking shows the results.
 */
const posting = DEMO_JOBS[0]!;
const resumeOf = (name: string) => posting.candidates.find((c) => c.name === name)!.resume;
const STRONG = resumeOf("Maya Okafor");
const WEAK = resumeOf("Hannah Schultz");

test("an admin creates a job, Nova drafts criteria, candidates are scored and ranked", async ({ page, org }) => {
  test.setTimeout(120_000);
  await signIn(page, org.admin.email);
  await page.goto("/jobs/new");
  await page.getByLabel("Job title").fill("Senior Backend Engineer");
  await page.getByLabel("Company").fill("Ledgerline");
  await page.getByLabel("Job description").fill(posting.description);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await expect(page.getByText(/Nova drafted \d+ criteria/)).toBeVisible();
  await page.getByRole("button", { name: "Save criteria" }).click();
  await page.waitForURL(/\/jobs\/(?!new)[^/?]+$/);
  const jobId = new URL(page.url()).pathname.split("/").pop()!;
  const job = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: { include: { criteria: true } } },
  });
  expect(job.orgId).toBe(org.id);
  expect(job.activeCriteriaVersion?.criteria.length).toBeGreaterThan(0);

  await page.goto(`/jobs/${jobId}/candidates/new`);
  await expect(page.getByLabel("Submit for scoring right away")).toBeChecked();
  await page.getByLabel("Name").fill("Maya Strong");
  await page.getByLabel("Resume text").fill(STRONG);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Maya Strong was added.")).toBeVisible();

  const csv = Papa.unparse([
    { name: "Hannah Weak", email: "hannah@example.com", resume_text: WEAK },
    { name: "Broken Row", email: "not-an-email", resume_text: WEAK },
  ]);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "candidates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("1 candidate imported, 1 row skipped.")).toBeVisible();
  await expect(page.getByText("valid email")).toBeVisible();

  // Scores arrive by webhook; the ranking polls until nothing is pending.
  await expect
    .poll(() => e2eDb.application.count({ where: { jobId, pipelineStatus: "SCORED" } }), { timeout: 60_000 })
    .toBe(2);
  const apps = await e2eDb.application.findMany({
    where: { jobId },
    include: { currentScoringJob: true },
    orderBy: { currentScore: "desc" },
  });
  expect(apps.map((a) => a.candidateName)).toEqual(["Maya Strong", "Hannah Weak"]);
  for (const a of apps) {
    expect(a.currentScoringJob).toMatchObject({
      status: "COMPLETED",
      criteriaVersionNovaId: job.activeCriteriaVersion!.novaId,
    });
    expect(a.currentScoringJob!.verdict).toBeTruthy();
  }
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Maya Strong", "Hannah Weak"]);
});

test("uploaded PDFs reach Nova through signed links: a real one is scored, a corrupted one is rejected at intake and says why", async ({
  page,
  org,
}) => {
  test.setTimeout(120_000);
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pdfPage = doc.addPage([595, 842]);
  resumeOf("Daniel Kim")
    .split("\n")
    .forEach((line, i) =>
      pdfPage.drawText(line.replace(/[^\x20-\x7e]/g, "-").slice(0, 95), { x: 40, y: 800 - i * 16, size: 9, font }),
    );
  const realPdf = Buffer.from(await doc.save());
  const corrupted = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from("1 0 obj << /Type /Catalog /Pages 2 0 R")]);

  // A job with criteria from Nova, made through the same actions as the UI.
  await signIn(page, org.admin.email);
  await page.goto("/jobs/new");
  await page.getByLabel("Job title").fill(posting.title);
  await page.getByLabel("Company").fill(posting.company);
  await page.getByLabel("Job description").fill(posting.description);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await page.getByRole("button", { name: "Save criteria" }).click();
  await page.waitForURL(/\/jobs\/(?!new)[^/?]+$/);
  const jobId = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto(`/jobs/${jobId}/candidates/new`);
  await page.locator('input[type="file"][multiple]').setInputFiles([
    { name: "daniel_kim.pdf", mimeType: "application/pdf", buffer: realPdf },
    { name: "broken_file.pdf", mimeType: "application/pdf", buffer: corrupted },
  ]);
  await expect
    .poll(() => e2eDb.application.count({ where: { jobId, pipelineStatus: { in: ["SCORED", "REJECTED"] } } }), {
      timeout: 60_000,
    })
    .toBe(2);
  const daniel = await e2eDb.application.findFirstOrThrow({
    where: { jobId, candidateName: "daniel kim" },
    include: { currentScoringJob: true, resumeFile: true },
  });
  expect(daniel.pipelineStatus).toBe("SCORED");
  expect(daniel.currentScoringJob?.score).toBeGreaterThan(0);
  expect(daniel.resumeFile?.mimeType).toBe("application/pdf");
  const broken = await e2eDb.application.findFirstOrThrow({ where: { jobId, candidateName: "broken file" } });
  expect(broken.pipelineStatus).toBe("REJECTED");
  expect(broken.errorCode).toMatch(/^RESUME_/);
  await expect(page.getByText(broken.errorMessage!)).toBeVisible();
  // A file Nova refused at intake is a failure on screen, not a green "Added", and the summary says so.
  const refused = page.getByTestId("upload-item").filter({ hasText: "broken_file.pdf" });
  await expect(refused).toContainText("Not scored");
  await expect(refused.getByRole("button", { name: "Paste the text instead" })).toBeVisible();
  await expect(page.getByText("1 of 2 added · 1 failed")).toBeVisible();
});
