import fs from "node:fs";
import { expect, hydrated, signIn, test } from "./support/fixtures";
import { e2eDb } from "./support/db";

// The candidate page shows the text read from an uploaded DOCX/DOC (lib/documents), with its
// line breaks and bullets, where it used to say the file "cannot be shown inline".
test("the candidate page shows the text read from an uploaded DOCX and DOC", async ({ page, org }) => {
  const job = await e2eDb.job.create({
    data: { orgId: org.id, title: "ICU Nurse", company: "Acme", description: "Registered nurse for a medical ICU." },
  });
  await signIn(page, org.recruiter.email);
  for (const [file, mimeType] of [
    ["resume.libreoffice.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["resume.doc", "application/msword"],
  ] as const) {
    await page.goto(`/jobs/${job.id}/candidates/new`);
    // A file chosen before the uploader hydrated has no handler yet (a flaky retry on CI).
    await hydrated(page);
    const before = await e2eDb.application.count({ where: { jobId: job.id } });
    await page.locator('input[type="file"][multiple]').setInputFiles({
      name: `grace-${file}`,
      mimeType,
      buffer: fs.readFileSync(`tests/fixtures/documents/${file}`),
    });
    await expect.poll(() => e2eDb.application.count({ where: { jobId: job.id } })).toBe(before + 1);
    const app = await e2eDb.application.findFirstOrThrow({
      where: { jobId: job.id },
      orderBy: { createdAt: "desc" },
    });
    await page.goto(`/jobs/${job.id}/candidates/${app.id}`);
    const text = page.getByTestId("resume-text");
    await expect(text).toContainText("Registered Nurse License, Ohio — expires May 2027\nCCRN (AACN) — certified 2022");
    await expect(text).toContainText("• Charge nurse two nights a week; chart in Epic");
    await expect(page.getByText("cannot be shown inline")).toHaveCount(0);
  }
});
