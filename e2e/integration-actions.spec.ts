import fs from "node:fs";
import type { APIRequestContext, Browser } from "@playwright/test";
import { createTestOrg, deleteTestOrg, expect, signIn, test, type TestOrg } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { captureServerAction, replayServerAction } from "./support/forge";

/**
 * Every server action refuses the wrong caller on the server: anonymous, a recruiter where an
 * admin is needed, and an admin of another org. Actions are called over HTTP exactly as the
 * browser calls them (Next-Action header + encoded arguments), with each caller's own cookies;
 * the action ids come from the build's server-reference manifest.
 */
type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;

function pageFor(file: string, name: string, params: Record<string, string>): { id: string; url: string } {
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`No page uses ${file}#${name}`);
  const worker = Object.keys(entry[1].workers)[0]!;
  const url = worker
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/page$/, "")
    .replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? "x");
  return { id: entry[0], url: url || "/" };
}

async function call(
  as: APIRequestContext,
  file: string,
  name: string,
  arg: unknown,
  params: Record<string, string> = {},
) {
  const { id, url } = pageFor(file, name, params);
  const res = await as.post(url, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}

async function session(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signIn(await context.newPage(), email);
  return context;
}

const JOBS = "app/(dashboard)/jobs/actions.ts";
const CRITERIA = "app/(dashboard)/jobs/[jobId]/criteria/actions.ts";
const CANDIDATES = "app/(dashboard)/jobs/[jobId]/candidates/actions.ts";
const DESCRIPTION = "We need a backend engineer who builds Go services on PostgreSQL and runs them on Kubernetes.";

/** A job with a (locally stored) active criteria version and one scored application. */
async function seedScoredJob(org: TestOrg) {
  const job = await e2eDb.job.create({
    data: { orgId: org.id, title: "Platform Engineer", company: "Acme", description: DESCRIPTION },
  });
  const version = await e2eDb.criteriaVersion.create({
    data: {
      jobId: job.id,
      novaId: `cv_${job.id}`,
      number: 1,
      source: "GENERATED",
      criteria: { create: [{ novaId: "crit_1", text: "Go in production", importance: "MUST_HAVE", order: 0 }] },
    },
  });
  await e2eDb.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: version.id } });
  const scored = await e2eDb.application.create({
    data: { orgId: org.id, jobId: job.id, candidateName: "Scored Sam", resumeText: "x".repeat(80) },
  });
  const sj = await e2eDb.scoringJob.create({
    data: {
      orgId: org.id,
      applicationId: scored.id,
      novaScoringJobId: `sj_${scored.id}`,
      status: "COMPLETED",
      score: 7,
      submittedAt: new Date(),
      criteriaVersionNovaId: version.novaId,
    },
  });
  await e2eDb.application.update({
    where: { id: scored.id },
    data: {
      currentScoringJobId: sj.id,
      currentScore: 7,
      pipelineStatus: "SCORED",
      currentCriteriaVersionNovaId: version.novaId,
    },
  });
  const fresh = await e2eDb.application.create({
    data: { orgId: org.id, jobId: job.id, candidateName: "New Nia", resumeText: "y".repeat(80) },
  });
  return { jobId: job.id, scoredId: scored.id, freshId: fresh.id };
}

let other: TestOrg;
test.beforeEach(async () => {
  other = await createTestOrg();
});
test.afterEach(async () => {
  await e2eDb.operation.deleteMany({ where: { orgId: other.id } });
  await deleteTestOrg(other);
});

test("job actions: anonymous is refused, a recruiter creates and edits in their own org, another org's admin cannot touch it", async ({
  org,
  browser,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const recruiter = await session(browser, org.recruiter.email);
  const outsider = await session(browser, other.admin.email);
  const input = { title: "Data Engineer", company: "Acme", description: DESCRIPTION };

  const anon = await call(anonymous, JOBS, "createJob", input);
  expect([307, 401]).toContain(anon.status);
  expect(await e2eDb.job.count({ where: { title: "Data Engineer", orgId: { in: [org.id, other.id] } } })).toBe(0);

  const created = await call(recruiter.request, JOBS, "createJob", input);
  const jobId = /"jobId":"(\w+)"/.exec(created.body)?.[1];
  expect(jobId).toBeTruthy();
  expect(await e2eDb.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
    orgId: org.id,
    title: "Data Engineer",
  });

  const forged = await call(outsider.request, JOBS, "updateJob", { jobId, ...input, title: "Hijacked" });
  expect(forged.body).toContain("That job does not exist.");
  for (const name of ["generateClarificationQuestions", "generateCriteria"]) {
    expect((await call(outsider.request, CRITERIA, name, { jobId }, { jobId: jobId! })).body).toContain(
      "That job does not exist.",
    );
  }
  const edited = await call(recruiter.request, JOBS, "updateJob", { jobId, ...input, title: "Senior Data Engineer" });
  expect(edited.body).toContain(`"ok":true`);
  expect((await e2eDb.job.findUniqueOrThrow({ where: { id: jobId } })).title).toBe("Senior Data Engineer");
  expect(
    await e2eDb.auditEvent.count({ where: { orgId: org.id, action: { in: ["job.created", "job.updated"] } } }),
  ).toBe(2);

  const invalid = await call(recruiter.request, JOBS, "createJob", {
    title: "",
    company: "Acme",
    description: "short",
  });
  expect(invalid.body).toContain("Enter a job title");
  await Promise.all([anonymous.dispose(), recruiter.close(), outsider.close()]);
});

test("criteria edits are admin-only and org-scoped: refusals store no version and no audit event", async ({
  org,
  browser,
  playwright,
  baseURL,
}) => {
  const { jobId } = await seedScoredJob(org);
  const anonymous = await playwright.request.newContext({ baseURL });
  const recruiter = await session(browser, org.recruiter.email);
  const outsider = await session(browser, other.admin.email);
  const calls: [string, unknown][] = [
    ["addCriterion", { jobId, text: "Kubernetes operations", importance: "PREFERRED" }],
    ["editCriterion", { jobId, criterionId: "crit_1", importance: "PREFERRED" }],
    ["removeCriterion", { jobId, criterionId: "crit_1" }],
    ["replaceCriteria", { jobId, criteria: [{ text: "Rust", importance: "MUST_HAVE" }] }],
  ];
  for (const [name, arg] of calls) {
    expect([307, 401], name).toContain((await call(anonymous, CRITERIA, name, arg, { jobId })).status);
    expect((await call(recruiter.request, CRITERIA, name, arg, { jobId })).body, name).toContain(
      "Only admins can do that.",
    );
    expect((await call(outsider.request, CRITERIA, name, arg, { jobId })).body, name).toContain(
      "That job does not exist.",
    );
  }
  expect(await e2eDb.criteriaVersion.count({ where: { jobId } })).toBe(1);
  expect(await e2eDb.auditEvent.count({ where: { targetId: jobId } })).toBe(0);
  await Promise.all([anonymous.dispose(), recruiter.close(), outsider.close()]);
});

test("submit and rescore: role and org checked, a double click queues once", async ({
  org,
  browser,
  playwright,
  baseURL,
}) => {
  const { jobId, scoredId, freshId } = await seedScoredJob(org);
  const anonymous = await playwright.request.newContext({ baseURL });
  const recruiter = await session(browser, org.recruiter.email);
  const admin = await session(browser, org.admin.email);
  const outsider = await session(browser, other.admin.email);

  expect([307, 401]).toContain((await call(anonymous, CANDIDATES, "submitApplications", { jobId }, { jobId })).status);
  expect((await call(outsider.request, CANDIDATES, "submitApplications", { jobId }, { jobId })).body).toContain(
    "That job does not exist.",
  );
  expect(await e2eDb.operation.count({ where: { jobId } })).toBe(0);

  const [first, second] = await Promise.all([
    call(recruiter.request, CANDIDATES, "submitApplications", { jobId, applicationIds: [freshId] }, { jobId }),
    call(recruiter.request, CANDIDATES, "submitApplications", { jobId, applicationIds: [freshId] }, { jobId }),
  ]);
  const bodies = [first.body, second.body];
  const queued = bodies.filter((b) => b.includes(`"count":1`)).length;
  const items = await e2eDb.outboxItem.findMany({ where: { applicationId: freshId }, orderBy: { createdAt: "asc" } });
  expect(items).toHaveLength(queued);
  if (queued !== 2) {
    expect(queued).toBe(1);
    expect(bodies.filter((b) => b.includes("Nothing to submit"))).toHaveLength(1);
  } else {
    // On a loaded machine the second click can reach the server after the first was sent and the
    // sandbox refused it (this job's criteria were written straight into the database): then it
    // is a resubmission, which is allowed. Never two queued at once.
    expect(items[0]!.doneAt).not.toBeNull();
    expect(items[0]!.doneAt!.getTime()).toBeLessThanOrEqual(items[1]!.createdAt.getTime());
  }

  const rescore = { jobId, scope: "one", applicationIds: [scoredId] };
  expect((await call(recruiter.request, CANDIDATES, "rescoreApplications", rescore, { jobId })).body).toContain(
    "Only admins can do that.",
  );
  expect((await call(outsider.request, CANDIDATES, "rescoreApplications", rescore, { jobId })).body).toContain(
    "That job does not exist.",
  );
  const ok = await call(admin.request, CANDIDATES, "rescoreApplications", rescore, { jobId });
  expect(ok.body).toContain(`"count":1`);
  const op = await e2eDb.operation.findFirstOrThrow({ where: { jobId, kind: "RESCORE" } });
  expect(op).toMatchObject({ total: 1, orgId: org.id, createdById: org.admin.id });
  expect(await e2eDb.auditEvent.count({ where: { orgId: org.id, action: "rescore.requested", targetId: jobId } })).toBe(
    1,
  );
  const notScored = await call(
    admin.request,
    CANDIDATES,
    "rescoreApplications",
    { jobId, scope: "selected", applicationIds: [freshId] },
    { jobId },
  );
  expect(notScored.body).toContain("Only applications that were scored before can be rescored");
  await Promise.all([anonymous.dispose(), recruiter.close(), admin.close(), outsider.close()]);
});

test("addApplication: files are recognised by content, and the server refuses another org's admin and anonymous callers", async ({
  page,
  org,
  browser,
  playwright,
  baseURL,
}) => {
  const job = await e2eDb.job.create({
    data: { orgId: org.id, title: "Support Lead", company: "Acme", description: DESCRIPTION },
  });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.id}/candidates/new`);

  // A text file named like a PDF: the browser's filter lets it through, the server does not.
  await page.locator('input[type="file"][multiple]').setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("I am not really a PDF, just text."),
  });
  await expect(page.getByText("cv.pdf is not a PDF, DOC or DOCX file.")).toBeVisible();
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  await page
    .locator('input[type="file"][multiple]')
    .setInputFiles({ name: "jane_doe-resume.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect.poll(() => e2eDb.application.count({ where: { jobId: job.id } })).toBe(1);
  const app = await e2eDb.application.findFirstOrThrow({ where: { jobId: job.id }, include: { resumeFile: true } });
  expect(app.candidateName).toBe("jane doe");
  expect(app.resumeFile).toMatchObject({ mimeType: "application/pdf", size: pdf.length });
  expect(app.resumeFile!.storageKey).not.toContain("jane");

  // Capture a pasted-text submission and replay it as others.
  await page.getByLabel("Name").fill("Paste Person");
  await page
    .getByLabel("Resume text")
    .fill("Support lead with eight years of SaaS customer support, Zendesk and team leadership.");
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "Add candidate" }).click());
  await expect(page.getByText("Paste Person was added")).toBeVisible();
  expect(await e2eDb.application.count({ where: { jobId: job.id } })).toBe(2);

  const outsider = await session(browser, other.admin.email);
  expect((await replayServerAction(action, outsider.request)).body).toContain("That job does not exist.");
  const anonymous = await playwright.request.newContext({ baseURL });
  const anon = await anonymous.post(action.url(), {
    headers: { "next-action": action.headers()["next-action"]!, "content-type": action.headers()["content-type"]! },
    data: action.postDataBuffer() ?? "",
    maxRedirects: 0,
  });
  expect([307, 401]).toContain(anon.status());
  expect(await e2eDb.application.count({ where: { jobId: job.id } })).toBe(2);
  await Promise.all([outsider.close(), anonymous.dispose()]);
});
