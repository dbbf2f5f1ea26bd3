import { test as base, expect, type Page } from "@playwright/test";
import * as orgs from "../../tests/support/orgs";
import type { TestOrg } from "../../tests/support/orgs";
import { e2eDb } from "./db";

export const PASSWORD = "e2e-password-123";

export type { TestOrg, TestUser } from "../../tests/support/orgs";

/** A fresh org with one admin and one recruiter, unique per test, removed afterwards. */
export function createTestOrg(): Promise<TestOrg> {
  return orgs.createTestOrg(e2eDb, "e2e", PASSWORD);
}

export function deleteTestOrg(org: TestOrg): Promise<void> {
  return orgs.deleteTestOrg(e2eDb, org);
}

/** Waits until React has hydrated the current page, so clicks are not lost (see HydrationMarker). */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Waits until the page's keyboard shortcuts listen (a part can hydrate after the document). */
export async function shortcutsReady(page: Page) {
  await page.locator("html[data-shortcuts]").waitFor({ state: "attached" });
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await hydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await hydrated(page);
}

export const test = base.extend<{ org: TestOrg; cspViolations: string[] }>({
  org: async ({}, use) => {
    const org = await createTestOrg();
    await use(org);
    await deleteTestOrg(org);
  },
  // Every test fails if any page it opened logged a Content-Security-Policy violation: the
  // policy (proxy.ts) must never block the app's own scripts. A test that provokes a violation
  // on purpose empties this list after checking it.
  cspViolations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const watch = (page: Page) =>
        page.on("console", (msg) => {
          if (/Content Security Policy/i.test(msg.text())) seen.push(`${page.url()}: ${msg.text()}`);
        });
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(seen);
      expect(seen, "pages logged CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
