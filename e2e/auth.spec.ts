import { test, expect, hydrated, signIn, PASSWORD } from "./support/fixtures";

test("bad credentials show one clear error and keep the email", async ({ page, org }) => {
  await page.goto("/sign-in");
  await hydrated(page);
  await page.getByLabel("Email").fill(org.admin.email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(org.admin.email);

  // An unknown email gets the very same message (no account enumeration).
  await page.getByLabel("Email").fill("nobody@nowhere.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous visit redirects to sign-in and back afterwards", async ({ page, org }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  await hydrated(page);
  await page.getByLabel("Email").fill(org.admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
});

test("sign-out ends the session", async ({ page, org }) => {
  await signIn(page, org.recruiter.email);
  await expect(page.getByTestId("current-org")).toHaveText(org.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page lists the demo accounts, and they work", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("admin@shortlist.test")).toBeVisible();
  await signIn(page, "admin@shortlist.test", "shortlist-demo");
  await expect(page.getByTestId("current-org")).toHaveText("Demo Recruiting");
});
