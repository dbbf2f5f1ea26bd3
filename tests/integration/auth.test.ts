import { describe, expect, it } from "vitest";
import { Browserless } from "../support/http";

describe("sign-in through the standard Auth.js endpoints", () => {
  it("signs in both demo accounts; /admin answers 200 to the admin only", async () => {
    const admin = new Browserless();
    const a = await admin.signIn("admin@shortlist.test", "shortlist-demo");
    expect(a.session?.user?.email).toBe("admin@shortlist.test");
    expect((await admin.fetch("/admin")).status).toBe(200);
    expect((await admin.fetch("/jobs")).status).toBe(200);

    const recruiter = new Browserless();
    const r = await recruiter.signIn("recruiter@shortlist.test", "shortlist-demo");
    expect(r.session?.user?.email).toBe("recruiter@shortlist.test");
    expect((await recruiter.fetch("/admin")).status).toBe(403);
    expect((await recruiter.fetch("/jobs")).status).toBe(200);
  });

  it("refuses a wrong password and keeps the visitor anonymous", async () => {
    const client = new Browserless();
    const res = await client.signIn("admin@shortlist.test", "not-the-password");
    expect(res.session?.user).toBeUndefined();
    const page = await client.fetch("/jobs");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/sign-in?callbackUrl=%2Fjobs");
  });

  it("page responses never re-issue the session cookie, so a request in flight cannot undo a sign-out", async () => {
    const client = new Browserless();
    await client.signIn("recruiter@shortlist.test", "shortlist-demo");
    for (const path of ["/jobs", "/jobs/new", "/admin"]) {
      const res = await client.fetch(path, { headers: { rsc: "1" } });
      const setCookies = res.headers.getSetCookie().filter((c) => /authjs\.session-token=/.test(c));
      expect(setCookies, path).toEqual([]);
    }
  });
});
