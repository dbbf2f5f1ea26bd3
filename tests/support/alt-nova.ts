/**
 * A second, deliberately different Nova double (not the sandbox): a small in-memory HTTP server
 * that answers with the *other* documented shapes (nova-api.md §0), so the app is proven against
 * more than the sandbox that shares its assumptions:
 *  - criteria generation answers G2's nested `{ criteria: { id, version, status, criteria } }`,
 *    and criteria items carry no `order`;
 *  - batch submission answers G3/G4's `{ batch, scoringJobIds }` without `acceptedApplications`;
 *  - statuses and webhook events are UPPER_CASE, scoring jobs have no `queuedAt`, webhooks no
 *    `tenantId`;
 *  - webhooks are signed base64(HMAC(key = the secret's decoded bytes, `${timestamp}.${body}`));
 *  - criteria mutations check X-Expected-Criteria-Revision (409 CRITERIA_REVISION_CONFLICT).
 */
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";

interface Criterion {
  id: string;
  text: string;
  importance: string;
}
interface Version {
  id: string;
  version: number;
  criteria: Criterion[];
}
/** The request bodies this double reads (it trusts the app to send well-formed ones). */
interface Body {
  jobContext?: { jobTitle: string };
  resume?: { content?: string; url?: string };
  rescore?: { enabled?: boolean };
  criteria?: { text: string; importance: string }[];
  applications?: { applicationId: string; resume: { content?: string; url?: string } }[];
  text?: string;
  importance?: string;
}
interface ScoringJob {
  tenant: string;
  id: string;
  jobId: string;
  applicationId: string;
  criteriaVersionId: string;
  isRescore: boolean;
  status: "PENDING" | "COMPLETED";
  score: number | null;
  batchId: string | null;
}

export interface AltNova {
  url: string;
  /** Every request seen, "METHOD path". */
  requests: string[];
  /** Changes a job's criteria as another Nova client would (a new version, a new revision). */
  changeCriteriaElsewhere(tenantId: string, jobId: string): void;
  stop(): Promise<void>;
}

const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;
const revisionOf = (v: Version) => `rev-${v.id.slice(-6)}-${v.version}`;

export async function startAltNova(opts: {
  port: number;
  apiKey: string;
  /** The whsec_… secret whose base64 body is the HMAC key. */
  signingSecret: string;
  /** Where to deliver webhooks; set once the app's URL is known. */
  webhookUrl: () => string;
}): Promise<AltNova> {
  const versions = new Map<string, Version[]>(); // tenant|job → versions
  const jobs = new Map<string, ScoringJob>();
  const batches = new Map<string, { id: string; jobId: string; jobIds: string[] }>();
  const deletions = new Map<string, number>(); // id → polls seen
  const requests: string[] = [];
  const key = Buffer.from(opts.signingSecret.slice("whsec_".length), "base64");

  const active = (t: string, j: string) => versions.get(`${t}|${j}`)?.at(-1);
  const newVersion = (t: string, j: string, criteria: Criterion[]) => {
    const list = versions.get(`${t}|${j}`) ?? [];
    const v = { id: id("cv"), version: list.length + 1, criteria };
    versions.set(`${t}|${j}`, [...list, v]);
    return v;
  };
  const jobJson = (sj: ScoringJob) => ({
    id: sj.id,
    jobId: sj.jobId,
    applicationId: sj.applicationId,
    criteriaVersionId: sj.criteriaVersionId,
    status: sj.status,
    isRescore: sj.isRescore,
    score: sj.score,
    assessment:
      sj.score === null ? null : { verdict: "Alt double verdict.", strengths: ["s"], concerns: [], interviewFocus: [] },
  });

  async function deliver(event: string, payload: Record<string, unknown>) {
    const body = JSON.stringify(payload);
    const timestamp = new Date().toISOString();
    const signature = createHmac("sha256", key).update(`${timestamp}.${body}`).digest("base64");
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const res = await fetch(opts.webhookUrl(), {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-webhook-id": id("wh_"),
            "x-webhook-event": event,
            "x-webhook-timestamp": timestamp,
            "x-webhook-signature": `sha256=${signature}`,
          },
          body,
        });
        if (res.ok) return;
      } catch {
        // app busy: retry below
      }
      await new Promise((r) => setTimeout(r, 300 * (attempt + 1)));
    }
  }

  function finish(sj: ScoringJob, resumeLength: number) {
    setTimeout(() => {
      sj.status = "COMPLETED";
      sj.score = 1 + (resumeLength % 10);
      void deliver("SCORE_COMPLETED", {
        event: "SCORE_COMPLETED",
        scoringJobId: sj.id,
        criteriaVersionId: sj.criteriaVersionId,
        jobId: sj.jobId,
        applicationId: sj.applicationId,
        result: { score: sj.score, assessment: jobJson(sj).assessment },
        completedAt: new Date().toISOString(),
      }).then(() => {
        const batch = sj.batchId ? batches.get(sj.batchId) : undefined;
        if (!batch || !batch.jobIds.every((j) => jobs.get(j)!.status === "COMPLETED")) return;
        void deliver("BATCH_COMPLETED", {
          event: "BATCH_COMPLETED",
          batchId: batch.id,
          jobId: batch.jobId,
          totalJobs: batch.jobIds.length,
          completedJobs: batch.jobIds.length,
          failedJobs: 0,
          status: "COMPLETED",
          completedAt: new Date().toISOString(),
        });
      });
    }, 200);
  }

  /** Idempotent on (tenant, job, application); a rescore is idempotent per criteria version. */
  function submit(t: string, jobId: string, applicationId: string, resumeLength: number, rescore: boolean) {
    const v = active(t, jobId)!;
    const existing = [...jobs.values()]
      .filter((j) => j.tenant === t && j.jobId === jobId && j.applicationId === applicationId)
      .filter((j) => (rescore ? j.isRescore && j.criteriaVersionId === v.id : !j.isRescore));
    if (existing[0]) return existing[0];
    const sj: ScoringJob = {
      tenant: t,
      id: id("sj"),
      jobId,
      applicationId,
      criteriaVersionId: v.id,
      isRescore: rescore,
      status: "PENDING",
      score: null,
      batchId: null,
    };
    jobs.set(sj.id, sj);
    finish(sj, resumeLength);
    return sj;
  }

  function route(method: string, path: string, tenant: string, headers: http.IncomingHttpHeaders, body: Body) {
    let m: RegExpMatchArray | null;
    const expected = headers["x-expected-criteria-revision"] as string | undefined;
    const conflict = (jobId: string) => {
      const v = active(tenant, jobId);
      return expected !== undefined && (!v || revisionOf(v) !== expected)
        ? [409, { code: "CRITERIA_REVISION_CONFLICT", status: 409, message: "Criteria changed", retryable: false }]
        : null;
    };
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/criteria\/generate$/)) && method === "POST") {
      const v = newVersion(tenant, m[1]!, [
        { id: id("crit_"), text: `Experience relevant to ${body.jobContext?.jobTitle}`, importance: "MUST_HAVE" },
        { id: id("crit_"), text: "Clear written communication", importance: "PREFERRED" },
        { id: id("crit_"), text: "Mentoring others", importance: "NICE_TO_HAVE" },
      ]);
      return [200, { criteria: { id: v.id, version: v.version, status: "ACTIVE", criteria: v.criteria } }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/criteria\/versions\/current$/)) && method === "GET") {
      const v = active(tenant, m[1]!);
      if (!v) return [404, { code: "CRITERIA_NOT_FOUND", status: 404, message: "none" }];
      return [
        200,
        {
          version: { id: v.id, version: v.version, status: "ACTIVE" },
          criteriaRevision: revisionOf(v),
          criteria: v.criteria,
        },
      ];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/criteria\/items$/)) && method === "POST") {
      const c = conflict(m[1]!);
      if (c) return c;
      const v = newVersion(tenant, m[1]!, [
        ...active(tenant, m[1]!)!.criteria,
        { id: id("crit_"), text: body.text!, importance: body.importance! },
      ]);
      return [201, { criteria: v.criteria }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/criteria$/)) && method === "PUT") {
      const c = conflict(m[1]!);
      if (c) return c;
      const v = newVersion(
        tenant,
        m[1]!,
        body.criteria!.map((x) => ({ id: id("crit_"), ...x })),
      );
      return [200, { criteria: v.criteria }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/criteria$/)) && method === "DELETE") return [200, { success: true }];
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/applications\/([^/]+)\/scoring-jobs$/)) && method === "POST") {
      const content = body.resume?.content ?? body.resume?.url ?? "";
      const sj = submit(tenant, m[1]!, m[2]!, content.length, Boolean(body.rescore?.enabled));
      return [202, { scoringJob: jobJson(sj) }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/applications\/([^/]+)\/scoring-jobs\/([^/]+)$/)) && method === "GET") {
      const sj = jobs.get(m[3]!);
      return sj ? [200, { scoringJob: jobJson(sj) }] : [404, { code: "SCORING_JOB_NOT_FOUND", status: 404 }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/applications\/([^/]+)\/score$/)) && method === "GET") {
      const sj = [...jobs.values()].filter((j) => j.jobId === m![1] && j.applicationId === m![2]).at(-1);
      return sj ? [200, { scoringJob: jobJson(sj) }] : [404, { code: "APPLICATION_NOT_FOUND", status: 404 }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/scoring-batches$/)) && method === "POST") {
      const batch = { id: id("batch"), jobId: m[1]!, jobIds: [] as string[] };
      for (const a of body.applications ?? []) {
        const sj = submit(tenant, m[1]!, a.applicationId, (a.resume.content ?? a.resume.url ?? "").length, false);
        sj.batchId = batch.id;
        batch.jobIds.push(sj.id);
      }
      batches.set(batch.id, batch);
      const b = { id: batch.id, jobId: batch.jobId, status: "PENDING", totalJobs: batch.jobIds.length };
      return [202, { batch: b, scoringJobIds: batch.jobIds }];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/scoring-batches\/([^/]+)$/)) && method === "GET") {
      const batch = batches.get(m[2]!);
      if (!batch) return [404, { code: "BATCH_NOT_FOUND", status: 404 }];
      const list = batch.jobIds.map((j) => jobs.get(j)!);
      const done = list.filter((j) => j.status === "COMPLETED").length;
      return [
        200,
        {
          batch: {
            id: batch.id,
            jobId: batch.jobId,
            status: done === list.length ? "COMPLETED" : "IN_PROGRESS",
            totalJobs: list.length,
            completedJobs: done,
            failedJobs: 0,
          },
          scoringJobs: list.map(jobJson),
        },
      ];
    }
    if ((m = path.match(/^\/v1\/jobs\/([^/]+)\/applications\/([^/]+)$/)) && method === "DELETE") {
      const d = id("delreq_");
      deletions.set(d, 0);
      return [202, { deletionRequest: { id: d, scope: "APPLICATION", status: "PENDING" } }];
    }
    if ((m = path.match(/^\/v1\/deletion-requests\/([^/]+)$/)) && method === "GET") {
      const seen = deletions.get(m[1]!);
      if (seen === undefined) return [404, { code: "NOT_FOUND", status: 404 }];
      deletions.set(m[1]!, seen + 1);
      return [
        200,
        { deletionRequest: { id: m[1], scope: "APPLICATION", status: seen >= 1 ? "COMPLETED" : "PROCESSING" } },
      ];
    }
    return [404, { code: "NOT_FOUND", status: 404, message: `${method} ${path}` }];
  }

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      const path = new URL(req.url!, "http://x").pathname;
      requests.push(`${req.method} ${path}`);
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "x-trace-id": id("tr") });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `Bearer ${opts.apiKey}`)
        return send(401, { code: "UNAUTHORIZED", status: 401, message: "bad key" });
      try {
        const [status, json] = route(
          req.method!,
          path,
          String(req.headers["x-tenant-id"] ?? ""),
          req.headers,
          (raw ? JSON.parse(raw) : {}) as Body,
        ) as [number, unknown];
        send(status, json);
      } catch (err) {
        send(500, { code: "INTERNAL_ERROR", status: 500, message: String(err), retryable: true });
      }
    });
  });
  await new Promise<void>((r) => server.listen(opts.port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${opts.port}`,
    requests,
    changeCriteriaElsewhere(tenantId, jobId) {
      const v = active(tenantId, jobId)!;
      newVersion(tenantId, jobId, [
        ...v.criteria,
        { id: id("crit_"), text: "Added by someone else", importance: "PREFERRED" },
      ]);
    },
    stop: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
