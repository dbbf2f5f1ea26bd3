import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_JOBS } from "@/lib/demo/content";
import { NovaClient } from "@/lib/nova/client";
import { NovaApiError } from "@/lib/nova/errors";
import { DEFAULT_LIMITS, Pacer } from "@/lib/nova/pacing";

/** lib/nova's client against the running sandbox (the real G5 HTTP surface and its real rate limits). */
const sandboxUrl = () => `${process.env.APP_URL}/api/nova-sandbox`;
const tenantId = `org_nc_${randomBytes(4).toString("hex")}`;
const jobId = `job_${randomBytes(4).toString("hex")}`;
const posting = DEMO_JOBS[0]!;

function client(opts: { baseUrl?: string; pacer?: Pacer; statuses?: number[] } = {}) {
  const statuses = opts.statuses;
  return new NovaClient({
    baseUrl: opts.baseUrl ?? sandboxUrl(),
    apiKey: process.env.NOVA_API_KEY!,
    tenantId,
    pacer: opts.pacer ?? new Pacer(),
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      statuses?.push(res.status);
      return res;
    },
  });
}

beforeAll(async () => {
  await client().generateCriteria(jobId, {
    jobContext: { jobTitle: posting.title, companyName: posting.company, jobDescription: posting.description },
  });
});

const resume = (i: number) => `${posting.candidates[i % posting.candidates.length]!.resume}\n(application ${i})`;

describe("NovaClient against the sandbox", () => {
  it("paces 30 single submissions so that not one 429 comes back", async () => {
    const statuses: number[] = [];
    const nova = client({ statuses });
    const started = Date.now();
    const jobs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        nova.submitScoringJob(jobId, `paced_${i}`, {
          resume: { type: "text", content: resume(i) },
          jobDescription: posting.description,
        }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(jobs.map((j) => j.status).every((s) => s === "pending" || s === "completed")).toBe(true);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(30);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(statuses).toHaveLength(30);
    // 10 per second: the last of 30 cannot start before two full windows have passed.
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    console.log(`[measure] 30 paced single submissions: ${elapsed} ms, 0 × 429`);
  });

  it("without pacing the sandbox does answer 429, and the client's Retry-After retries still get every submission through", async () => {
    const statuses: number[] = [];
    const unpaced = new Pacer({ ...DEFAULT_LIMITS, scoring_intake_single: { perSecond: 1000 } });
    const nova = client({ pacer: unpaced, statuses });
    // 30 at once reach the sandbox well above its 10 per second, unless a loaded machine spreads
    // their arrival: then another burst, until one is refused (five bursts that never exceed the
    // limit mean the sandbox does not refuse, and the test fails).
    let bursts = 0;
    while (bursts < 5 && !statuses.includes(429)) {
      const round = bursts++;
      const jobs = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          nova.submitScoringJob(jobId, `burst_${round}_${i}`, {
            resume: { type: "text", content: resume(i) },
            jobDescription: posting.description,
          }),
        ),
      );
      expect(new Set(jobs.map((j) => j.id)).size).toBe(30);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    console.log(
      `[measure] ${bursts} × 30 unpaced submissions: ${statuses.filter((s) => s === 429).length} × 429 absorbed by retries`,
    );
  });

  it("is idempotent on (job, application): resubmitting returns the same scoring job", async () => {
    const nova = client();
    const body = { resume: { type: "text" as const, content: resume(1) }, jobDescription: posting.description };
    const a = await nova.submitScoringJob(jobId, "idem_1", body);
    const b = await nova.submitScoringJob(jobId, "idem_1", body);
    expect(b.id).toBe(a.id);
  });

  it("retries after two 5xx answers from a flaky hop and then gets Nova's answer", async () => {
    let seen = 0;
    const proxy = http.createServer((req, res) => {
      seen++;
      if (seen <= 2) {
        res.writeHead(seen === 1 ? 502 : 503, { "content-type": "text/plain" });
        return res.end("upstream trouble");
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !["host", "connection"].includes(k)),
      ) as Record<string, string>;
      fetch(`${sandboxUrl()}${req.url}`, { method: req.method, headers })
        .then(async (r) => {
          res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    try {
      const current = await client({
        baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      }).getCurrentCriteria(jobId);
      expect(current.criteria.length).toBeGreaterThan(0);
      expect(current.version.status).toBe("ACTIVE");
      expect(seen).toBe(3);
    } finally {
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });

  it("surfaces Nova's refusals as typed errors with the trace id", async () => {
    const nova = client();
    const short = await nova
      .submitScoringJob(jobId, "short_1", { resume: { type: "text", content: "too short" }, jobDescription: "d" })
      .catch((e: unknown) => e);
    expect(short).toBeInstanceOf(NovaApiError);
    expect(short).toMatchObject({ code: "VALIDATION_ERROR", status: 400, retryable: false });
    expect((short as NovaApiError).traceId).toBeTruthy();
    const noCriteria = await nova
      .submitScoringJob("job_without_criteria", "a1", {
        resume: { type: "text", content: resume(2) },
        jobDescription: "d",
      })
      .catch((e: unknown) => e);
    expect(noCriteria).toMatchObject({ code: "CRITERIA_NOT_FOUND", status: 404 });
  });
});
