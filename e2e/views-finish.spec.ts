import AxeBuilder from "@axe-core/playwright";
import bcrypt from "bcryptjs";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, signIn, PASSWORD, type TestOrg } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { SEED_APPS, seedJob } from "./support/dashboard-seed";

// Issue 14's finishing pieces in a real browser: decisions in compare, the histogram stacked by
// decision, blind export and "decided blind", the hiring manager's read-only ranking, and the
// criteria library.

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
  expect(bad, `${what}:\n${report}`).toEqual([]);
}

async function createHiringManager(org: TestOrg, jobId: string | null) {
  const email = `hm-${org.tenantId}@e2e.test`;
  const user = await e2eDb.user.create({
    data: {
      email,
      name: "Hana Manager",
      passwordHash: await bcrypt.hash(PASSWORD, 4),
      memberships: { create: { orgId: org.id, role: "HIRING_MANAGER" } },
    },
  });
  if (jobId) await e2eDb.jobMember.create({ data: { orgId: org.id, jobId, userId: user.id } });
  return { id: user.id, email };
}

test("decisions made in compare show on the ranking, and the histogram stacks by decision", async ({ page, org }) => {
  test.setTimeout(120_000);
  const job = await seedJob(org);
  const ids = ["Grace Hopper", "Alan Turing", "Edsger Dijkstra"].map((n) => job.apps[n]!);
  await signIn(page, org.recruiter.email);

  // Before any decision the bars are coloured by band: no decision legend.
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByRole("img", { name: /^Score distribution/ })).toBeVisible();
  await expect(page.getByTestId("distribution-legend")).toHaveCount(0);

  await page.goto(`/jobs/${job.jobId}/compare?ids=${ids.join(",")}`);
  await hydrated(page);
  const column = (name: string) => page.getByRole("group", { name: `Decision on ${name}` });
  await expect(column("Grace Hopper")).toContainText("Undecided");
  await column("Alan Turing").getByRole("button", { name: "Advance" }).click();
  await expect(column("Alan Turing").getByTestId("decision")).toHaveText("Advanced");
  await expect(column("Alan Turing").getByRole("button", { name: "Advance" })).toHaveAttribute("aria-pressed", "true");

  // Reject asks why, with the same dialog as the ranking.
  await column("Edsger Dijkstra").getByRole("button", { name: "Reject" }).click();
  const dialog = page.getByRole("dialog", { name: "Reject Edsger Dijkstra" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Reason").selectOption("EXPERIENCE_LEVEL");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(column("Edsger Dijkstra").getByTestId("decision")).toContainText("Rejected");
  await expect(page.getByRole("rowheader", { name: /Decision\s*· differs/ })).toBeVisible();

  const stored = await e2eDb.application.findMany({ where: { id: { in: ids } }, select: { id: true, decision: true } });
  expect(Object.fromEntries(stored.map((a) => [a.id, a.decision]))).toEqual({
    [ids[0]!]: "UNDECIDED",
    [ids[1]!]: "ADVANCE",
    [ids[2]!]: "REJECT",
  });

  // The ranking shows them, and the histogram is now stacked by decision (from grouped counts).
  await page.goto(`/jobs/${job.jobId}`);
  const row = (name: string) => page.getByTestId("ranking-row").filter({ hasText: name });
  await expect(row("Alan Turing").getByTestId("decision")).toContainText("Advanced");
  await expect(row("Edsger Dijkstra").getByTestId("decision")).toContainText("Rejected");
  const chart = page.getByRole("img", { name: /^Score distribution/ });
  await expect(chart).toHaveAccessibleName(/by decision 1 advanced, 0 on hold, 1 rejected, 2 undecided/);
  await expect(page.getByTestId("distribution-legend")).toContainText("Advanced");
  // Pending and failed stay apart from the bars.
  await expect(page.getByTestId("distribution-pending")).toHaveText("1");
  await expect(page.getByTestId("distribution-failed")).toHaveText("2");
  const table = page.getByRole("table", { name: "Candidates per score" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Score",
    "Candidates",
    "Advanced",
    "On hold",
    "Rejected",
    "Undecided",
  ]);
  // Score 7: Alan (advanced) and Ada (undecided); score 4: Edsger (rejected).
  await expect(table.getByRole("row", { name: "7 2 1 0 0 1" })).toHaveCount(1);
  await expect(table.getByRole("row", { name: "4 1 0 0 1 0" })).toHaveCount(1);
});

test("blind review: the export uses aliases and a blind decision is recorded as such", async ({ page, org }) => {
  const job = await seedJob(org);
  await e2eDb.user.update({ where: { id: org.recruiter.id }, data: { hideIdentities: true } });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByRole("switch", { name: "Hide identities" })).toHaveAttribute("aria-checked", "true");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"));
  expect(csv.split("\r\n").length).toBeGreaterThan(SEED_APPS.length);
  for (const a of SEED_APPS) {
    for (const part of a.name.split(" ")) expect(new RegExp(`\\b${part}\\b`).test(csv), part).toBe(false);
    expect(csv).not.toContain(`${a.name.split(" ")[0]!.toLowerCase()}@example.test`);
  }
  expect(csv).toMatch(/Candidate [0-9A-F]{4}/);

  // A decision taken blind says so on the candidate page.
  const grace = page.getByTestId("ranking-row").first();
  await grace.getByRole("button", { name: "Hold" }).click();
  await expect(grace.getByTestId("decision")).toContainText("On hold");
  await grace.getByTestId("candidate-name").click();
  await expect(page.getByText(/decided blind/)).toBeVisible();
  expect((await e2eDb.application.findUniqueOrThrow({ where: { id: job.apps["Grace Hopper"]! } })).decidedBlind).toBe(
    true,
  );
});

test("a hiring manager's ranking offers only what she may do; she notes; other jobs are a real 404", async ({
  page,
  org,
}) => {
  test.setTimeout(120_000);
  const mine = await seedJob(org, { title: "Assigned Job" });
  const other = await seedJob(org, { title: "Someone Else's Job" });
  const hm = await createHiringManager(org, mine.jobId);
  await signIn(page, hm.email);

  await page.goto(`/jobs/${mine.jobId}`);
  await hydrated(page);
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  await expect(page.getByRole("img", { name: /^Score distribution/ })).toBeVisible();
  for (const name of [/^Submit/, /^Rescore/, "Advance", "Hold", "Reject", /selected$/])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  for (const name of ["Export CSV", "Add candidates", "Edit job", /^Criteria/])
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectAccessible(page, "hiring manager's ranking");

  // She can still select for Compare, and the compare view shows decisions without buttons.
  await page.getByLabel("Select Grace Hopper").check();
  await page.getByLabel("Select Alan Turing").check();
  await page.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("group", { name: "Decision on Grace Hopper" })).toContainText("Undecided");
  await expect(page.getByRole("button", { name: "Advance" })).toHaveCount(0);

  // She takes a note on her job's candidate.
  await page.goto(`/jobs/${mine.jobId}/candidates/${mine.apps["Grace Hopper"]}`);
  await hydrated(page);
  await expect(page.getByRole("button", { name: "Advance" })).toHaveCount(0);
  await page.getByLabel("Note").fill("Strong on systems; let's meet.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("notes")).toContainText("Strong on systems");
  expect(await e2eDb.note.count({ where: { authorId: hm.id, applicationId: mine.apps["Grace Hopper"] } })).toBe(1);

  // Another job answers a real 404 status on every path, with nothing of it in the page.
  for (const path of [
    `/jobs/${other.jobId}`,
    `/jobs/${other.jobId}/candidates/${other.apps["Grace Hopper"]}`,
    `/jobs/${other.jobId}/compare?ids=${other.apps["Grace Hopper"]},${other.apps["Alan Turing"]}`,
    `/api/jobs/${other.jobId}/export`,
  ]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).not.toContain("Someone Else");
  }
});

test("an admin saves a criterion to the library and adds it to another job's criteria", async ({ page, org }) => {
  test.setTimeout(180_000);
  const seeded = await seedJob(org);
  await signIn(page, org.admin.email);

  // Save to library from a job's criteria.
  await page.goto(`/jobs/${seeded.jobId}/criteria`);
  await hydrated(page);
  const criterion = page.getByTestId("criterion").filter({ hasText: "Experience with Go" });
  await criterion.getByRole("button", { name: "Save to library" }).click();
  await expect(criterion.getByTestId("library-status")).toContainText("Saved to library");
  await expectAccessible(page, "criteria page after saving to the library");

  // A new job generated by Nova: add the library criterion to its criteria.
  await page.goto("/jobs/new");
  await page.getByLabel("Job title").fill("Platform Engineer");
  await page.getByLabel("Company").fill("Northwind");
  await page
    .getByLabel("Job description")
    .fill(
      "We are hiring a Platform Engineer.\n\nRequirements:\n- 3+ years running Kubernetes in production\n- Terraform",
    );
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Generate criteria now" }).click();
  await expect(page.getByText(/Nova drafted \d+ criteria/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Save criteria" }).click();
  await expect(page).toHaveURL(/\/jobs\/(?!new)[^/?]+$/);
  const jobId = page.url().split("/").pop()!;
  const before = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: true },
  });

  await page.goto(`/jobs/${jobId}/criteria`);
  await hydrated(page);
  await page.getByRole("button", { name: "Add from library" }).click();
  const dialog = page.getByRole("dialog", { name: "Add from library" });
  const item = dialog.getByTestId("library-item").filter({ hasText: "Experience with Go" });
  await expect(item).toContainText(
    `From ${(await e2eDb.job.findUniqueOrThrow({ where: { id: seeded.jobId } })).title}`,
  );
  await expectAccessible(page, "Add from library dialog");
  await item.getByRole("button", { name: /^Add/ }).click();
  await expect(dialog.getByText("Added: Experience with Go")).toBeVisible();
  await expect(item).toContainText("In this job");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("criterion").filter({ hasText: "Experience with Go" })).toHaveCount(1);

  const after = await e2eDb.job.findUniqueOrThrow({
    where: { id: jobId },
    include: { activeCriteriaVersion: { include: { criteria: true } } },
  });
  expect(after.activeCriteriaVersion!.number).toBe(before.activeCriteriaVersion!.number + 1);
  // The library kept the importance it was saved with.
  expect(after.activeCriteriaVersion!.criteria.find((c) => c.text === "Experience with Go")?.importance).toBe(
    "MUST_HAVE",
  );
});

for (const width of [1280, 390]) {
  test(`compare with decisions and the stacked histogram have no serious axe violations at ${width} px`, async ({
    page,
    org,
  }) => {
    test.setTimeout(120_000);
    const job = await seedJob(org);
    await e2eDb.application.update({
      where: { id: job.apps["Alan Turing"]! },
      data: { decision: "ADVANCE", decidedAt: new Date(), decidedById: org.recruiter.id },
    });
    await signIn(page, org.recruiter.email);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/jobs/${job.jobId}`);
    await hydrated(page);
    await expect(page.getByTestId("distribution-legend")).toBeVisible();
    await expectAccessible(page, "ranking with the stacked histogram");

    await page.goto(`/jobs/${job.jobId}/compare?ids=${job.apps["Grace Hopper"]},${job.apps["Alan Turing"]}`);
    await hydrated(page);
    await expectAccessible(page, "compare with decision buttons");
    await page.getByRole("group", { name: "Decision on Grace Hopper" }).getByRole("button", { name: "Reject" }).click();
    await expect(page.getByRole("dialog", { name: "Reject Grace Hopper" })).toBeVisible();
    await expectAccessible(page, "compare's reject dialog");
    await page.keyboard.press("Escape");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
