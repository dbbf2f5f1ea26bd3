import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { pdfWithText } from "../tests/support/resume-files";

test("the file uploader warns about a duplicate file and offers Add anyway or Skip", async ({ page, org }) => {
  const job = await e2eDb.job.create({
    data: { orgId: org.id, title: "Data Engineer", company: "Acme", description: "Build data pipelines. ".repeat(4) },
  });
  const file = {
    name: "Rosa_Quill_Resume.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await pdfWithText(["Rosa Quill", "Data engineer: Spark, Airflow and dbt at scale."])),
  };
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.id}/candidates/new`);
  await hydrated(page);
  const input = page.locator('input[type="file"][multiple]');
  const items = page.getByTestId("upload-item");

  await input.setInputFiles(file);
  await expect(items.nth(0)).toContainText("Added");
  await expect(page.getByText("1 of 1 added ✓")).toBeVisible();

  await input.setInputFiles(file);
  await expect(items.nth(1)).toContainText("Possible duplicate");
  await expect(items.nth(1)).toContainText("Rosa Quill is already in this job with the same resume file.");
  await expect(page.getByText("1 of 2 added · 1 possible duplicate")).toBeVisible();
  await items
    .nth(1)
    .getByRole("button", { name: /^Add anyway/ })
    .click();
  await expect(items.nth(1)).toContainText("Added");

  await input.setInputFiles(file);
  await items.nth(2).getByRole("button", { name: /^Skip/ }).click();
  await expect(items.nth(2)).toContainText("Skipped");
  await expect(page.getByText("2 of 3 added · 1 skipped")).toBeVisible();
  expect(await e2eDb.application.count({ where: { jobId: job.id } })).toBe(2);
});
