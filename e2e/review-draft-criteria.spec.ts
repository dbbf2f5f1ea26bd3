import { test, expect, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";

const POSTING = `We are hiring a Senior Data Analyst.

Requirements:
- 4+ years of experience in data analysis with SQL
- Experience building dashboards in Tableau or Power BI
- Strong communication with business stakeholders

Nice to have:
- Python for data analysis`;

test("a recruiter reviews and edits Nova's draft criteria before saving the new job", async ({ page, org }) => {
  test.setTimeout(120_000);
  await signIn(page, org.recruiter.email);
  await page.goto("/jobs/new");
  await page.getByLabel("Job title").fill("Senior Data Analyst");
  await page.getByLabel("Company").fill("Northwind");
  await page.getByLabel("Job description").fill(POSTING);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await expect(page.getByText(/Nova drafted \d+ criteria/)).toBeVisible({ timeout: 60_000 });

  const edited = "Builds executive dashboards in Tableau or Power BI used every week by leadership";
  await page.getByLabel("Criterion text").first().fill(edited);
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)[^/?]+$/);

  const jobId = page.url().split("/").pop()!;
  const job = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: { include: { criteria: true } } },
  });
  // The edit is a new version (generated = 1, the recruiter's reviewed draft = 2) holding the new text.
  expect(job.activeCriteriaVersion?.number).toBe(2);
  expect(job.activeCriteriaVersion?.criteria.map((c) => c.text)).toContain(edited);
  const audit = await e2eDb.auditEvent.findFirst({
    where: { orgId: org.id, action: "criteria.draft_saved", targetId: jobId },
  });
  expect(audit?.actorId).toBe(org.recruiter.id);
});
