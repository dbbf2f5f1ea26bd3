import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { candidateAlias } from "@/lib/blind/alias";
import { testDb } from "../support/db";
import { Browserless } from "../support/http";
import { callAction } from "../support/server-actions";
import { createJobWithApplication, createOrg, PASSWORD, signedIn, type Org } from "./webhook-fixtures";

// Issue 14's finishing pieces over real HTTP: blind export and decisions, the criteria library
// against the sandbox's library endpoints, and what a hiring manager not on a job gets.
const db = testDb();
const REVIEW = "app/(dashboard)/jobs/[jobId]/review/actions.ts";
const CRITERIA = "app/(dashboard)/jobs/[jobId]/criteria/actions.ts";

let org: Org;
let recruiter: Browserless;

beforeAll(async () => {
  org = await createOrg();
  recruiter = await signedIn(org.recruiter.email);
});

async function setBlind(userId: string, on: boolean) {
  await db.user.update({ where: { id: userId }, data: { hideIdentities: on } });
}

describe("blind review", () => {
  it("the export honours Hide identities: aliases, no emails, names redacted from the assessment", async () => {
    const { job, app } = await createJobWithApplication(org);
    await db.application.update({
      where: { id: app.id },
      data: { candidateEmail: "jane.doe@example.test", currentScore: 8, pipelineStatus: "SCORED" },
    });
    await db.scoringJob.create({
      data: {
        orgId: org.id,
        novaScoringJobId: `sj_${randomBytes(6).toString("hex")}`,
        applicationId: app.id,
        status: "COMPLETED",
        score: 8,
        verdict: "Jane Doe is a strong match; see linkedin.com/in/janedoe or call +44 20 7946 0958.",
        strengths: JSON.stringify(["Doe ran Go services at scale"]),
        concerns: JSON.stringify([]),
        interviewFocus: JSON.stringify(["Ask Jane about Kubernetes"]),
        submittedAt: new Date(),
      },
    });

    await setBlind(org.recruiter.id, true);
    const res = await recruiter.fetch(`/api/jobs/${job.id}/export`);
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain(candidateAlias(app.id));
    for (const identity of ["Jane", "Doe", "jane.doe@example.test", "linkedin.com", "7946"])
      expect(csv, identity).not.toContain(identity);
    expect(csv).toContain("strong match");
    const audit = await db.auditEvent.findFirst({
      where: { orgId: org.id, action: "ranking.exported", targetId: job.id },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(audit!.data)).toMatchObject({ blind: true, rows: 1 });

    // Off again: the names are back.
    await setBlind(org.recruiter.id, false);
    const plain = await (await recruiter.fetch(`/api/jobs/${job.id}/export`)).text();
    expect(plain).toContain("Jane Doe");
    expect(plain).toContain("jane.doe@example.test");
  });

  it("a decision made with Hide identities on is stored and audited as decided blind", async () => {
    const { job, app } = await createJobWithApplication(org);
    await setBlind(org.recruiter.id, true);
    const blind = await callAction(recruiter, REVIEW, "decideApplication", [
      { applicationId: app.id, decision: "ADVANCE" },
    ]);
    expect(blind.result?.ok, blind.body.slice(0, 300)).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).decidedBlind).toBe(true);
    const audits = () =>
      db.auditEvent.findMany({
        where: { orgId: org.id, action: "decision.changed", targetId: app.id },
        orderBy: { createdAt: "asc" },
      });
    expect(JSON.parse((await audits())[0]!.data)).toMatchObject({ to: "ADVANCE", blind: true });
    // The candidate page says so.
    const page = await (await recruiter.fetch(`/jobs/${job.id}/candidates/${app.id}`)).text();
    expect(page).toContain("decided blind");

    // With identities shown, the next decision is not blind (and the bulk path records it too).
    await setBlind(org.recruiter.id, false);
    const seen = await callAction(recruiter, REVIEW, "decideApplications", [
      { jobId: job.id, applicationIds: [app.id], decision: "HOLD" },
    ]);
    expect(seen.result?.ok, seen.body.slice(0, 300)).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).decidedBlind).toBe(false);
    const second = JSON.parse((await audits())[1]!.data);
    expect(second).toMatchObject({ to: "HOLD", bulk: true });
    expect(second.blind).toBeUndefined();
  });
});

describe("criteria library", () => {
  it("an admin saves a job's criterion to the tenant's library once, and lists it", async () => {
    const admin = await signedIn(org.admin.email);
    const { job } = await createJobWithApplication(org);
    const text = `Runs Go in production ${randomBytes(3).toString("hex")}`;
    const version = await db.criteriaVersion.create({
      data: {
        jobId: job.id,
        novaId: `cv_${job.id}`,
        number: 1,
        source: "GENERATED",
        criteria: { create: [{ novaId: `crit_${job.id}`, text, importance: "MUST_HAVE", order: 0 }] },
      },
    });
    await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: version.id } });

    const saved = await callAction(admin, CRITERIA, "saveCriterionToLibrary", [
      { jobId: job.id, criterionId: `crit_${job.id}` },
    ]);
    expect(saved.result, saved.body.slice(0, 300)).toMatchObject({
      ok: true,
      data: { alreadySaved: false, item: { text, importance: "MUST_HAVE", category: "Backend Engineer" } },
    });
    const again = await callAction(admin, CRITERIA, "saveCriterionToLibrary", [
      { jobId: job.id, criterionId: `crit_${job.id}` },
    ]);
    expect(again.result).toMatchObject({ ok: true, data: { alreadySaved: true } });

    const listed = await callAction(admin, CRITERIA, "listCriteriaLibrary", [{}]);
    const items = (listed.result?.data as { items: { text: string }[] }).items;
    expect(items.filter((i) => i.text === text)).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { orgId: org.id, action: "criteria.library_saved", jobId: job.id } }),
    ).toBe(1);

    // Another org's tenant has its own library.
    const other = await signedIn((await createOrg()).admin.email);
    const theirs = await callAction(other, CRITERIA, "listCriteriaLibrary", [{}]);
    expect((theirs.result?.data as { items: { text: string }[] }).items.map((i) => i.text)).not.toContain(text);
  });

  it("refuses a criterion that is not in the job's active criteria with a message", async () => {
    const admin = await signedIn(org.admin.email);
    const { job } = await createJobWithApplication(org);
    const reply = await callAction(admin, CRITERIA, "saveCriterionToLibrary", [
      { jobId: job.id, criterionId: "crit_missing" },
    ]);
    expect(reply.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(reply.result?.error).toMatch(/no longer in this job's criteria/);
  });
});

describe("hiring managers", () => {
  async function hiringManager(): Promise<{ id: string; client: Browserless }> {
    const email = `hm-${randomBytes(4).toString("hex")}@it.test`;
    const user = await db.user.create({
      data: {
        email,
        name: "Hana Manager",
        passwordHash: await bcrypt.hash(PASSWORD, 4),
        memberships: { create: { orgId: org.id, role: "HIRING_MANAGER" } },
      },
    });
    return { id: user.id, client: await signedIn(email) };
  }

  it("one not on the job gets a real 404 on its pages, export, status poll and notes", async () => {
    const hm = await hiringManager();
    const { job, app } = await createJobWithApplication(org);
    const { app: second } = await createJobWithApplication(org);
    const compare = `/jobs/${job.id}/compare?ids=${app.id},${second.id}`;
    for (const path of [
      `/jobs/${job.id}`,
      `/jobs/${job.id}/candidates/${app.id}`,
      compare,
      `/api/jobs/${job.id}/export`,
      `/api/jobs/${job.id}/status`,
    ]) {
      const res = await hm.client.fetch(path);
      const body = await res.text();
      expect(res.status, path).toBe(404);
      expect(body, path).not.toContain("Jane Doe");
    }
    const note = await callAction(hm.client, REVIEW, "addApplicationNote", [{ applicationId: app.id, body: "Hi" }]);
    expect(note.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.note.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("one on the job reads it, notes it, polls it, and is refused export and decisions", async () => {
    const hm = await hiringManager();
    const { job, app } = await createJobWithApplication(org);
    await db.jobMember.create({ data: { orgId: org.id, jobId: job.id, userId: hm.id } });

    const ranking = await hm.client.fetch(`/jobs/${job.id}`);
    expect(ranking.status).toBe(200);
    const html = await ranking.text();
    expect(html).toContain("Jane Doe");
    // Her ranking offers nothing the server would refuse her.
    for (const label of ["Export CSV", ">Submit<", "Submit all not submitted", ">Advance<", "Add candidates"])
      expect(html, label).not.toContain(label);
    expect((await hm.client.fetch(`/jobs/${job.id}/candidates/${app.id}`)).status).toBe(200);
    expect((await hm.client.fetch(`/api/jobs/${job.id}/status`)).status).toBe(200);
    expect((await hm.client.fetch(`/api/jobs/${job.id}/export`)).status).toBe(403);

    const note = await callAction(hm.client, REVIEW, "addApplicationNote", [
      { applicationId: app.id, body: "Keen to meet her" },
    ]);
    expect(note.result, note.body.slice(0, 300)).toMatchObject({ ok: true });
    expect(await db.note.count({ where: { applicationId: app.id, authorId: hm.id } })).toBe(1);
    const decision = await callAction(hm.client, REVIEW, "decideApplication", [
      { applicationId: app.id, decision: "ADVANCE" },
    ]);
    expect(decision.result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).decision).toBe("UNDECIDED");
  });
});
