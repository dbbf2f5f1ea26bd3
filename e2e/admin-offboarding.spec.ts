import { test, expect, hydrated, signIn } from "./support/fixtures";
import { e2eDb } from "./support/db";

test("an admin deletes the organization's data at Nova after typing its name, and sees Nova finish", async ({
  page,
  org,
}) => {
  test.setTimeout(120_000);
  await signIn(page, org.admin.email);
  // The form works on a phone too (signIn checks the header's user name, shown on wider screens).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/nova");
  await hydrated(page);

  const section = page.getByTestId("tenant-deletion");
  const confirm = section.getByLabel(`Type ${org.name} to confirm`);
  const button = section.getByRole("button", { name: "Delete tenant data at Nova" });
  await expect(button).toBeDisabled();
  await confirm.fill(org.name.slice(0, -1));
  await expect(button).toBeDisabled();
  await confirm.fill(org.name);
  await expect(button).toBeEnabled();
  await button.click();

  // Requested, then (the page refreshing itself while Nova works) completed.
  await expect(section.getByText(/Nova deleted this organization/)).toBeVisible({ timeout: 60_000 });
  const row = await e2eDb.novaDeletionRequest.findFirstOrThrow({ where: { orgId: org.id, scope: "tenant" } });
  expect(row.status).toBe("completed");
  await expect(section.getByText(row.novaId)).toBeVisible();

  // The audit log shows both steps.
  await page.goto("/admin/audit");
  const requested = page.locator('[data-testid="audit-row"][data-action="tenant.deletion_requested"]');
  await expect(requested).toHaveCount(1);
  await expect(requested).toContainText("Requested deletion of the organization's data at Nova (offboarding)");
  await expect(page.locator('[data-testid="audit-row"][data-action="deletion.completed"]')).toHaveCount(1);
});
