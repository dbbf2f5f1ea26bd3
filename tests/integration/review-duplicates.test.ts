import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { db as appDb } from "@/lib/db";
import { createApplication, csvDuplicates } from "@/lib/applications";
import { parseCandidatesCsv } from "@/lib/applications/csv";
import { createOrg, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";

// Duplicate detection on add (same email, same file bytes, same pasted text in the same job).
const db = testDb();
let org: Org;
let actor: Actor;
let jobId: string;
let otherJobId: string;

const text = "Jane Doe — ten years of Go, PostgreSQL and Kubernetes in payments and risk systems.";
const pdf = (body: string) => new File([Buffer.from(`%PDF-1.7\n${body}`)], "Jane_Doe_Resume.pdf");

beforeAll(async () => {
  await appDb.organization.count();
  org = await createOrg();
  actor = { orgId: org.id, tenantId: org.tenantId, userId: org.recruiter.id, role: "RECRUITER" };
  const mk = (title: string) =>
    db.job.create({ data: { orgId: org.id, title, company: "Acme", description: "x".repeat(60) } });
  jobId = (await mk("One")).id;
  otherJobId = (await mk("Two")).id;
  await createApplication(actor, {
    jobId,
    candidateName: "Jane Doe",
    candidateEmail: "jane@x.test",
    resumeText: text,
    screeningAnswers: [],
  });
  await createApplication(actor, { jobId, resumeFile: pdf("jane"), screeningAnswers: [] });
});

describe("duplicates on add", () => {
  it("warns on the same email, the same pasted text and the same file, writing nothing", async () => {
    const before = await db.application.count({ where: { jobId } });
    await expect(
      createApplication(actor, {
        jobId,
        candidateName: "J. Doe",
        candidateEmail: "jane@x.test",
        resumeText: "A different resume text that is long enough to be a real resume, honestly.",
        screeningAnswers: [],
      }),
    ).rejects.toMatchObject({ code: "DUPLICATE", message: "Jane Doe is already in this job with the same email." });
    await expect(
      createApplication(actor, { jobId, candidateName: "Copy", resumeText: `  ${text}\n`, screeningAnswers: [] }),
    ).rejects.toMatchObject({
      code: "DUPLICATE",
      message: "Jane Doe is already in this job with the same resume text.",
    });
    await expect(
      createApplication(actor, { jobId, resumeFile: pdf("jane"), screeningAnswers: [] }),
    ).rejects.toMatchObject({
      code: "DUPLICATE",
      message: "Jane Doe is already in this job with the same resume file.",
    });
    expect(await db.application.count({ where: { jobId } })).toBe(before);
  });

  it("adds anyway when asked, and never counts another job's candidates", async () => {
    await createApplication(actor, {
      jobId,
      candidateName: "Jane Again",
      candidateEmail: "jane@x.test",
      resumeText: text,
      screeningAnswers: [],
      allowDuplicate: true,
    });
    await createApplication(actor, {
      jobId: otherJobId,
      candidateName: "Jane Doe",
      candidateEmail: "jane@x.test",
      resumeText: text,
      screeningAnswers: [],
    });
    expect(await db.application.count({ where: { jobId, candidateEmail: "jane@x.test" } })).toBe(2);
  });
});

describe("duplicates in a CSV import", () => {
  it("reports each duplicate row: already in the job, or repeated earlier in the file", async () => {
    const other = "Someone else entirely, with a resume about nursing in intensive care units for years.";
    const csv = `name,email,resume_text\nNew Person,new@x.test,"${other}"\nJane,jane@x.test,"short but fine text that is long enough for the fifty char limit"\nRepeat,new@x.test,"${other} again"\n`;
    const { rows } = parseCandidatesCsv(csv);
    const dups = await csvDuplicates(actor, jobId, rows);
    expect([...dups].map(([i, m]) => [rows[i]!.row, m])).toEqual([
      [2, "Jane Doe is already in this job with the same email."],
      [3, "Duplicate of New Person earlier in this file."],
    ]);
  });
});
