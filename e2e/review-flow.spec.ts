import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, hydrated, shortcutsReady, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { seedJob } from "./support/dashboard-seed";
import { formulaSafe, parseCsv } from "../lib/csv";

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
  expect(bad, `${what}:\n${report}`).toEqual([]);
}

test("a recruiter reviews a job by keyboard alone, and exports what they see", async ({ page, org }) => {
  test.setTimeout(180_000);
  const job = await seedJob(org);
  // A formula-like name (resume data is attacker-controlled): the export must neutralise it.
  const formula = await e2eDb.application.create({
    data: {
      orgId: org.id,
      jobId: job.jobId,
      candidateName: '=HYPERLINK("http://evil.test","x")',
      candidateEmail: "+1@evil.test",
      resumeText: "formula",
      decision: "HOLD",
    },
  });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);
  await hydrated(page);
  await shortcutsReady(page);
  const rows = page.getByTestId("ranking-row");
  // Ranking order: Grace 9, Ada 7, Alan 7, Edsger 4, then the unscored.
  await expect(rows.nth(0)).toHaveAttribute("data-focused", "true");
  const order = await page.getByTestId("candidate-name").allTextContents();
  expect(order.slice(0, 4)).toEqual(["Grace Hopper", "Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]);

  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toContainText("Ada Lovelace");
  await page.keyboard.press("a");
  await expect(rows.nth(1).getByTestId("decision")).toHaveText(/^Advanced/);

  await page.keyboard.press("j");
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press("r");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Reason").selectOption({ label: "Experience level" });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.nth(2).getByTestId("decision")).toContainText("Rejected");
  await expect(rows.nth(2).getByTestId("decision")).toContainText("Experience level");

  await rows.nth(2).focus();
  await page.keyboard.press("n");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Note").fill("Solid Go, but only 3 years; revisit for the mid-level role.");
  await dialog.getByRole("button", { name: "Add note" }).click();
  await expect(rows.nth(2).getByTestId("note-count")).toHaveText("1 note");

  // Open Alan (the focused row), walk two candidates on, decide there, come back.
  await rows.nth(2).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/candidates/${job.apps["Alan Turing"]}`));
  await expect(page.getByRole("heading", { name: "Alan Turing" })).toBeVisible();
  await expect(page.getByText("Solid Go, but only 3 years")).toBeVisible();
  await hydrated(page);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "Edsger Dijkstra" })).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  const fifth = order[4]!;
  await expect(page.getByRole("heading", { name: fifth })).toBeVisible();
  await expect(page.getByText("5 of 9")).toBeVisible();
  await hydrated(page);
  await shortcutsReady(page);
  await page.keyboard.press("h");
  await expect(page.getByTestId("decision")).toHaveText(/^On hold/);
  await page.goBack();
  await expect(rows.nth(2)).toBeFocused();
  await expect(rows.nth(2)).toContainText("Alan Turing");

  // Everything survives a reload.
  await page.reload();
  await expect(rows.filter({ hasText: "Ada Lovelace" }).getByTestId("decision")).toHaveText(/^Advanced/);
  const alan = rows.filter({ hasText: "Alan Turing" });
  await expect(alan.getByTestId("decision")).toContainText("Rejected");
  await expect(alan.getByTestId("decision")).toContainText("Experience level");
  await expect(alan.getByTestId("note-count")).toHaveText("1 note");
  await expect(rows.filter({ hasText: fifth }).getByTestId("decision")).toHaveText(/^On hold/);
  await expect(page.getByTestId("count-advanced")).toHaveText("1");
  await expect(page.getByTestId("count-rejected")).toHaveText("1");
  await expect(page.getByTestId("count-on-hold")).toHaveText("2");

  // The decision filter (a form field and `decision=` in the URL).
  await page.getByLabel("Decision", { exact: true }).selectOption({ label: "On hold" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/decision=hold/);
  await expect(page.getByTestId("candidate-name")).toHaveText([fifth, formula.candidateName]);

  await page.goto(`/jobs/${job.jobId}?decision=advance,reject,hold&sort=name`);
  const names = await page.getByTestId("candidate-name").allTextContents();
  expect(names).toHaveLength(4);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = parseCsv(fs.readFileSync((await (await downloading).path())!, "utf8"));
  expect(csv[0]).toEqual([
    "Rank",
    "Name",
    "Email",
    "Score",
    "Band",
    "Verdict",
    "Strengths",
    "Concerns",
    "Interview focus",
    "Criteria version",
    "Stale",
    "Decision",
    "Reason",
    "Notes",
    "Pipeline status",
  ]);
  const body = csv.slice(1);
  // Same rows, same order as the filtered page; formula-like cells start with an apostrophe.
  expect(body.map((r) => r[1])).toEqual(names.map(formulaSafe));
  const evil = body.find((r) => r[1]!.includes("HYPERLINK"))!;
  expect(evil[1]).toBe(`'${formula.candidateName}`);
  expect(evil[2]).toBe("'+1@evil.test");
  const alanRow = body.find((r) => r[1] === "Alan Turing")!;
  expect(alanRow.slice(11, 15)).toEqual(["Rejected", "Experience level", "1", "Scored"]);
  const audit = await e2eDb.auditEvent.findFirst({ where: { orgId: org.id, action: "ranking.exported" } });
  expect(JSON.parse(audit!.data)).toMatchObject({ rows: 4 });
  expect(audit!.actorId).toBe(org.recruiter.id);
});

test("bulk reject of 60 selected across two pages, with one reason and an audit row each", async ({ page, org }) => {
  test.setTimeout(180_000);
  const job = await seedJob(org, { extraScored: 60 });
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}?sort=name`);
  await hydrated(page);
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByTestId("selected-count")).toHaveText("50 selected");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await hydrated(page);
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(18);
  for (let i = 0; i < 10; i++) await rows.nth(i).getByRole("checkbox").check();
  await expect(page.getByTestId("selected-count")).toHaveText("60 selected");
  await page.getByRole("button", { name: "Reject selected" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("Reject 60 candidates");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog.getByText("Choose a reason for the rejection.")).toBeVisible();
  await dialog.getByLabel("Reason").selectOption({ label: "Position filled" });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Rejected: 60 candidates.")).toBeVisible();
  await expect(page.getByTestId("count-rejected")).toHaveText("60");
  const audits = await e2eDb.auditEvent.findMany({ where: { orgId: org.id, action: "decision.changed" } });
  expect(audits).toHaveLength(60);
  expect(new Set(audits.map((a) => JSON.parse(a.data).reason))).toEqual(new Set(["POSITION_FILLED"]));
  expect(new Set(audits.map((a) => a.actorId))).toEqual(new Set([org.recruiter.id]));
  await expect(page.getByTestId("selected-count")).toHaveCount(0);
});

for (const width of [1280, 390]) {
  test(`review views have no serious axe violations at ${width} px`, async ({ page, org }) => {
    test.setTimeout(180_000);
    const job = await seedJob(org);
    await e2eDb.application.update({
      where: { id: job.apps["Ada Lovelace"]! },
      data: { decision: "REJECT", rejectReason: "OTHER", rejectReasonText: "Relocating", noteCount: 1 },
    });
    await signIn(page, org.recruiter.email);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/jobs/${job.jobId}`);
    await hydrated(page);
    await shortcutsReady(page);
    await page.getByLabel("Select Grace Hopper").check();
    await expectAccessible(page, "ranking with decisions and a selection");
    await page.getByRole("button", { name: "Reject selected" }).click();
    await expectAccessible(page, "bulk reject dialog");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, "shortcuts dialog");
    await page.keyboard.press("Escape");
    await page.goto(`/jobs/${job.jobId}/candidates/${job.apps["Ada Lovelace"]}`);
    await hydrated(page);
    await page.getByLabel("Note").fill("A note");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByTestId("notes")).toContainText("A note");
    await expectAccessible(page, "candidate page with a note");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
