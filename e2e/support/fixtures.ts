import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { e2eDb } from "./db";

export const PASSWORD = "e2e-password-123";

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

export interface TestOrg {
  id: string;
  name: string;
  tenantId: string;
  admin: TestUser;
  recruiter: TestUser;
}

/** A fresh org with one admin and one recruiter, unique per test, removed afterwards. */
export async function createTestOrg(): Promise<TestOrg> {
  const tag = randomBytes(4).toString("hex");
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const org = await e2eDb.organization.create({ data: { name: `Org ${tag}`, tenantId: `org_e2e_${tag}` } });
  const make = async (role: "ADMIN" | "RECRUITER") => {
    const email = `${role.toLowerCase()}-${tag}@e2e.test`;
    const name = `${role === "ADMIN" ? "Ada" : "Rex"} ${tag}`;
    const user = await e2eDb.user.create({
      data: { email, name, passwordHash, memberships: { create: { orgId: org.id, role } } },
    });
    return { id: user.id, email, name };
  };
  return {
    id: org.id,
    name: org.name,
    tenantId: org.tenantId,
    admin: await make("ADMIN"),
    recruiter: await make("RECRUITER"),
  };
}

export async function deleteTestOrg(org: TestOrg): Promise<void> {
  const members = await e2eDb.membership.findMany({ where: { orgId: org.id }, select: { userId: true } });
  await e2eDb.organization.delete({ where: { id: org.id } });
  await e2eDb.user.deleteMany({ where: { id: { in: members.map((m) => m.userId) }, memberships: { none: {} } } });
}

/** Waits until React has hydrated the current page, so clicks are not lost (see HydrationMarker). */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
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
