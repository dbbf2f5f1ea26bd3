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

describe("email case", () => {
  it("the same email in another case is the same person, on add and in a CSV", async () => {
    await expect(
      createApplication(actor, {
        jobId,
        candidateName: "Jane D.",
        candidateEmail: "  JANE@X.Test ",
        resumeText: "Yet another resume text, long enough to pass the fifty character minimum easily.",
        screeningAnswers: [],
      }),
    ).rejects.toMatchObject({ code: "DUPLICATE", message: "Jane Doe is already in this job with the same email." });
    const csv = `name,email,resume_text\nJ,Jane@X.TEST,"${"A resume about welding and fabrication in shipyards. ".repeat(2)}"\nK,k@x.test,"${"A resume about K. ".repeat(4)}"\nK2,K@X.test,"${"Another resume about K2. ".repeat(3)}"\n`;
    const { rows } = parseCandidatesCsv(csv);
    const dups = await csvDuplicates(actor, jobId, rows);
    expect([...dups].map(([i, m]) => [rows[i]!.row, m])).toEqual([
      [1, "Jane Doe is already in this job with the same email."],
      [3, "Duplicate of K earlier in this file."],
    ]);
  });

  it("checks a 1,200-row CSV in chunked lookups and still finds the duplicates far down the file", async () => {
    const big = Array.from(
      { length: 1200 },
      (_, i) => `P${i},p${i}@bulk.test,"Resume number ${i}: a distinct text long enough for the fifty character rule."`,
    );
    big[1100] = `Late Jane,JANE@x.test,"A distinct resume for the late row, long enough for the fifty character rule."`;
    big[1150] = `Copy,copy@bulk.test,"${text}"`;
    const { rows } = parseCandidatesCsv(`name,email,resume_text\n${big.join("\n")}\n`);
    expect(rows).toHaveLength(1200);
    const dups = await csvDuplicates(actor, jobId, rows);
    expect([...dups].map(([i, m]) => [rows[i]!.row, m])).toEqual([
      [1101, "Jane Doe is already in this job with the same email."],
      [1151, "Jane Doe is already in this job with the same resume text."],
    ]);
  });
});

describe("search covers uploaded files", () => {
  it("finds a candidate by a phrase only their uploaded PDF contains, also after a rename", async () => {
    const { pdfWithText } = await import("../support/resume-files");
    const { rankingWhere } = await import("@/lib/applications/queries");
    const { DEFAULT_FILTERS } = await import("@/lib/applications/ranking-filters");
    const { updateCandidate } = await import("@/lib/applications");
    const bytes = await pdfWithText(["Rosa Quill", "Built the Zyxwvut telemetry pipeline at Northgate Freight."]);
    const { applicationId } = await createApplication(actor, {
      jobId,
      resumeFile: new File([Buffer.from(bytes)], "Rosa_Quill_CV.pdf"),
      screeningAnswers: [],
    });
    const found = () =>
      db.application.findMany({
        where: rankingWhere(org.id, jobId, null, { ...DEFAULT_FILTERS, q: "ZYXWVUT Telemetry" }),
        select: { id: true },
      });
    expect(await found()).toEqual([{ id: applicationId }]);
    await updateCandidate(actor, applicationId, { candidateName: "Rosa Quill-Baker", candidateEmail: "rosa@x.test" });
    expect(await found()).toEqual([{ id: applicationId }]);
  });
});
