import { randomBytes } from "node:crypto";
import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";
import { captureServerAction, replayServerAction } from "./support/forge";

test("an admin adds a recruiter, who can then sign in", async ({ page, org, browser }) => {
  const email = `new-${randomBytes(3).toString("hex")}@e2e.test`;
  await signIn(page, org.admin.email);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Name").fill("Nina New");
  await page.getByLabel("Role", { exact: true }).selectOption("RECRUITER");
  await page.getByLabel("Initial password").fill("welcome-aboard-1");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`${email} was added.`)).toBeVisible();
  await expect(page.getByTestId(`member-${email}`)).toContainText("Nina New");

  const membership = await e2eDb.membership.findFirst({ where: { orgId: org.id, user: { email } } });
  expect(membership?.role).toBe("RECRUITER");

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signIn(page2, email, "welcome-aboard-1");
  await expect(page2.getByTestId("current-role")).toHaveText("Recruiter");
  await expect(page2.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await other.close();
});

test("invalid member input gets a specific error and adds nobody", async ({ page, org }) => {
  await signIn(page, org.admin.email);
  await page.goto("/admin");
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Name").fill("X");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Enter a valid email address").first()).toBeVisible();
  expect(await e2eDb.membership.count({ where: { orgId: org.id } })).toBe(2);
});

test("the last admin cannot be demoted", async ({ page, org }) => {
  await signIn(page, org.admin.email);
  await page.goto("/admin");
  await page.getByLabel(`Role for ${org.admin.email}`).selectOption("RECRUITER");
  // Demoting yourself is confirmed first; the server still refuses to leave the org without an admin.
  await page.getByRole("dialog", { name: "Demote yourself?" }).getByRole("button", { name: "Demote me" }).click();
  await expect(page.getByText("This organization needs at least one admin.")).toBeVisible();
  const m = await e2eDb.membership.findFirst({ where: { orgId: org.id, userId: org.admin.id } });
  expect(m?.role).toBe("ADMIN");
});

test("a recruiter gets 403 on /admin and the server refuses a forged admin action", async ({ page, org, browser }) => {
  // Capture a real addMember call made by the admin…
  await signIn(page, org.admin.email);
  await page.goto("/admin");
  const victim = `forged-${randomBytes(3).toString("hex")}@e2e.test`;
  await page.getByLabel("Email", { exact: true }).fill(victim);
  await page.getByLabel("Name").fill("Forged");
  await page.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await page.getByLabel("Initial password").fill("forged-password-1");
  const action = await captureServerAction(page, () => page.getByRole("button", { name: "Add member" }).click());
  await expect(page.getByText(`${victim} was added.`)).toBeVisible();
  await e2eDb.membership.deleteMany({ where: { orgId: org.id, user: { email: victim } } });
  await e2eDb.user.deleteMany({ where: { email: victim } });

  // …then the recruiter, who never sees the form, replays it with their own session.
  const recruiterContext = await browser.newContext();
  const recruiterPage = await recruiterContext.newPage();
  await signIn(recruiterPage, org.recruiter.email);
  const res = await recruiterPage.goto("/admin");
  expect(res?.status()).toBe(403);
  await expect(recruiterPage.getByText("You don't have access to this page")).toBeVisible();

  const replay = await replayServerAction(action, recruiterContext.request);
  expect(replay.body).toContain("Only admins can do that.");
  expect(await e2eDb.user.count({ where: { email: victim } })).toBe(0);
  expect(await e2eDb.membership.count({ where: { orgId: org.id } })).toBe(2);
  await recruiterContext.close();
});

test("at 390 px every member's role select and Remove are on screen; demoting yourself asks first", async ({
  page,
  org,
}) => {
  await signIn(page, org.admin.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin");
  await hydrated(page);
  for (const email of [org.admin.email, org.recruiter.email]) {
    await expect(page.getByLabel(`Role for ${email}`)).toBeInViewport();
    await expect(page.getByRole("button", { name: `Remove ${email}` })).toBeInViewport();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A second admin exists, so the demotion would go through: the dialog is what stops it.
  await e2eDb.membership.updateMany({ where: { orgId: org.id, userId: org.recruiter.id }, data: { role: "ADMIN" } });
  await page.reload();
  await hydrated(page);
  await page.getByLabel(`Role for ${org.admin.email}`).selectOption("RECRUITER");
  const dialog = page.getByRole("dialog", { name: "Demote yourself?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel(`Role for ${org.admin.email}`)).toHaveValue("ADMIN");
  expect((await e2eDb.membership.findFirstOrThrow({ where: { orgId: org.id, userId: org.admin.id } })).role).toBe(
    "ADMIN",
  );
  await page.getByLabel(`Role for ${org.admin.email}`).selectOption("RECRUITER");
  await dialog.getByRole("button", { name: "Demote me" }).click();
  await expect
    .poll(
      async () => (await e2eDb.membership.findFirstOrThrow({ where: { orgId: org.id, userId: org.admin.id } })).role,
    )
    .toBe("RECRUITER");
});
