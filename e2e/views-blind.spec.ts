import { test, expect, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { SEED_APPS, seedJob } from "./support/dashboard-seed";

// Every identifying string the seed writes: full names, each name part, emails.
const IDENTITIES = SEED_APPS.flatMap((a) => [
  a.name,
  ...a.name.split(" "),
  `${a.name.split(" ")[0]!.toLowerCase()}@example.test`,
]);

// Whole words, as written: "Ken" must not match "token".
async function expectNoIdentity(html: string, where: string) {
  for (const s of IDENTITIES) {
    const word = new RegExp(`\\b${s.replace(/[.+]/g, "\\$&")}\\b`);
    expect(word.test(html), `${where} shows "${s}"`).toBe(false);
  }
}

test("Hide identities replaces names with stable aliases on every view, and persists", async ({ page, org }) => {
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);
  await expect(page.getByTestId("candidate-name").first()).toHaveText("Grace Hopper");

  const toggle = page.getByRole("switch", { name: "Hide identities" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("candidate-name").first()).toHaveText(/^Candidate [0-9A-F]{4}$/);
  const alias = await page.getByTestId("candidate-name").first().textContent();
  await expect
    .poll(async () => (await e2eDb.user.findUniqueOrThrow({ where: { id: org.recruiter.id } })).hideIdentities)
    .toBe(true);

  // Ranking, with a row's details open.
  await page.reload();
  await expect(page.getByTestId("candidate-name").first()).toHaveText(alias!);
  await expectNoIdentity(await page.content(), "ranking");

  // Candidate page: alias, redacted resume text, cover note and assessment.
  await page.goto(`/jobs/${job.jobId}/candidates/${job.apps["Grace Hopper"]}`);
  await expect(page.getByRole("heading", { name: alias! })).toBeVisible();
  await expectNoIdentity(await page.content(), "candidate page");

  // Compare.
  await page.goto(`/jobs/${job.jobId}/compare?ids=${job.apps["Grace Hopper"]},${job.apps["Alan Turing"]}`);
  await expect(page.getByTestId("compare-column").first()).toHaveText(alias!);
  await expectNoIdentity(await page.content(), "compare");

  // Off again: names are back.
  await page.getByRole("switch", { name: "Hide identities" }).click();
  await expect(page.getByTestId("compare-column").first()).toHaveText("Grace Hopper");
});
