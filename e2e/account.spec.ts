import { test, expect, hydrated, signIn, PASSWORD } from "./support/fixtures";

test("a user changes their own password on the Account page, then signs in with the new one", async ({ page, org }) => {
  await signIn(page, org.recruiter.email);
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await hydrated(page);

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("a-much-longer-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not right.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("too-short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters").first()).toBeVisible();

  await page.getByLabel("New password").fill("a-much-longer-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?changed=1/);
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, org.recruiter.email, "a-much-longer-password");
});
