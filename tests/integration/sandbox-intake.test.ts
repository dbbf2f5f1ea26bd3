import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docx, encryptedPdf, pdfWithText } from "../support/resume-files";
import { testPort } from "../support/test-server";
import { newTenant, sandboxClient, withCriteria } from "./sandbox-helpers";
import { testDb } from "../support/db";

// Resume intake inside the production server bundle: unpdf (pdf.js) and the DOCX/DOC readers must load and
// work there, not only under Vitest. Files come from a real HTTP server on loopback, which the
// sandbox accepts over plain HTTP.

const call = sandboxClient();
const files = new Map<string, { type: string; body: Uint8Array }>();
let server: http.Server;
const base = `http://127.0.0.1:${testPort(15)}`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const f = files.get(req.url ?? "");
    if (!f) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": f.type }).end(f.body);
  });
  await new Promise<void>((r) => server.listen(testPort(15), "127.0.0.1", r));
  files.set("/cv.pdf", {
    type: "application/pdf",
    body: await pdfWithText([
      "Priya Raman",
      "Staff Backend Engineer, Fintech Ltd (2016 - Present)",
      "Go, PostgreSQL, Kubernetes, payments",
    ]),
  });
  files.set("/cv.docx", {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    body: docx(["Tomas Berg", "Backend Engineer at Shipit (2019 - Present)", "Go and PostgreSQL"]),
  });
  files.set("/locked.pdf", { type: "application/pdf", body: encryptedPdf() });
  files.set("/cv.bin", { type: "application/octet-stream", body: await pdfWithText(["Octet Stream", "Engineer"]) });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const submit = (tenant: string, app: string, path: string) =>
  call<{ scoringJob?: { id: string; status: string }; code?: string; message?: string }>(
    "POST",
    `/v1/jobs/job-intake/applications/${app}/scoring-jobs`,
    {
      tenant,
      body: { resume: { type: "url", url: `${base}${path}` }, jobDescription: "Backend engineer, Go and PostgreSQL." },
    },
  );

describe("resume intake over HTTP (production server)", () => {
  it("accepts PDF and DOCX URLs, stores their text and scores them", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-intake");
    const pdf = await submit(tenant, "app-pdf", "/cv.pdf");
    const doc = await submit(tenant, "app-docx", "/cv.docx");
    expect([pdf.status, doc.status]).toEqual([202, 202]);
    const pdfRow = await testDb().sandboxScoringJob.findUniqueOrThrow({ where: { id: pdf.body.scoringJob!.id } });
    expect(pdfRow.resumeText).toContain("Staff Backend Engineer, Fintech Ltd (2016 - Present)");
    const docRow = await testDb().sandboxScoringJob.findUniqueOrThrow({ where: { id: doc.body.scoringJob!.id } });
    expect(docRow.resumeText).toContain("Backend Engineer at Shipit (2019 - Present)");
    for (let i = 0; i < 100; i++) {
      const rows = await testDb().sandboxScoringJob.findMany({ where: { id: { in: [pdfRow.id, docRow.id] } } });
      if (rows.every((r) => r.status === "completed")) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the URL resumes were not scored");
  });

  it("refuses an encrypted PDF and an octet-stream download with 422 and creates no job", async () => {
    const tenant = newTenant();
    await withCriteria(call, tenant, "job-intake");
    const locked = await submit(tenant, "app-locked", "/locked.pdf");
    expect(locked.status).toBe(422);
    expect(locked.body.code).toBe("RESUME_ENCRYPTED");
    const octet = await submit(tenant, "app-octet", "/cv.bin");
    expect(octet.status).toBe(422);
    expect(octet.body.code).toBe("RESUME_FETCH_FAILED");
    const t = await testDb().sandboxTenant.findFirstOrThrow({ where: { externalId: tenant } });
    expect(await testDb().sandboxScoringJob.count({ where: { tenantId: t.id } })).toBe(0);
  });
});
