import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createApplication, createApplicationsFromCsv } from "@/lib/applications";
import type { Actor } from "@/lib/actor";
import { db as appDb } from "@/lib/db";
import { createJobWithApplication, createOrg, testDb, type Org } from "./webhook-fixtures";

// The domain code behind addApplication / importCandidatesCsv, run against the test server's
// database and DATA_DIR (the role/org checks in front of it are covered by the e2e specs).
const db = testDb();
let org: Org;
let actor: Actor;
let jobId: string;

beforeAll(async () => {
  await appDb.organization.count();
  org = await createOrg();
  actor = { orgId: org.id, tenantId: org.tenantId, userId: org.recruiter.id, role: "RECRUITER" };
  jobId = (await createJobWithApplication(org)).job.id;
});

const file = (name: string, bytes: Buffer | string) =>
  new File([typeof bytes === "string" ? Buffer.from(bytes) : new Uint8Array(bytes)], name);
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from("..[Content_Types].xml..word/document.xml.."),
]);

describe("resume upload", () => {
  it("stores PDF, DOC and DOCX under random keys with the type found in their bytes", async () => {
    const cases = [
      { name: "resume.docx", bytes: Buffer.from("%PDF-1.7 really a pdf"), mime: "application/pdf" },
      {
        name: "cv.doc",
        bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
        mime: "application/msword",
      },
      {
        name: "../../evil name.docx",
        bytes: docx,
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    ];
    for (const c of cases) {
      const { applicationId } = await createApplication(actor, {
        jobId,
        resumeFile: file(c.name, c.bytes),
        screeningAnswers: [],
      });
      const app = await db.application.findUniqueOrThrow({
        where: { id: applicationId },
        include: { resumeFile: true },
      });
      expect(app.resumeFile?.mimeType, c.name).toBe(c.mime);
      expect(app.resumeFile?.storageKey).toMatch(/^r_[0-9a-f]{32}$/);
      const onDisk = fs.readFileSync(path.resolve(process.env.DATA_DIR!, "files", app.resumeFile!.storageKey));
      expect(onDisk.equals(c.bytes)).toBe(true);
    }
  });

  it("refuses other content and files over 10 MB with clear messages, writing nothing", async () => {
    const before = await db.application.count({ where: { jobId } });
    await expect(
      createApplication(actor, { jobId, resumeFile: file("photo.pdf", "\x89PNG\r\n\x1a\n...."), screeningAnswers: [] }),
    ).rejects.toMatchObject({
      code: "UNSUPPORTED_FILE_TYPE",
      message: "photo.pdf is not a PDF, DOC or DOCX file.",
    });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write("%PDF-");
    await expect(
      createApplication(actor, { jobId, resumeFile: file("big.pdf", big), screeningAnswers: [] }),
    ).rejects.toMatchObject({
      code: "FILE_TOO_LARGE",
      message: "big.pdf is 10.0 MB; the limit is 10 MB.",
    });
    await expect(createApplication(actor, { jobId, screeningAnswers: [] })).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
    });
    expect(await db.application.count({ where: { jobId } })).toBe(before);
  });

  it("never acts on another org's job", async () => {
    const other = await createOrg();
    const otherJob = (await createJobWithApplication(other)).job.id;
    await expect(
      createApplication(actor, { jobId: otherJob, resumeText: "x".repeat(60), screeningAnswers: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createApplicationsFromCsv(actor, otherJob, [
        { candidateName: "A", candidateEmail: null, resumeText: "x".repeat(60), resumeUrl: null },
      ]),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores pasted text, screening answers and the cover note", async () => {
    const { applicationId } = await createApplication(actor, {
      jobId,
      candidateName: "Pat Paste",
      resumeText: "Pat Paste — backend engineer, Go and PostgreSQL, six years in payments.",
      screeningAnswers: [{ question: "Notice period?", answer: "1 month" }],
      coverNote: "Referred by Sam.",
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      candidateName: "Pat Paste",
      resumeFileId: null,
      screeningAnswers: JSON.stringify([{ question: "Notice period?", answer: "1 month" }]),
      coverNote: "Referred by Sam.",
      pipelineStatus: "NOT_SUBMITTED",
    });
  });
});
