import http from "node:http";
import type { AddressInfo } from "node:net";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobContext, newTenant, resumeText, sandboxClient } from "./sandbox-helpers";
import { testDb } from "../support/db";

// The older flat routes (G1) that the product brief quotes verbatim, mapped onto the same
// scoring jobs, batches and criteria versions as the current routes.

const call = sandboxClient();
let pdfServer: http.Server;
let resumeUrl: string;

async function resumePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  const lines = [
    "Jane Smith",
    "Senior Backend Engineer",
    "2018 - Present: Backend Engineer at Tech Corp (Go, PostgreSQL, Kubernetes)",
    "2015 - 2018: Software Engineer at Example Ltd (Python)",
  ];
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 750 - i * 20, size: 12, font }));
  return doc.save();
}

beforeAll(async () => {
  const pdf = await resumePdf();
  // A loopback "storage" URL: the brief's curl example, with its host swapped for this server.
  pdfServer = http.createServer((req, res) => {
    if (!req.url?.startsWith("/resumes/abc123.pdf")) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.byteLength }).end(Buffer.from(pdf));
  });
  await new Promise<void>((resolve) => pdfServer.listen(0, "127.0.0.1", resolve));
  resumeUrl = `http://127.0.0.1:${(pdfServer.address() as AddressInfo).port}/resumes/abc123.pdf?token=xyz&expires=1705312800`;
});

afterAll(() => new Promise<void>((resolve) => pdfServer.close(() => resolve())));

describe("G1 routes from the product brief", () => {
  it("POST /v1/criteria/generate stores active criteria for jobContext.jobId", async () => {
    const tenant = newTenant();
    const res = await call<{
      jobId: string;
      criteria: { id: string; text: string; importance: string }[];
      status: string;
      createdAt: string;
    }>("POST", "/v1/criteria/generate", {
      tenant,
      body: { jobContext: { jobId: "job-123", ...jobContext } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jobId: "job-123", status: "active", createdAt: expect.any(String) });
    expect(res.body.criteria[0]).toEqual({
      id: expect.stringMatching(/^crit_/),
      text: expect.any(String),
      importance: expect.any(String),
    });
    const g5 = await call<{ criteria: { id: string }[] }>("GET", "/v1/jobs/job-123/criteria", { tenant });
    expect(g5.body.criteria.map((c) => c.id)).toEqual(res.body.criteria.map((c) => c.id));
    expect((await call("POST", "/v1/criteria/generate", { tenant, body: { jobContext } })).body.code).toBe(
      "VALIDATION_ERROR",
    );
  });

  it("runs the brief's curl example verbatim (resume URL on loopback)", async () => {
    const tenant = newTenant();
    await call("POST", "/v1/criteria/generate", { tenant, body: { jobContext: { jobId: "job-123", ...jobContext } } });
    // The body exactly as in brief/score-candidate.txt, bar the resume URL's host.
    const data = `
{
  "jobId": "job-123",
  "applicationId": "app-456",
  "candidate": {
    "resumeUrl": "${resumeUrl}",
    "applicationAnswers": [
      {
        "question": {
          "text": "Are you authorized to work in the UK?",
          "type": "boolean",
          "required": true
        },
        "answer": "Yes"
      },
      {
        "question": {
          "text": "Years of backend development experience?",
          "type": "dropdown",
          "options": [
            "0-2 years",
            "2-5 years",
            "5-10 years",
            "10+ years"
          ]
        },
        "answer": "5-10 years"
      }
    ]
  }
}
`;
    const res = await fetch(`${process.env.TEST_BASE_URL}/api/nova-sandbox/v1/score`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${process.env.NOVA_API_KEY}`,
        "Content-Type": "application/json",
        "X-Tenant-Id": tenant,
      },
      body: data,
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(202);
    expect(body).toEqual({ scoringJobId: expect.any(String), status: "queued", estimatedCompletionSeconds: 30 });
    const row = await testDb().sandboxScoringJob.findUniqueOrThrow({ where: { id: body.scoringJobId as string } });
    expect(row.resumeText).toContain("Tech Corp");
    expect(JSON.parse(row.applicationData!).applicationAnswers).toEqual([
      { question: "Are you authorized to work in the UK?", answer: "Yes" },
      { question: "Years of backend development experience?", answer: "5-10 years" },
    ]);
  });

  it("POST /v1/score takes resume text and an answers map; idempotent, rescore: true makes a new job; GET /v1/score/{id}", async () => {
    const tenant = newTenant();
    await call("POST", "/v1/criteria/generate", { tenant, body: { jobContext: { jobId: "job-1", ...jobContext } } });
    const body = {
      jobId: "job-1",
      applicationId: "app-1",
      candidate: {
        resumeText,
        parsedResume: { name: "Jane Smith", skills: ["Go"] },
        applicationAnswers: { workAuthorization: "Yes", startDate: "Immediately available" },
      },
      language: "English",
    };
    const first = await call<{ scoringJobId: string; status: string; estimatedCompletionSeconds: number }>(
      "POST",
      "/v1/score",
      { tenant, body },
    );
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ scoringJobId: expect.any(String), status: "queued", estimatedCompletionSeconds: 30 });
    const row = await testDb().sandboxScoringJob.findUniqueOrThrow({ where: { id: first.body.scoringJobId } });
    expect(JSON.parse(row.applicationData!)).toMatchObject({
      applicationAnswers: [
        { question: "workAuthorization", answer: "Yes" },
        { question: "startDate", answer: "Immediately available" },
      ],
      context: expect.stringContaining("Jane Smith"),
    });
    expect(row.jobDescription).toBe(jobContext.jobDescription);
    expect(row.language).toBe("English");

    expect((await call<{ scoringJobId: string }>("POST", "/v1/score", { tenant, body })).body.scoringJobId).toBe(
      first.body.scoringJobId,
    );
    const rescore = await call<{ scoringJobId: string }>("POST", "/v1/score", {
      tenant,
      body: { ...body, rescore: true },
    });
    expect(rescore.body.scoringJobId).not.toBe(first.body.scoringJobId);
    expect(
      (await call<{ scoringJobId: string }>("POST", "/v1/score", { tenant, body: { ...body, rescore: true } })).body
        .scoringJobId,
    ).toBe(rescore.body.scoringJobId);

    const got = await call("GET", `/v1/score/${first.body.scoringJobId}`, { tenant });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ scoringJobId: first.body.scoringJobId, jobId: "job-1", applicationId: "app-1" });
    expect(["queued", "processing", "completed", "failed"]).toContain(got.body.status);
    expect((await call("GET", "/v1/score/sj_unknown", { tenant })).body.code).toBe("SCORING_JOB_NOT_FOUND");
    // G5 sees the same jobs.
    const latest = await call<{ scoringJob: { id: string } }>("GET", "/v1/jobs/job-1/applications/app-1/score", {
      tenant,
    });
    expect(latest.body.scoringJob.id).toBe(rescore.body.scoringJobId);

    expect((await call("POST", "/v1/score", { tenant, body: { ...body, candidate: {} } })).body.code).toBe(
      "VALIDATION_ERROR",
    );
    expect(
      (await call("POST", "/v1/score", { tenant, body: { ...body, jobId: "job-without-criteria" } })).body.code,
    ).toBe("CRITERIA_NOT_FOUND");
  });

  it("POST /v1/score/batch takes up to 100 candidates and marks already-scored ones skipped", async () => {
    const tenant = newTenant();
    await call("POST", "/v1/criteria/generate", { tenant, body: { jobContext: { jobId: "job-b", ...jobContext } } });
    const single = await call<{ scoringJobId: string }>("POST", "/v1/score", {
      tenant,
      body: { jobId: "job-b", applicationId: "app-0", candidate: { resumeText } },
    });
    const candidates = Array.from({ length: 30 }, (_, i) => ({ applicationId: `app-${i}`, candidate: { resumeText } }));
    const res = await call<{
      batchId: string;
      jobs: { applicationId: string; scoringJobId: string; status: string }[];
      totalQueued: number;
      totalSkipped: number;
      estimatedCompletionSeconds: number;
    }>("POST", "/v1/score/batch", { tenant, body: { jobId: "job-b", candidates } });
    expect(res.status).toBe(202);
    expect(res.body.totalQueued).toBe(29);
    expect(res.body.totalSkipped).toBe(1);
    expect(res.body.jobs[0]).toEqual({
      applicationId: "app-0",
      scoringJobId: single.body.scoringJobId,
      status: "skipped",
    });
    const status = await call<{ batchId: string; totalJobs: number; jobs: unknown[] }>(
      "GET",
      `/v1/score/batch/${res.body.batchId}`,
      { tenant },
    );
    expect(status.body).toMatchObject({ batchId: res.body.batchId, jobId: "job-b", totalJobs: 30 });
    expect(status.body.jobs).toHaveLength(30);
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ applicationId: `x-${i}`, candidate: { resumeText } }));
    expect(
      (await call("POST", "/v1/score/batch", { tenant, body: { jobId: "job-b", candidates: tooMany } })).status,
    ).toBe(400);
  });
});
