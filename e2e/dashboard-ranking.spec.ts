import { test, expect, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { completeScore, seedJob } from "./support/dashboard-seed";

test("the ranking orders by score, ties by submission, with bands, verdicts, statuses and stale badges", async ({
  page,
  org,
}) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);

  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(8);
  const names = await page.getByTestId("candidate-name").allTextContents();
  // Ada and Alan tie on 7; Ada submitted first.
  expect(names.slice(0, 4)).toEqual(["Grace Hopper", "Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]);
  await expect(rows.nth(0).getByTestId("rank")).toHaveText("Rank #1");
  await expect(rows.nth(2).getByTestId("rank")).toHaveText("Rank #2");
  await expect(rows.nth(3).getByTestId("rank")).toHaveText("Rank #4");

  const grace = rows.filter({ hasText: "Grace Hopper" });
  await expect(grace.getByTestId("score")).toContainText("9");
  await expect(grace.getByTestId("score")).toContainText("Exceptional");
  await expect(grace.getByTestId("verdict-summary")).toHaveText("Grace Hopper is a strong match for this role.");
  await expect(grace.getByText("v2")).toBeVisible();
  await expect(grace.getByText("Stale")).toHaveCount(0);

  const ada = rows.filter({ hasText: "Ada Lovelace" });
  await expect(ada.getByText("Stale")).toBeVisible();
  await expect(ada.getByText("v1")).toBeVisible();
  await expect(rows.filter({ hasText: "Edsger Dijkstra" }).getByTestId("score")).toContainText("Significant gaps");

  await expect(rows.filter({ hasText: "Ken Thompson" })).toContainText("Nova could not read the resume file.");
  await expect(rows.filter({ hasText: "Dennis Ritchie" })).toContainText("Rejected at intake");
  await expect(rows.filter({ hasText: "Barbara Liskov" }).getByTestId("score")).toContainText("Scoring…");
  await expect(page.getByTestId("count-stale")).toHaveText("2");

  // Recruiters see no admin controls.
  await expect(page.getByRole("button", { name: /Rescore/ })).toHaveCount(0);
  await expect(
    rows.filter({ hasText: "Linus Torvalds" }).getByRole("button", { name: "Submit Linus Torvalds" }),
  ).toBeVisible();
});

test("a row expands with the keyboard to the full assessment", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);
  const row = page.getByTestId("ranking-row").filter({ hasText: "Grace Hopper" });
  const toggle = row.getByRole("button", { name: "Details for Grace Hopper" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(row.getByText("Ask Grace about on-call")).toBeHidden();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(row.getByText("Recommend interview.")).toBeVisible();
  await expect(row.getByText("Ask Grace about on-call")).toBeVisible();
  await expect(row.getByText("Kubernetes (not evidenced)").last()).toBeVisible();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("filters and sort live in the URL", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);

  await page.getByLabel("Min score").selectOption("7");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/min=7/);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Grace Hopper", "Ada Lovelace", "Alan Turing"]);

  await page.goto(`/jobs/${job.jobId}?stale=1`);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Ada Lovelace", "Edsger Dijkstra"]);
  await expect(page.getByLabel("Stale only")).toBeChecked();

  await page.goto(`/jobs/${job.jobId}?q=turing`);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Alan Turing"]);

  await page.goto(`/jobs/${job.jobId}?status=FAILED,REJECTED&sort=name`);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Dennis Ritchie", "Ken Thompson"]);

  await page.goto(`/jobs/${job.jobId}?q=nobody`);
  await expect(page.getByText("No candidates match these filters")).toBeVisible();
});

test("the ranking pages on the server, 50 at a time", async ({ page, org }) => {
  const job = await seedJob(org, { extraScored: 60 });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByTestId("ranking-row")).toHaveCount(50);
  await expect(page.getByText("Page 1 of 2 · 68 candidates")).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("ranking-row")).toHaveCount(18);
  // Unscored candidates sink to the end of the last page.
  expect((await page.getByTestId("candidate-name").allTextContents()).slice(-4).sort()).toEqual([
    "Barbara Liskov",
    "Dennis Ritchie",
    "Ken Thompson",
    "Linus Torvalds",
  ]);
});

test("a score arriving while the page is open appears without a reload, and polling stops", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  const polls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/api/jobs/${job.jobId}/status`)) polls.push(r.url());
  });
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByTestId("job-progress")).toContainText("Nova is scoring 1 candidate");
  const barbara = page.getByTestId("ranking-row").filter({ hasText: "Barbara Liskov" });
  const before = await barbara.getByTestId("score").boundingBox();

  await completeScore(job.apps["Barbara Liskov"]!, 8, job.v2);
  await expect(
    page.getByTestId("ranking-row").filter({ hasText: "Barbara Liskov" }).getByTestId("score"),
  ).toContainText("8", { timeout: 10_000 });
  await expect(page.getByTestId("job-progress")).toHaveCount(0);
  const after = await page
    .getByTestId("ranking-row")
    .filter({ hasText: "Barbara Liskov" })
    .getByTestId("score")
    .boundingBox();
  // The score cell keeps its size when the score lands (no layout shift inside the row).
  expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);

  const settled = polls.length;
  await page.waitForTimeout(5_000);
  expect(polls.length - settled).toBeLessThanOrEqual(1);
});

test("an admin sees rescore controls and a confirmation that states N; Esc closes it", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByRole("button", { name: "Rescore Grace Hopper" })).toBeVisible();
  await page.getByRole("button", { name: "Rescore all stale (2)" }).click();
  const dialog = page.getByRole("dialog", { name: "Rescore 2 candidates?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("2 candidates were scored on an older criteria version");
  await expect(dialog.getByRole("button", { name: "Rescore 2" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  // Focus stays inside the modal.
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByLabel("Select Grace Hopper").check();
  await page.getByLabel("Select Linus Torvalds").check();
  await expect(page.getByRole("button", { name: "Rescore selected (1)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit selected (1)" })).toBeVisible();
});

test("the status route is org-scoped and session-checked", async ({ page, org, playwright, baseURL }) => {
  const job = await seedJob(org);
  const anon = await playwright.request.newContext({ baseURL });
  expect((await anon.get(`/api/jobs/${job.jobId}/status`)).status()).toBe(401);
  await anon.dispose();

  await signIn(page, org.recruiter.email);
  const res = await page.request.get(`/api/jobs/${job.jobId}/status`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { counts: Record<string, number>; pendingIds: string[]; operations: unknown[] };
  expect(body.counts).toEqual({
    total: 8,
    notSubmitted: 1,
    pending: 1,
    scored: 4,
    failed: 1,
    rejected: 1,
    stale: 2,
    // Not submitted, and the refusal a resubmission can fix (the failed one is still with Nova).
    submittable: 2,
  });
  expect(body.pendingIds).toEqual([job.apps["Barbara Liskov"]]);

  const other = await e2eDb.organization.create({ data: { name: "Other", tenantId: `org_other_${job.jobId}` } });
  const foreign = await e2eDb.job.create({
    data: { orgId: other.id, title: "Secret", company: "X", description: "Y" },
  });
  expect((await page.request.get(`/api/jobs/${foreign.id}/status`)).status()).toBe(404);
  // The page streams (loading.tsx), so its status is already sent: assert what the user sees.
  await page.goto(`/jobs/${foreign.id}`);
  await expect(page.getByText("We couldn't find that page")).toBeVisible();
  await expect(page.getByText("Secret")).toHaveCount(0);
  await e2eDb.organization.delete({ where: { id: other.id } });
});

test("a running operation's progress is read from the database, so it survives a reload", async ({ page, org }) => {
  const job = await seedJob(org);
  // An operation as the rescore action records it; the worker counts progress into it.
  const op = await e2eDb.operation.create({
    data: { orgId: org.id, jobId: job.jobId, kind: "RESCORE", status: "running", total: 10, processed: 4 },
  });
  await signIn(page, org.admin.email);
  await page.goto(`/jobs/${job.jobId}`);
  const bar = page.getByRole("progressbar", { name: "Rescoring candidates" });
  await expect(bar).toHaveAttribute("aria-valuenow", "4");
  await page.reload();
  await expect(bar).toHaveAttribute("aria-valuenow", "4");
  await e2eDb.operation.update({ where: { id: op.id }, data: { processed: 7 } });
  await expect(bar).toHaveAttribute("aria-valuenow", "7", { timeout: 10_000 });
  await expect(page.getByTestId("job-progress")).toContainText("7 of 10 sent");
  await e2eDb.operation.update({ where: { id: op.id }, data: { processed: 10, status: "completed" } });
  await expect(bar).toHaveCount(0, { timeout: 10_000 });
});
