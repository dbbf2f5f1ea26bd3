import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserless } from "../support/http";
import { callAction } from "../support/server-actions";
import { createOrg, PASSWORD, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";
import { sandboxClient, withCriteria } from "./sandbox-helpers";

// Each test attacks one hole from the security review over real HTTP and asserts it is closed.
const db = testDb();
const JOBS = "app/(dashboard)/jobs/actions.ts";
const ADMIN = "app/(dashboard)/admin/actions.ts";
const ACCOUNT = "app/(dashboard)/account/actions.ts";
const CANDIDATES = "app/(dashboard)/jobs/[jobId]/candidates/actions.ts";
const CRITERIA = "app/(dashboard)/jobs/[jobId]/criteria/actions.ts";
let org: Org;

beforeAll(async () => {
  org = await createOrg();
});

/** A Browserless whose requests claim one client address (as a load balancer would set it). */
class FromAddress extends Browserless {
  constructor(readonly address: string) {
    super();
  }
  override fetch(p: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-for", this.address);
    return super.fetch(p, { ...init, headers });
  }
}
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;

async function user(password = PASSWORD) {
  const email = `u-${randomBytes(4).toString("hex")}@it.test`;
  await db.user.create({
    data: {
      email,
      name: "U",
      passwordHash: await bcrypt.hash(password, 4),
      memberships: { create: { orgId: org.id, role: "RECRUITER" } },
    },
  });
  return email;
}

describe("open redirect after sign-in (item 5)", () => {
  it("keeps only same-site paths, refusing tabs, CR/LF and backslashes", async () => {
    const client = new Browserless();
    await client.signIn(org.recruiter.email, PASSWORD);
    for (const bad of [
      "/%09/evil.example/phish",
      "/%0d%0aSet-Cookie:%20x=1",
      "/%0d",
      "//evil.example",
      "/%5C%5Cevil.example",
      "https://evil.example/phish",
    ]) {
      const res = await client.fetch(`/sign-in?callbackUrl=${bad}`);
      expect(res.status, bad).toBeLessThan(400);
      const location = res.headers.get("location") ?? "";
      expect(location, bad).not.toMatch(/evil|[\t\r\n\\]|Set-Cookie/i);
      expect(new URL(location, process.env.TEST_BASE_URL).origin, bad).toBe(new URL(process.env.TEST_BASE_URL!).origin);
    }
    expect((await client.fetch("/sign-in?callbackUrl=%2Fjobs%3Fq%3D1")).headers.get("location")).toMatch(
      /\/jobs\?q=1$/,
    );
  });
});

describe("sign-in throttling (item 6)", () => {
  it("after 5 wrong passwords the right one is refused too, and locked attempts cost no bcrypt", async () => {
    const email = await user();
    const client = new FromAddress(address());
    for (let i = 0; i < 40; i++) await client.signIn(email, `wrong-password-${i}`);
    // Locked attempts were refused before the hash compare: they left no failure rows.
    expect(await db.signInFailure.count({ where: { key: `account:${email}` } })).toBe(5);
    const right = await client.signIn(email, PASSWORD);
    expect(right.session?.user).toBeUndefined();
    // Another address does not help: the account itself is locked.
    expect((await new FromAddress(address()).signIn(email, PASSWORD)).session?.user).toBeUndefined();
  });

  it("the sign-in form says when to try again", async () => {
    const email = await user();
    const client = new FromAddress(address());
    for (let i = 0; i < 5; i++) await client.signIn(email, `wrong-password-${i}`);
    const form = new FormData();
    form.set("email", email);
    form.set("password", PASSWORD);
    form.set("callbackUrl", "/jobs");
    const reply = await callAction(client, "app/sign-in/actions.ts", "signIn", [{}, form]);
    expect(reply.body).toMatch(/Too many sign-in attempts\. Try again in 1[45] minutes\./);
    // The callback endpoint sends its own code to the sign-in page.
    const { csrfToken } = (await (await client.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await client.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: PASSWORD }),
    });
    expect(res.headers.get("location")).toContain("code=throttled");
  });

  it("one address spraying many accounts is throttled as well", async () => {
    const from = address();
    const sprayer = new FromAddress(from);
    for (let i = 0; i < 30; i++) await sprayer.signIn(`nobody-${i}-${randomBytes(2).toString("hex")}@it.test`, "guess");
    const email = await user();
    expect((await sprayer.signIn(email, PASSWORD)).session?.user).toBeUndefined();
    expect((await new FromAddress(address()).signIn(email, PASSWORD)).session?.user?.email).toBe(email);
  });

  afterAll(async () => {
    await db.signInFailure.deleteMany({});
  });
});

describe("sessions end for real (item 8)", () => {
  it("a copied session cookie stops working after sign-out", async () => {
    const email = await user();
    const client = new Browserless();
    await client.signIn(email, PASSWORD);
    const stolen = client.cookieHeader();
    // Routes read the session themselves (the proxy only checks pages): before sign-out the
    // cookie is a session there, and the same token as a bearer header is none.
    const statusRoute = new URL("/api/jobs/any-job/status", process.env.TEST_BASE_URL);
    expect((await fetch(statusRoute, { headers: { cookie: stolen } })).status).toBe(404);
    const token = /authjs\.session-token=([^;]+)/.exec(stolen)![1]!;
    expect(
      (await fetch(statusRoute, { headers: { authorization: `Bearer ${decodeURIComponent(token)}` } })).status,
    ).toBe(401);
    const { csrfToken } = (await (await client.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await client.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken }),
    });
    const page = await fetch(new URL("/jobs", process.env.TEST_BASE_URL), {
      headers: { cookie: stolen },
      redirect: "manual",
    });
    expect(page.status).toBe(307);
    const session = await fetch(new URL("/api/auth/session", process.env.TEST_BASE_URL), {
      headers: { cookie: stolen },
    });
    expect(await session.json()).toBeNull();
    expect((await fetch(statusRoute, { headers: { cookie: stolen } })).status).toBe(401);
  });

  it("removal from the org ends the removed member's session", async () => {
    const email = await user();
    const member = new Browserless();
    await member.signIn(email, PASSWORD);
    expect((await member.fetch("/jobs")).status).toBe(200);
    const admin = new Browserless();
    await admin.signIn(org.admin.email, PASSWORD);
    const { id } = await db.user.findUniqueOrThrow({ where: { email } });
    expect((await callAction(admin, ADMIN, "removeMember", [{ userId: id }])).result).toMatchObject({ ok: true });
    expect((await member.fetch("/jobs")).status).toBe(307);
  });
});

describe("passwords (item 12)", () => {
  it("new members need 12+ characters and at most 72 bytes; nobody is added otherwise", async () => {
    const admin = new Browserless();
    await admin.signIn(org.admin.email, PASSWORD);
    for (const [password, message] of [
      ["short-pass1", /at least 12 characters/],
      ["é".repeat(40), /at most 72 bytes/],
      ["x".repeat(73), /at most 72 bytes/],
    ] as const) {
      const email = `p-${randomBytes(3).toString("hex")}@it.test`;
      const reply = await callAction(admin, ADMIN, "addMember", [{ email, name: "P", role: "RECRUITER", password }]);
      expect(reply.result?.ok).toBe(false);
      expect(reply.result?.error).toMatch(message);
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
  });

  it("a user changes their own password: the current one is required, every session ends, the new one works", async () => {
    const email = await user();
    const client = new Browserless();
    await client.signIn(email, PASSWORD);
    const other = new Browserless();
    await other.signIn(email, PASSWORD);
    const wrong = await callAction(client, ACCOUNT, "changePassword", [
      { currentPassword: "not-it", newPassword: "my-new-password-2" },
    ]);
    expect(wrong.result).toMatchObject({ ok: false, error: "Your current password is not right." });
    expect(
      (await callAction(client, ACCOUNT, "changePassword", [{ currentPassword: PASSWORD, newPassword: "short" }]))
        .result?.error,
    ).toMatch(/at least 12/);
    const ok = await callAction(client, ACCOUNT, "changePassword", [
      { currentPassword: PASSWORD, newPassword: "my-new-password-2" },
    ]);
    expect(ok.result).toMatchObject({ ok: true });
    expect((await client.fetch("/jobs")).status).toBe(307);
    expect((await other.fetch("/jobs")).status).toBe(307);
    expect((await new Browserless().signIn(email, PASSWORD)).session?.user).toBeUndefined();
    expect((await new Browserless().signIn(email, "my-new-password-2")).session?.user?.email).toBe(email);
  });
});

describe("adding an existing account (item 11)", () => {
  it("says only 'added': no name, no hint the account existed, and its name and password stay", async () => {
    const elsewhere = await createOrg();
    const before = await db.user.findUniqueOrThrow({ where: { email: elsewhere.recruiter.email } });
    const admin = new Browserless();
    await admin.signIn(org.admin.email, PASSWORD);
    const reply = await callAction(admin, ADMIN, "addMember", [
      { email: elsewhere.recruiter.email, name: "Renamed", role: "RECRUITER", password: "a-password-to-ignore" },
    ]);
    expect(reply.result).toEqual({ ok: true, data: { membershipId: expect.any(String) } });
    expect(reply.body).not.toContain(before.name);
    const after = await db.user.findUniqueOrThrow({ where: { email: elsewhere.recruiter.email } });
    expect(after).toMatchObject({ name: before.name, passwordHash: before.passwordHash });
  });
});

describe("data at rest (item 13)", () => {
  it("DATA_DIR is 0700 and the database files 0600", async () => {
    expect(fs.statSync(process.env.DATA_DIR!).mode & 0o777).toBe(0o700);
    const url = process.env.DATABASE_URL!;
    if (url.startsWith("file:")) {
      const dbFile = url.replace(/^file:/, "");
      expect(fs.statSync(dbFile).mode & 0o777).toBe(0o600);
      for (const side of [`${dbFile}-wal`, `${dbFile}-shm`])
        if (fs.existsSync(side)) expect(fs.statSync(side).mode & 0o077, path.basename(side)).toBe(0);
      return;
    }
    // On PostgreSQL the database files are the server's, in its data directory (asked of the
    // server itself): closed to group and others like DATA_DIR and the SQLite file.
    const [row] = await db.$queryRawUnsafe<{ data_directory: string }[]>("SHOW data_directory");
    const dataDirectory = row!.data_directory;
    expect(fs.statSync(dataDirectory).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dataDirectory, "PG_VERSION")).mode & 0o777).toBe(0o600);
  });
});

describe("server action body limit (item 14)", () => {
  it("refuses a body beyond one resume upload before the action runs", async () => {
    const client = new Browserless();
    await client.signIn(org.recruiter.email, PASSWORD);
    const job = await db.job.create({
      data: { orgId: org.id, title: "Body limit", company: "Acme", description: "d".repeat(60) },
    });
    const form = new FormData();
    form.set("jobId", job.id);
    form.set("file", new File([Buffer.alloc(13 * 1024 * 1024, 0x61)], "big.csv"));
    const reply = await callAction(client, CANDIDATES, "importCandidatesCsv", [form], { jobId: job.id });
    expect(reply.result?.ok).not.toBe(true);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(await db.application.count({ where: { jobId: job.id } })).toBe(0);
  });
});

describe("criteria after submission (item 1)", () => {
  it("a recruiter can neither regenerate criteria nor rewrite the description once a candidate was submitted", async () => {
    const job = await db.job.create({
      data: { orgId: org.id, title: "Locked", company: "Acme", description: "Go and PostgreSQL engineer. ".repeat(3) },
    });
    await db.application.create({
      data: {
        orgId: org.id,
        jobId: job.id,
        candidateName: "Sent",
        resumeText: "x".repeat(80),
        pipelineStatus: "PENDING",
      },
    });
    const recruiter = new Browserless();
    await recruiter.signIn(org.recruiter.email, PASSWORD);
    const versionsBefore = await db.criteriaVersion.count({ where: { jobId: job.id } });
    for (const [name, arg] of [
      ["generateCriteria", { jobId: job.id }],
      ["saveDraftCriteria", { jobId: job.id, criteria: [{ text: "Anything at all", importance: "MUST_HAVE" }] }],
    ] as const) {
      const reply = await callAction(recruiter, CRITERIA, name, [arg], { jobId: job.id });
      expect(reply.result, name).toMatchObject({ ok: false, code: expect.stringMatching(/FORBIDDEN|NO_CRITERIA/) });
    }
    expect(
      (await callAction(recruiter, CRITERIA, "generateCriteria", [{ jobId: job.id }], { jobId: job.id })).result,
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    const rewrite = await callAction(recruiter, JOBS, "updateJob", [
      { jobId: job.id, title: "Locked", company: "Acme", description: "A completely different job now. ".repeat(3) },
    ]);
    expect(rewrite.result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Labels stay editable.
    const retitle = await callAction(recruiter, JOBS, "updateJob", [
      { jobId: job.id, title: "Locked (renamed)", company: "Acme", description: job.description },
    ]);
    expect(retitle.result, JSON.stringify(retitle.result)).toMatchObject({ ok: true });
    expect(await db.criteriaVersion.count({ where: { jobId: job.id } })).toBe(versionsBefore);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).description.trim()).toBe(job.description.trim());
    // An admin may.
    const admin = new Browserless();
    await admin.signIn(org.admin.email, PASSWORD);
    const byAdmin = await callAction(admin, CRITERIA, "generateCriteria", [{ jobId: job.id }], { jobId: job.id });
    expect(byAdmin.result, JSON.stringify(byAdmin.result)).toMatchObject({ ok: true });
  });
});

describe("SSRF through the sandbox (item 2)", () => {
  it("a resume URL aimed at this server, loopback or metadata gets a generic refusal", async () => {
    const tenant = `t_${randomBytes(3).toString("hex")}`;
    const call = sandboxClient({ tenant });
    await withCriteria(call, tenant, "job-ssrf");
    const port = new URL(process.env.TEST_BASE_URL!).port;
    for (const url of [
      `http://localhost:${port}/api/health`,
      `https://localhost:${port}/api/health`,
      `http://[::1]:${port}/api/health`,
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.1/resume.pdf",
    ]) {
      const res = await call(
        "POST",
        `/v1/jobs/job-ssrf/applications/app-${randomBytes(3).toString("hex")}/scoring-jobs`,
        {
          body: { resume: { type: "url", url }, jobDescription: "Backend engineer, Go and PostgreSQL." },
        },
      );
      expect(res.status, url).toBe(422);
      expect(res.body, url).toMatchObject({ code: "RESUME_FETCH_FAILED" });
      expect(["Could not download the resume.", "Resume URL must use HTTPS"], url).toContain(res.body.message);
    }
  });
});
