import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createApplication } from "@/lib/applications";
import { Browserless } from "../support/http";
import { callAction, isWired, type ActionReply } from "../support/server-actions";
import { createOrg, PASSWORD, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";

/**
 * The authorization matrix: every server action and every route handler, called over HTTP as
 * an anonymous visitor, a recruiter and an admin of org A, an admin of org B acting on org A's
 * ids, and a hiring manager of org A assigned to the fixture's job. Each cell names the outcome:
 *   allowed   – got past every check (the action's own result, success or a domain message)
 *   signin    – 401 / redirect to /sign-in / "Your session has ended"
 *   forbidden – 403 / FORBIDDEN
 *   notfound  – 404 / NOT_FOUND for another org's ids (and never their data)
 *
 * The list of actions and routes is read from the code (app/**\/actions.ts exports and
 * app/**\/route.ts methods): a new one without a row here fails the first test.
 * To add a row: put `"<file>#<export>"` (or `"<route file>#<METHOD>"`) in ACTIONS or ROUTES with
 * its arguments (built from the fixture ids) and the four expected outcomes.
 */
type Outcome = "allowed" | "signin" | "forbidden" | "notfound";
type Who = "anonymous" | "recruiter" | "admin" | "otherOrgAdmin" | "hiringManager";
const WHO: Who[] = ["anonymous", "recruiter", "admin", "otherOrgAdmin", "hiringManager"];

interface Fixture {
  jobId: string;
  applicationId: string;
  fileApplicationId: string;
  criterionId: string;
  operationId: string;
  memberId: string;
  noteId: string;
  webhookEventId: string;
  recruiterId: string;
  orgId: string;
  marker: string;
}

const db = testDb();
let orgA: Org;
let orgB: Org;
/** A hiring manager of org A: every fixture job is assigned to her (see fixture()). */
let hiringManager: { id: string; email: string };
const sessions = {} as Record<Who, Browserless>;

/** Fresh rows in org A for one cell (so an allowed, destructive call cannot spoil the next). */
async function fixture(): Promise<Fixture> {
  const marker = `Secret ${randomBytes(4).toString("hex")}`;
  const job = await db.job.create({
    data: {
      orgId: orgA.id,
      title: `${marker} job`,
      company: "Acme",
      description: "Build APIs in Go and PostgreSQL for our payments platform, and run them well.",
    },
  });
  const version = await db.criteriaVersion.create({
    data: {
      jobId: job.id,
      novaId: `cv_${job.id}`,
      // Far from Nova's own numbering, so an allowed generation stores its version beside it.
      number: 900,
      source: "GENERATED",
      criteria: { create: [{ novaId: `crit_${job.id}`, text: "Go in production", importance: "MUST_HAVE", order: 0 }] },
    },
  });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: version.id } });
  await db.jobMember.create({
    data: { orgId: orgA.id, jobId: job.id, userId: hiringManager.id, createdById: orgA.admin.id },
  });
  const app = await db.application.create({
    data: { orgId: orgA.id, jobId: job.id, candidateName: `${marker} candidate`, resumeText: "x".repeat(80) },
  });
  const ctx = { orgId: orgA.id, tenantId: orgA.tenantId, userId: orgA.recruiter.id, role: "RECRUITER" as const };
  const { applicationId: fileApplicationId } = await createApplication(ctx, {
    jobId: job.id,
    resumeFile: new File([Buffer.from(`%PDF-1.7 ${marker}`)], "cv.pdf"),
    screeningAnswers: [],
  });
  const op = await db.operation.create({ data: { orgId: orgA.id, jobId: job.id, kind: "SUBMIT", total: 1 } });
  const member = await db.user.create({
    data: {
      email: `member-${randomBytes(4).toString("hex")}@it.test`,
      name: "Member",
      passwordHash: "x",
      memberships: { create: { orgId: orgA.id, role: "RECRUITER" } },
    },
  });
  const note = await db.note.create({
    data: { orgId: orgA.id, applicationId: app.id, authorId: orgA.recruiter.id, body: `${marker} note` },
  });
  // A delivery the applier gave up on, attributed to org A.
  const delivery = await db.webhookEvent.create({
    data: {
      deliveryId: `wh_${marker.replace(/\W/g, "_")}`,
      event: "score.completed",
      signatureOk: true,
      outcome: "failed",
      detail: "simulated failure",
      payload: "{}",
      orgId: orgA.id,
      jobId: job.id,
      applicationId: app.id,
    },
  });
  return {
    jobId: job.id,
    applicationId: app.id,
    noteId: note.id,
    webhookEventId: delivery.id,
    fileApplicationId,
    criterionId: `crit_${job.id}`,
    operationId: op.id,
    memberId: member.id,
    recruiterId: orgA.recruiter.id,
    orgId: orgA.id,
    marker,
  };
}

const JOBS = "app/(dashboard)/jobs/actions.ts";
const CRITERIA = "app/(dashboard)/jobs/[jobId]/criteria/actions.ts";
const CANDIDATES = "app/(dashboard)/jobs/[jobId]/candidates/actions.ts";
const ADMIN = "app/(dashboard)/admin/actions.ts";
const ROOT = "app/(dashboard)/actions.ts";
const ACCOUNT = "app/(dashboard)/account/actions.ts";
const SIGN_IN = "app/sign-in/actions.ts";
const NOVA_ADMIN = "app/(dashboard)/admin/nova/actions.ts";
const REVIEW = "app/(dashboard)/jobs/[jobId]/review/actions.ts";
const JOB_MEMBERS = "app/(dashboard)/jobs/[jobId]/members/actions.ts";
const WEBHOOKS_ADMIN = "app/(dashboard)/admin/webhooks/actions.ts";
const LIBRARY_ADMIN = "app/(dashboard)/admin/library/actions.ts";

const job = (f: Fixture) => ({
  jobId: f.jobId,
  title: "Edited title",
  company: "Acme",
  description: "Build APIs in Go and PostgreSQL for our payments platform, and run them well.",
});
const csv = (f: Fixture) => {
  const form = new FormData();
  form.set("jobId", f.jobId);
  form.set("file", new File([`name,resume_text\nCsv Person,"${"Go and PostgreSQL engineer. ".repeat(4)}"\n`], "c.csv"));
  return form;
};
const signInForm = () => {
  const form = new FormData();
  form.set("email", `nobody-${randomBytes(3).toString("hex")}@it.test`);
  form.set("password", "not-the-password");
  return form;
};

// anonymous, recruiter, admin, other org's admin, hiring manager (on the job).
type Cells = [Outcome, Outcome, Outcome, Outcome, Outcome];
// Hiring managers rank below recruiters: what a recruiter may do, they may not (ADR 019).
const USER: Cells = ["signin", "allowed", "allowed", "notfound", "forbidden"];
const ADMIN_ONLY: Cells = ["signin", "forbidden", "allowed", "notfound", "forbidden"];

const ACTIONS: Record<string, { args: (f: Fixture) => unknown[]; cells: Cells; params?: (f: Fixture) => object }> = {
  [`${JOBS}#createJob`]: {
    args: (f) => [{ ...job(f), jobId: undefined }],
    cells: ["signin", "allowed", "allowed", "allowed", "forbidden"],
  },
  [`${JOBS}#updateJob`]: { args: (f) => [job(f)], cells: USER },
  [`${JOBS}#closeJob`]: { args: (f) => [{ jobId: f.jobId }], cells: ADMIN_ONLY },
  [`${JOBS}#reopenJob`]: { args: (f) => [{ jobId: f.jobId }], cells: ADMIN_ONLY },
  [`${REVIEW}#decideApplication`]: {
    args: (f) => [{ applicationId: f.applicationId, decision: "ADVANCE" }],
    cells: USER,
  },
  [`${REVIEW}#decideApplications`]: {
    args: (f) => [{ jobId: f.jobId, applicationIds: [f.applicationId], decision: "HOLD" }],
    cells: USER,
  },
  // Hiring managers note the candidates of the jobs they are on (not-assigned: see below).
  [`${REVIEW}#addApplicationNote`]: {
    args: (f) => [{ applicationId: f.applicationId, body: "A note" }],
    cells: ["signin", "allowed", "allowed", "notfound", "allowed"],
  },
  // Notes are their author's to change: the fixture's note was written by org A's recruiter.
  [`${REVIEW}#editApplicationNote`]: {
    args: (f) => [{ noteId: f.noteId, body: "Edited" }],
    cells: ["signin", "allowed", "forbidden", "notfound", "forbidden"],
  },
  [`${REVIEW}#deleteApplicationNote`]: {
    args: (f) => [{ noteId: f.noteId }],
    cells: ["signin", "allowed", "forbidden", "notfound", "forbidden"],
  },
  [`${JOB_MEMBERS}#assignHiringManager`]: {
    args: (f) => [{ jobId: f.jobId, userId: f.memberId }],
    cells: ADMIN_ONLY,
  },
  [`${JOB_MEMBERS}#unassignHiringManager`]: {
    args: (f) => [{ jobId: f.jobId, userId: f.memberId }],
    cells: ADMIN_ONLY,
  },
  [`${CRITERIA}#generateClarificationQuestions`]: { args: (f) => [{ jobId: f.jobId }], cells: USER },
  [`${CRITERIA}#generateCriteria`]: { args: (f) => [{ jobId: f.jobId }], cells: USER },
  [`${CRITERIA}#saveDraftCriteria`]: {
    args: (f) => [{ jobId: f.jobId, criteria: [{ text: "Go in production", importance: "MUST_HAVE" }] }],
    cells: USER,
  },
  [`${CRITERIA}#addCriterion`]: {
    args: (f) => [{ jobId: f.jobId, text: "Kubernetes", importance: "PREFERRED" }],
    cells: ADMIN_ONLY,
  },
  [`${CRITERIA}#editCriterion`]: {
    args: (f) => [{ jobId: f.jobId, criterionId: f.criterionId, text: "Go at scale" }],
    cells: ADMIN_ONLY,
  },
  [`${CRITERIA}#removeCriterion`]: { args: (f) => [{ jobId: f.jobId, criterionId: f.criterionId }], cells: ADMIN_ONLY },
  [`${CRITERIA}#replaceCriteria`]: {
    args: (f) => [{ jobId: f.jobId, criteria: [{ text: "Go in production", importance: "MUST_HAVE" }] }],
    cells: ADMIN_ONLY,
  },
  [`${CRITERIA}#archiveCriteria`]: { args: (f) => [{ jobId: f.jobId }], cells: ADMIN_ONLY },
  [`${CRITERIA}#saveCriterionToLibrary`]: {
    args: (f) => [{ jobId: f.jobId, criterionId: f.criterionId }],
    cells: ADMIN_ONLY,
  },
  // The library is the caller's own tenant's: no ids, another org's admin lists THEIR library.
  [`${CRITERIA}#listCriteriaLibrary`]: {
    args: () => [{}],
    cells: ["signin", "forbidden", "allowed", "allowed", "forbidden"],
  },
  [`${CANDIDATES}#addApplication`]: {
    args: (f) => [{ jobId: f.jobId, candidateName: "Pat Doe", resumeText: "Go and PostgreSQL engineer. ".repeat(4) }],
    cells: USER,
  },
  [`${CANDIDATES}#importCandidatesCsv`]: { args: (f) => [csv(f)], cells: USER },
  [`${CANDIDATES}#submitApplications`]: {
    args: (f) => [{ jobId: f.jobId, applicationIds: [f.applicationId] }],
    cells: USER,
  },
  [`${CANDIDATES}#rescoreApplications`]: { args: (f) => [{ jobId: f.jobId, scope: "stale" }], cells: ADMIN_ONLY },
  [`${CANDIDATES}#previewRescore`]: { args: (f) => [{ jobId: f.jobId, scope: "stale" }], cells: ADMIN_ONLY },
  [`${CANDIDATES}#updateCandidate`]: {
    args: (f) => [{ applicationId: f.applicationId, candidateName: "Renamed Person" }],
    cells: USER,
  },
  [`${CANDIDATES}#deleteApplication`]: { args: (f) => [{ applicationId: f.applicationId }], cells: ADMIN_ONLY },
  [`${ADMIN}#addMember`]: {
    // No ids: another org's admin can only ever add to their own org (checked below).
    args: () => [
      { email: `new-${randomBytes(4).toString("hex")}@it.test`, name: "New", role: "RECRUITER", password: PASSWORD },
    ],
    cells: ["signin", "forbidden", "allowed", "allowed", "forbidden"],
  },
  [`${ADMIN}#changeRole`]: { args: (f) => [{ userId: f.memberId, role: "ADMIN" }], cells: ADMIN_ONLY },
  [`${ADMIN}#removeMember`]: { args: (f) => [{ userId: f.memberId }], cells: ADMIN_ONLY },
  // No ids: another org's admin tests THEIR org's webhook round trip.
  [`${NOVA_ADMIN}#sendTestWebhook`]: {
    args: () => [{}],
    cells: ["signin", "forbidden", "allowed", "allowed", "forbidden"],
  },
  // Offboarding acts on the caller's OWN org (no ids). A wrong confirmation gets past every
  // check and is refused by the domain (VALIDATION_ERROR), so the matrix never deletes a tenant.
  [`${NOVA_ADMIN}#deleteTenantData`]: {
    args: () => [{ confirmation: "not the organization's name" }],
    cells: ["signin", "forbidden", "allowed", "allowed", "forbidden"],
  },
  [`${WEBHOOKS_ADMIN}#applyWebhookAgain`]: { args: (f) => [{ webhookEventId: f.webhookEventId }], cells: ADMIN_ONLY },
  // The library lives at Nova, per tenant: an admin's call reaches Nova, which knows no such
  // template (not found) — in another org's tenant just the same. Edit and remove of real
  // templates: e2e/views-library.spec.ts.
  [`${LIBRARY_ADMIN}#updateLibraryCriterion`]: {
    args: () => [{ id: "lib_missing", text: "Five years of Go" }],
    cells: ["signin", "forbidden", "notfound", "notfound", "forbidden"],
  },
  [`${LIBRARY_ADMIN}#removeLibraryCriterion`]: {
    args: () => [{ id: "lib_missing" }],
    cells: ["signin", "forbidden", "notfound", "notfound", "forbidden"],
  },
  // Blind review is the caller's own preference: no ids, every member may set it.
  [`${ROOT}#setHideIdentities`]: {
    args: () => [{ on: false }],
    cells: ["signin", "allowed", "allowed", "allowed", "allowed"],
  },
  [`${ROOT}#switchOrg`]: {
    args: (f) => [{ orgId: f.orgId }],
    cells: ["signin", "allowed", "allowed", "forbidden", "allowed"],
  },
  // Signing out ends the caller's session: its own test below, with throwaway accounts.
  [`${ROOT}#signOut`]: { args: () => [], cells: ["signin", "signin", "signin", "signin", "signin"] },
  // A wrong current password: every signed-in user may try on their OWN account, nothing changes.
  [`${ACCOUNT}#changePassword`]: {
    args: () => [{ currentPassword: "not-my-password", newPassword: "a-brand-new-password" }],
    cells: ["signin", "allowed", "allowed", "allowed", "allowed"],
  },
  [`${SIGN_IN}#signIn`]: {
    args: () => [{}, signInForm()],
    cells: ["allowed", "allowed", "allowed", "allowed", "allowed"],
  },
};

type RouteCall = (f: Fixture) => { path: string; init?: RequestInit };
const ROUTES: Record<string, { call: RouteCall; cells: Cells }> = {
  "app/api/jobs/[jobId]/status/route.ts#GET": {
    call: (f) => ({ path: `/api/jobs/${f.jobId}/status` }),
    cells: ["signin", "allowed", "allowed", "notfound", "allowed"],
  },
  "app/api/jobs/[jobId]/export/route.ts#GET": {
    call: (f) => ({ path: `/api/jobs/${f.jobId}/export` }),
    cells: ["signin", "allowed", "allowed", "notfound", "forbidden"],
  },
  "app/api/operations/[operationId]/route.ts#GET": {
    call: (f) => ({ path: `/api/operations/${f.operationId}` }),
    cells: ["signin", "allowed", "allowed", "notfound", "forbidden"],
  },
  "app/api/resumes/[applicationId]/route.ts#GET": {
    call: (f) => ({ path: `/api/resumes/${f.fileApplicationId}` }),
    // The hiring manager is assigned to the fixture's job; an unassigned job's resume is tested apart.
    cells: ["signin", "allowed", "allowed", "notfound", "allowed"],
  },
  // Auth.js's own endpoints are public by design.
  "app/api/auth/[...nextauth]/route.ts#GET": {
    call: () => ({ path: "/api/auth/csrf" }),
    cells: ["allowed", "allowed", "allowed", "allowed", "allowed"],
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    call: () => ({
      path: "/api/auth/callback/credentials",
      init: {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "email=nobody%40it.test&password=wrong",
      },
    }),
    // Without the CSRF token Auth.js sends everyone back to the sign-in page.
    cells: ["signin", "signin", "signin", "signin", "signin"],
  },
  // Machine-to-machine: a dashboard session is no Nova API key, a webhook signature or a file signature.
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"].map((method) => [
      `app/api/nova-sandbox/[[...path]]/route.ts#${method}`,
      {
        call: () => ({ path: "/api/nova-sandbox/v1/jobs/x/criteria/versions/current", init: { method } }),
        cells: ["signin", "signin", "signin", "signin", "signin"] as Cells,
      },
    ]),
  ),
  "app/api/files/[fileId]/route.ts#GET": {
    call: (f) => ({ path: `/api/files/${f.fileApplicationId}?expires=9999999999&signature=forged` }),
    cells: ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden"],
  },
  "app/api/webhooks/nova/route.ts#POST": {
    call: () => ({
      path: "/api/webhooks/nova",
      init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
    }),
    cells: ["signin", "signin", "signin", "signin", "signin"],
  },
  // Admins export their OWN org's audit log (the other org's admin gets theirs, never org A's).
  "app/api/admin/audit/export/route.ts#GET": {
    call: () => ({ path: "/api/admin/audit/export" }),
    cells: ["signin", "forbidden", "allowed", "allowed", "forbidden"],
  },
  // Off (404 for everyone, no session involved) unless the benchmark's own server sets BENCH_BARE_ROUTE=1.
  "app/api/bench/bare/route.ts#POST": {
    call: () => ({ path: "/api/bench/bare", init: { method: "POST", body: "{}" } }),
    cells: ["notfound", "notfound", "notfound", "notfound", "notfound"],
  },
  "app/api/health/route.ts#GET": {
    call: () => ({ path: "/api/health" }),
    cells: ["allowed", "allowed", "allowed", "allowed", "allowed"],
  },
};

function walk(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p, name);
    return e.name === name ? [p] : [];
  });
}

/** Every exported server action and route method, read from the source. */
function declared(): { actions: string[]; routes: string[] } {
  const actions = walk("app", "actions.ts").flatMap((file) => {
    const src = fs.readFileSync(file, "utf8");
    return [...src.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => `${file}#${m[1]}`);
  });
  const routes = walk("app", "route.ts").flatMap((file) => {
    const src = fs.readFileSync(file, "utf8");
    const methods = new Set<string>();
    for (const m of src.matchAll(
      /^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm,
    ))
      methods.add(m[1]!);
    for (const m of src.matchAll(/^export const \{([^}]+)\}/gm))
      for (const name of m[1]!.split(","))
        if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name.trim())) methods.add(name.trim());
    return [...methods].map((m) => `${file}#${m}`);
  });
  return { actions, routes };
}

function classifyAction(r: ActionReply): string {
  if (r.status >= 300 && r.status < 400 && r.location?.includes("/sign-in")) return "signin";
  if (r.actionRedirect?.includes("/sign-in")) return "signin";
  if (r.status >= 500) return `error ${r.status}`;
  switch (r.result?.code) {
    case "UNAUTHENTICATED":
      return "signin";
    case "FORBIDDEN":
      return "forbidden";
    case "NOT_FOUND":
      return "notfound";
    case "INTERNAL_ERROR":
      return "error";
    default:
      return r.result ? "allowed" : `no result (${r.status})`;
  }
}

function classifyRoute(status: number, location: string | null): string {
  if (status === 401 || (status >= 300 && status < 400 && location?.includes("/sign-in"))) return "signin";
  if (status === 403) return "forbidden";
  if (status === 404) return "notfound";
  if (status >= 500) return `error ${status}`;
  return "allowed";
}

beforeAll(async () => {
  orgA = await createOrg();
  orgB = await createOrg();
  const hmEmail = `hm-${randomBytes(4).toString("hex")}@it.test`;
  hiringManager = {
    email: hmEmail,
    id: (
      await db.user.create({
        data: {
          email: hmEmail,
          name: "Hana Manager",
          passwordHash: await bcrypt.hash(PASSWORD, 4),
          memberships: { create: { orgId: orgA.id, role: "HIRING_MANAGER" } },
        },
      })
    ).id,
  };
  sessions.anonymous = new Browserless();
  for (const [who, email] of [
    ["recruiter", orgA.recruiter.email],
    ["admin", orgA.admin.email],
    ["otherOrgAdmin", orgB.admin.email],
    ["hiringManager", hmEmail],
  ] as const) {
    sessions[who] = new Browserless();
    expect((await sessions[who].signIn(email, PASSWORD)).session?.user?.email).toBe(email);
  }
});

describe("authorization matrix", () => {
  it("has a row for every server action and route handler in the code", () => {
    const { actions, routes } = declared();
    expect(actions.length).toBeGreaterThan(15);
    expect(
      actions.filter((a) => !(a in ACTIONS)),
      "actions without a row in ACTIONS",
    ).toEqual([]);
    expect(
      routes.filter((r) => !(r in ROUTES)),
      "routes without a row in ROUTES",
    ).toEqual([]);
    // …and no stale rows for code that is gone.
    expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a))).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  for (const [key, row] of Object.entries(ACTIONS)) {
    if (key.endsWith("#signOut")) continue; // below: it ends the session it runs in
    it(`action ${key.split("/").slice(-2).join("/")}`, async () => {
      const [file, name] = key.split("#") as [string, string];
      // An action no page imports has no id in the build: nothing can call it over HTTP. Its
      // row starts being exercised the day a page uses it.
      if (!isWired(file, name)) {
        console.info(`${key}: no page uses it, so it is not reachable over HTTP`);
        return;
      }
      const got: Record<string, string> = {};
      for (const [i, who] of WHO.entries()) {
        const f = await fixture();
        const reply = await callAction(sessions[who], file, name, row.args(f), { jobId: f.jobId });
        got[who] = classifyAction(reply);
        // Another org's caller never sees org A's data, whatever the outcome.
        if (who === "otherOrgAdmin") expect(reply.body, key).not.toContain(f.marker);
        expect(got[who], `${key} as ${who}: ${reply.status} ${reply.body.slice(0, 300)}`).toBe(row.cells[i]);
      }
      if (name === "addMember") {
        // The other org's admin added someone to THEIR org, not to org A.
        expect(await db.membership.count({ where: { orgId: orgB.id } })).toBeGreaterThan(1);
      }
    });
  }

  for (const [key, row] of Object.entries(ROUTES)) {
    it(`route ${key.replace(/^app/, "")}`, async () => {
      for (const [i, who] of WHO.entries()) {
        const f = await fixture();
        const { path: p, init } = row.call(f);
        const res = await sessions[who].fetch(p, init);
        const body = await res.text();
        if (who === "otherOrgAdmin") expect(body, key).not.toContain(f.marker);
        expect(
          classifyRoute(res.status, res.headers.get("location")),
          `${key} as ${who}: ${res.status} ${body.slice(0, 200)}`,
        ).toBe(row.cells[i]);
      }
    });
  }

  it("a hiring manager reads resumes of the jobs they are assigned to, and no other", async () => {
    const f = await fixture();
    const path = `/api/resumes/${f.fileApplicationId}`;
    const assigned = await sessions.hiringManager.fetch(path);
    expect(assigned.status).toBe(200);
    expect(await assigned.text()).toContain(f.marker);
    // The same resume once she is taken off the job: it does not exist for her.
    await db.jobMember.deleteMany({ where: { jobId: f.jobId, userId: hiringManager.id } });
    const unassigned = await sessions.hiringManager.fetch(path);
    expect(unassigned.status).toBe(404);
    expect(await unassigned.text()).not.toContain(f.marker);
  });

  it("signOut ends the caller's session (and only answers with a way back to sign-in)", async () => {
    const org = await createOrg();
    for (const email of [org.recruiter.email, org.admin.email]) {
      const client = new Browserless();
      await client.signIn(email, PASSWORD);
      expect((await client.fetch("/jobs")).status).toBe(200);
      const copied = client.cookieHeader();
      const reply = await callAction(client, ROOT, "signOut", []);
      expect(classifyAction(reply)).toBe("signin");
      // Even a copy of the old cookie no longer works.
      const replay = await fetch(new URL("/jobs", process.env.TEST_BASE_URL), {
        headers: { cookie: copied },
        redirect: "manual",
      });
      expect(replay.status).toBe(307);
      expect(replay.headers.get("location")).toContain("/sign-in");
    }
  });
});
