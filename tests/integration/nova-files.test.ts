import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileUrlKey, signFileUrl } from "@/lib/storage/signed-url";
import { LocalDiskStorage } from "@/lib/storage/storage";
import { Browserless } from "../support/http";
import { createJobWithApplication, createOrg, signedIn, type Org } from "./webhook-fixtures";
import { testDb } from "../support/db";

const db = testDb();
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let org: Org;
let fileId: string;
let applicationId: string;

beforeAll(async () => {
  org = await createOrg();
  const storage = new LocalDiskStorage(path.resolve(process.env.DATA_DIR!, "files"));
  const key = `r_test${Date.now()}`;
  await storage.put(key, PDF);
  const file = await db.resumeFile.create({
    data: {
      orgId: org.id,
      storageKey: key,
      fileName: "../../etc/passwd.pdf",
      mimeType: "application/pdf",
      size: PDF.length,
      sha256: "x",
    },
  });
  fileId = file.id;
  const { app } = await createJobWithApplication(org);
  await db.application.update({ where: { id: app.id }, data: { resumeFileId: file.id } });
  applicationId = app.id;
});

const key = () => fileUrlKey(process.env.AUTH_SECRET!);

describe("GET /api/files/[fileId] (resume links for Nova)", () => {
  it("serves the file with its real Content-Type on a valid signature", async () => {
    const res = await fetch(signFileUrl(process.env.APP_URL!, key(), fileId));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("answers 403 when the link is tampered with or expired", async () => {
    const good = new URL(signFileUrl(process.env.APP_URL!, key(), fileId));
    const tamperedSig = new URL(good);
    tamperedSig.searchParams.set(
      "signature",
      good.searchParams.get("signature")!.replace(/^./, (c) => (c === "a" ? "b" : "a")),
    );
    const laterExpiry = new URL(good);
    laterExpiry.searchParams.set("expires", String(Number(good.searchParams.get("expires")) + 86_400));
    const unsigned = new URL(good.pathname, good);
    const expired = signFileUrl(process.env.APP_URL!, key(), fileId, Date.now() - 2 * 3600_000);
    const wrongKey = signFileUrl(process.env.APP_URL!, fileUrlKey("another-secret-that-is-long-enough-123"), fileId);
    for (const url of [tamperedSig, laterExpiry, unsigned, expired, wrongKey]) {
      const res = await fetch(url);
      expect(res.status, String(url)).toBe(403);
    }
  });
});

describe("GET /api/resumes/[applicationId] (recruiters)", () => {
  it("serves the resume to the org's recruiters only", async () => {
    const anonymous = await new Browserless().fetch(`/api/resumes/${applicationId}`);
    expect(anonymous.status).toBe(401);

    const recruiter = await signedIn(org.recruiter.email);
    const res = await recruiter.fetch(`/api/resumes/${applicationId}?download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    // The user's file name never reaches a path, and is neutralised in the header.
    expect(res.headers.get("content-disposition")).toBe('attachment; filename=".._.._etc_passwd.pdf"');

    const outsider = await createOrg();
    const otherAdmin = await signedIn(outsider.admin.email);
    expect((await otherAdmin.fetch(`/api/resumes/${applicationId}`)).status).toBe(404);
  });
});

describe("GET /api/operations/[operationId]", () => {
  it("shows progress to the org and nobody else", async () => {
    const { job } = await createJobWithApplication(org);
    const op = await db.operation.create({
      data: { orgId: org.id, jobId: job.id, kind: "SUBMIT", total: 3, processed: 1 },
    });
    const recruiter = await signedIn(org.recruiter.email);
    const res = await recruiter.fetch(`/api/operations/${op.id}`);
    expect(await res.json()).toEqual({
      id: op.id,
      kind: "SUBMIT",
      status: "pending",
      total: 3,
      processed: 1,
      failed: 0,
    });
    expect((await new Browserless().fetch(`/api/operations/${op.id}`)).status).toBe(401);
    const outsider = await createOrg();
    expect((await (await signedIn(outsider.recruiter.email)).fetch(`/api/operations/${op.id}`)).status).toBe(404);
  });
});
