import { PDFDocument, StandardFonts } from "pdf-lib";
import { test, expect, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { captureServerAction, replayServerAction } from "./support/forge";

/**
 * The whole loop as people do it, through the real actions, the real Nova sandbox and its
 * signed webhooks: create a job → criteria → three candidates → ranked scores → an admin edits
 * the criteria → stale → rescore all → new scores on the new version. A recruiter sees no
 * admin controls, and a forged admin action is refused with nothing changed.
 */

const POSTING = `We are hiring a Senior Backend Engineer to build and operate our payment services.

Responsibilities:
- Design, build and run Go services on Kubernetes.
- Model data in PostgreSQL and tune queries.

Requirements:
- 5+ years of backend development, with Go in production.
- Strong PostgreSQL skills: schema design and indexing.
- Experience with queues such as Kafka or SQS.
- Nice to have: Terraform.`;

const RESUMES = {
  "Maya Okafor": `Maya Okafor - Staff Software Engineer
Summary: 9 years building payment systems; 6 years of Go in production.
Experience:
PayGrid (2017-2025), Staff Engineer: led the ledger service in Go on Kubernetes; PostgreSQL partitioning, schema design and indexing; Kafka event pipeline; Terraform for AWS.
Skills: Go, PostgreSQL, Kafka, Kubernetes, Terraform.`,
  "Priya Raman": `Priya Raman - Software Engineer
2 years of experience with Node.js and TypeScript.
CloudNotes (2023-2025): REST APIs in Node.js; MongoDB.
Learning Go through side projects.
Skills: TypeScript, Node.js, MongoDB.`,
  "Lukas Brenner": `Lukas Brenner - Senior Backend Developer
7 years of backend development. Go since 2019.
Shopwise (2019-2025): Go services for order processing; PostgreSQL schema design and migrations; SQS job queues with retries; Kubernetes deployments.
Skills: Go, Python, PostgreSQL, SQS, Kubernetes.`,
};

async function pdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  text.split("\n").forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 16, size: 10, font }));
  return Buffer.from(await doc.save());
}

test("create → criteria → candidates → ranked → edit criteria → stale → rescore all; recruiters cannot", async ({
  page,
  org,
  browser,
}) => {
  test.setTimeout(240_000);

  // A recruiter creates the job and lets Nova draft the criteria.
  await signIn(page, org.recruiter.email);
  await page.getByRole("link", { name: "New job" }).click();
  await page.getByLabel("Job title").fill("Senior Backend Engineer");
  await page.getByLabel("Company").fill("Ledgerline");
  await page.getByLabel("Job description").fill(POSTING);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await expect(page.getByText(/Nova drafted \d+ criteria/)).toBeVisible({ timeout: 60_000 });
  expect(await page.getByTestId("criterion-draft").count()).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)[^/?]+$/);
  const jobId = page.url().split("/").pop()!;
  const job = await e2eDb.job.findUniqueOrThrow({ where: { id: jobId }, include: { activeCriteriaVersion: true } });
  expect(job.orgId).toBe(org.id);
  const firstVersion = job.activeCriteriaVersion!;

  // Three candidates: two PDF uploads and one pasted resume, submitted right away.
  await page.getByRole("link", { name: "Add candidates" }).first().click();
  await expect(page.getByLabel("Submit for scoring right away")).toBeChecked();
  await page.getByLabel("Choose files").setInputFiles([
    { name: "Maya Okafor.pdf", mimeType: "application/pdf", buffer: await pdf(RESUMES["Maya Okafor"]) },
    { name: "Priya Raman.pdf", mimeType: "application/pdf", buffer: await pdf(RESUMES["Priya Raman"]) },
  ]);
  await expect(page.getByTestId("upload-item").filter({ hasText: "Added" })).toHaveCount(2, { timeout: 30_000 });
  await page.getByLabel("Name", { exact: true }).fill("Lukas Brenner");
  await page.getByLabel("Resume text").fill(RESUMES["Lukas Brenner"]);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Lukas Brenner was added")).toBeVisible({ timeout: 30_000 });

  // Scores arrive on the ranking without a reload, best first, each with a verdict.
  await page.getByRole("link", { name: "View ranking" }).click();
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId("count-scored")).toHaveText("3", { timeout: 90_000 });
  const scores = await page
    .getByTestId("score")
    .evaluateAll((els) => els.map((e) => Number.parseInt(e.textContent ?? "", 10)));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(await page.getByTestId("verdict-summary").count()).toBe(3);
  await expect(rows.first()).toContainText(`v${firstVersion.number}`);
  const names = await page.getByTestId("candidate-name").allTextContents();
  expect(names.indexOf("Maya Okafor")).toBeLessThan(names.indexOf("Priya Raman"));

  // The recruiter sees no admin controls.
  await expect(page.getByRole("button", { name: /Rescore/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^Criteria/ }).click();
  await expect(page.getByText("Only admins can edit criteria.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit:/ })).toHaveCount(0);

  // An admin edits the criteria: a new version, and everyone is now stale.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, org.admin.email);
  await admin.goto(`/jobs/${jobId}/criteria`);
  await admin.getByLabel("Criterion", { exact: true }).fill("Experience with Terraform on AWS");
  await admin.getByLabel("Importance", { exact: true }).last().selectOption("MUST_HAVE");
  await admin.getByRole("button", { name: "Add criterion" }).click();
  await expect(admin.getByText(/Saved as criteria version \d+/)).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByTestId("stale-prompt")).toContainText(
    "3 candidates were scored on an older criteria version",
  );
  const edited = await e2eDb.job.findUniqueOrThrow({ where: { id: jobId }, include: { activeCriteriaVersion: true } });
  expect(edited.activeCriteriaVersion!.number).toBeGreaterThan(firstVersion.number);

  await admin.goto(`/jobs/${jobId}`);
  await expect(admin.getByTestId("ranking-row").filter({ hasText: "Stale" })).toHaveCount(3);

  // Forgery: capture the admin's one-row rescore (confirmed in its dialog), replay it with the
  // recruiter's session.
  await admin.getByRole("button", { name: "Rescore Maya Okafor" }).click();
  const confirm = admin.getByRole("dialog", { name: "Rescore 1 candidate?" });
  await expect(confirm).toContainText("billed");
  const forged = await captureServerAction(admin, () => confirm.getByRole("button", { name: "Rescore 1" }).click());
  await expect(admin.getByText("Rescoring Maya Okafor.")).toBeVisible();
  await expect(admin.getByTestId("ranking-row").filter({ hasText: "Maya Okafor" })).not.toContainText("Stale", {
    timeout: 90_000,
  });
  const before = await e2eDb.scoringJob.count({ where: { application: { jobId } } });
  const operationsBefore = await e2eDb.operation.count({ where: { jobId } });
  const replay = await replayServerAction(forged, page.context().request);
  expect(replay.body).toContain("Only admins can do that.");
  expect(await e2eDb.scoringJob.count({ where: { application: { jobId } } })).toBe(before);
  expect(await e2eDb.operation.count({ where: { jobId } })).toBe(operationsBefore);

  // Rescore all stale, confirmed in a dialog that states N.
  const scoresBefore = new Map(
    (await e2eDb.application.findMany({ where: { jobId } })).map((a) => [a.candidateName, a.currentScore]),
  );
  await admin.reload();
  await admin.getByRole("button", { name: "Rescore all stale (2)" }).click();
  await admin.getByRole("dialog", { name: "Rescore 2 candidates?" }).getByRole("button", { name: "Rescore 2" }).click();
  await expect(admin.getByText("Rescoring 2 candidates on the current criteria.")).toBeVisible();
  await expect(admin.getByTestId("count-stale")).toHaveText("0", { timeout: 90_000 });
  await expect(admin.getByTestId("count-scored")).toHaveText("3");
  await expect(
    admin.getByTestId("ranking-row").filter({ hasText: `v${edited.activeCriteriaVersion!.number}` }),
  ).toHaveCount(3);

  const apps = await e2eDb.application.findMany({ where: { jobId }, include: { scoringJobs: true } });
  for (const app of apps) {
    expect(app.currentCriteriaVersionNovaId).toBe(edited.activeCriteriaVersion!.novaId);
    expect(app.scoringJobs.filter((s) => s.isRescore)).toHaveLength(1);
  }

  // The rescore report of the stale rescore, reached from the ranking's notice: the sandbox's real
  // new scores against the ones stored before it.
  const rescored = await e2eDb.operation.findFirstOrThrow({
    where: { jobId, kind: "RESCORE" },
    orderBy: { createdAt: "desc" },
    include: { snapshots: true },
  });
  expect(rescored.snapshots).toHaveLength(2);
  const after = await e2eDb.application.findMany({
    where: { id: { in: rescored.snapshots.map((sn) => sn.applicationId) } },
  });
  const moved = after
    .map((a) => ({ name: a.candidateName, from: scoresBefore.get(a.candidateName), to: a.currentScore }))
    .filter((m) => m.from !== m.to);
  await admin.goto(`/jobs/${jobId}`);
  await admin.getByTestId("rescore-report-link").click();
  await expect(admin).toHaveURL(new RegExp(`/jobs/${jobId}/rescores/${rescored.id}`));
  await expect(admin.getByTestId("report-unchanged")).toHaveText(String(2 - moved.length));
  const movers = admin.getByTestId("movers").getByTestId("mover");
  await expect(movers).toHaveCount(moved.length);
  for (const m of moved) {
    await expect(movers.filter({ hasText: m.name }).getByTestId("mover-score")).toHaveText(`${m.from} → ${m.to}`);
  }
  await admin.goto(`/jobs/${jobId}`);

  // The candidate page shows the history across versions.
  await admin.getByRole("link", { name: "Maya Okafor" }).click();
  await expect(admin.getByTestId("history").getByRole("listitem")).toHaveCount(2);
  await expect(admin.getByTestId("history")).toContainText(
    `Criteria v${firstVersion.number} → v${edited.activeCriteriaVersion!.number}: 1 added`,
  );
  await adminContext.close();
});
