import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NovaClient } from "./client";
import { NovaApiError } from "./errors";
import { Pacer } from "./pacing";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A tiny real HTTP server whose answers the test scripts, one per request. */
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

async function serve(answers: ((seen: Seen) => Answer)[]) {
  const seen: Seen[] = [];
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body };
      seen.push(s);
      const pick = answers[Math.min(seen.length - 1, answers.length - 1)];
      const answer: Answer = pick ? pick(s) : { status: 500 };
      res.writeHead(answer.status, {
        "content-type": "application/json",
        "x-trace-id": `tr-${seen.length}`,
        ...answer.headers,
      });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen };
}

const sleeps: number[] = [];
function client(url: string) {
  sleeps.length = 0;
  return new NovaClient({
    baseUrl: url,
    apiKey: "sk_test_0123456789abcdef",
    tenantId: "org_t1",
    pacer: new Pacer(),
    sleep: async (ms) => void sleeps.push(ms),
  });
}

const scoringJob = {
  id: "sj1",
  jobId: "j1",
  applicationId: "a1",
  status: "PENDING",
  queuedAt: "2026-05-01T10:00:00Z",
  criteriaVersionId: "cv1",
};
const envelope = (code: string, status: number, retryable: boolean) => ({
  type: "x",
  code,
  status,
  message: `${code} happened`,
  retryable,
  traceId: "body-trace",
});

describe("NovaClient", () => {
  it("sends auth, tenant and JSON; parses and normalises the answer", async () => {
    const { url, seen } = await serve([() => ({ status: 202, body: { scoringJob, extra: true } })]);
    const job = await client(url).submitScoringJob("j1", "a1", {
      resume: { type: "text", content: "x".repeat(60) },
      jobDescription: "d",
    });
    expect(job.status).toBe("pending");
    expect(seen[0]!.url).toBe("/v1/jobs/j1/applications/a1/scoring-jobs");
    expect(seen[0]!.headers.authorization).toBe("Bearer sk_test_0123456789abcdef");
    expect(seen[0]!.headers["x-tenant-id"]).toBe("org_t1");
    expect(JSON.parse(seen[0]!.body).resume.type).toBe("text");
  });

  it("retries a 5xx twice and then succeeds", async () => {
    const { url, seen } = await serve([
      () => ({ status: 503, body: envelope("SERVICE_UNAVAILABLE", 503, true) }),
      () => ({ status: 500, body: "<html>" }),
      () => ({ status: 200, body: { scoringJob: { ...scoringJob, status: "completed", score: 8 } } }),
    ]);
    const job = await client(url).getScoringJob("j1", "a1", "sj1");
    expect(job.score).toBe(8);
    expect(seen).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("honours Retry-After on 429", async () => {
    const { url } = await serve([
      () => ({ status: 429, body: envelope("RATE_LIMITED", 429, true), headers: { "retry-after": "2" } }),
      () => ({ status: 200, body: { scoringJob } }),
    ]);
    await client(url).getScoringJob("j1", "a1", "sj1");
    expect(sleeps).toEqual([2000]);
  });

  it("does not retry a 4xx and surfaces code, status, traceId, retryable", async () => {
    const { url, seen } = await serve([() => ({ status: 422, body: envelope("RESUME_CORRUPTED", 422, false) })]);
    const err = await client(url)
      .submitScoringJob("j1", "a1", { resume: { type: "url", url: "https://x/y.pdf" }, jobDescription: "d" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NovaApiError);
    expect(err).toMatchObject({ code: "RESUME_CORRUPTED", status: 422, traceId: "tr-1", retryable: false });
    expect(seen).toHaveLength(1);
  });

  it("gives up after the retry budget with the last error", async () => {
    const { url, seen } = await serve([() => ({ status: 502, body: "bad gateway" })]);
    const err = await client(url)
      .getScoringJob("j1", "a1", "sj1")
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "HTTP_502", status: 502, retryable: true });
    expect(seen).toHaveLength(5);
  });

  it("treats a contract-breaking response as a non-retryable error", async () => {
    const { url } = await serve([() => ({ status: 200, body: { scoringJob: { id: "x" } } })]);
    await expect(client(url).getScoringJob("j1", "a1", "sj1")).rejects.toMatchObject({
      code: "INVALID_RESPONSE",
      retryable: false,
    });
  });

  it("reuses one Idempotency-Key across retries of a criteria mutation", async () => {
    const { url, seen } = await serve([
      () => ({ status: 500, body: envelope("INTERNAL_ERROR", 500, true) }),
      () => ({ status: 200, body: { criteria: [{ id: "crit_1", text: "Go", importance: "must_have", order: 0 }] } }),
    ]);
    const res = await client(url).addCriterion("j1", { text: "Go", importance: "MUST_HAVE" });
    expect(res.criteria[0]!.importance).toBe("MUST_HAVE");
    expect(seen[0]!.headers["idempotency-key"]).toBeTruthy();
    expect(seen[1]!.headers["idempotency-key"]).toBe(seen[0]!.headers["idempotency-key"]);
  });
});
