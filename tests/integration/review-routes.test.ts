import { beforeAll, describe, expect, it } from "vitest";
import { createJobWithApplication, createOrg, signedIn, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";
import { Browserless } from "../support/http";

// HTTP behaviour of the review pages and the export route, as a signed-in browser sees it.
let org: Org;
let recruiter: Browserless;
let jobId: string;
let appId: string;

beforeAll(async () => {
  org = await createOrg();
  recruiter = await signedIn(org.recruiter.email);
  const { job, app } = await createJobWithApplication(org);
  jobId = job.id;
  appId = app.id;
});

describe("not found", () => {
  it("answers 404 (not 200) for a missing job or candidate, 200 for real ones", async () => {
    expect((await recruiter.fetch(`/jobs/does-not-exist`)).status).toBe(404);
    expect((await recruiter.fetch(`/jobs/${jobId}/candidates/does-not-exist`)).status).toBe(404);
    expect((await recruiter.fetch(`/jobs/${jobId}`)).status).toBe(200);
    expect((await recruiter.fetch(`/jobs/${jobId}/candidates/${appId}`)).status).toBe(200);
  });

  it("answers 404 for another org's job", async () => {
    const other = await signedIn((await createOrg()).admin.email);
    expect((await other.fetch(`/jobs/${jobId}`)).status).toBe(404);
  });
});

describe("export", () => {
  it("streams the filtered list as a neutralised CSV and audits who exported what", async () => {
    const db = testDb();
    await db.application.create({
      data: { orgId: org.id, jobId, candidateName: "@SUM(1+1)", resumeText: "x", decision: "ADVANCE" },
    });
    const res = await recruiter.fetch(`/api/jobs/${jobId}/export?decision=advance`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="backend-engineer-candidates\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(",'@SUM(1+1),,,,,,,,,no,Advanced,,0,Not submitted");
    const audit = await db.auditEvent.findFirst({
      where: { orgId: org.id, action: "ranking.exported", targetId: jobId },
    });
    expect(audit?.actorId).toBe(org.recruiter.id);
    expect(JSON.parse(audit!.data)).toEqual({ filters: "?decision=advance", rows: 1 });
  });

  it("refuses strangers and other orgs", async () => {
    const anon = await new Browserless().fetch(`/api/jobs/${jobId}/export`);
    expect(anon.status).toBe(401);
    const other = await signedIn((await createOrg()).recruiter.email);
    expect((await other.fetch(`/api/jobs/${jobId}/export`)).status).toBe(404);
  });
});
