/**
 * A bulk import end to end: N candidates by CSV through the same server action the page uses
 * (`importCandidatesCsv`, "Submit for scoring right away" on), against the embedded Nova sandbox
 * at Nova's real rate limits (batch intake 1 request/s of at most 25 applications), until every
 * one is scored. `ceiling_s` is N / 25: the fastest Nova's batch intake could accept them.
 *
 *   npm run bench:bulk                          # needs `npx next build`; starts its own server
 *   BENCH_N=500 npm run bench:bulk
 *
 * The server runs on loopback at TEST_PORT_BASE+42 with a fresh data directory and is stopped at
 * the end. `accepted_s`: from the action's call until Nova had accepted all N (each has its scoring
 * job); `scored_s`: until all N are scored; `errors`: applications that ended failed or rejected,
 * or carry an error message (a 429 surfaced to the user would be one), plus operation failures.
 * Last line: bulk: n=… accepted_s=… scored_s=… errors=… ceiling_s=…
 */
import os from "node:os";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_JOBS } from "@/lib/demo/content";
import { Browserless } from "../../tests/support/http";
import { createTestOrg } from "../../tests/support/orgs";
import { resumeText, openServerDb } from "../../tests/support/sandbox-queue-rows";
import { callAction } from "../../tests/support/server-actions";
import { startTestServer, testPort } from "../../tests/support/test-server";

const N = Number(process.env.BENCH_N ?? 2000);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 1800);
/** BENCH_RESCORE=0 skips the second half (a criteria edit, then rescoring all N). */
const RESCORE = process.env.BENCH_RESCORE !== "0";
const PASSWORD = "bench-bulk-1";
const CANDIDATES = "app/(dashboard)/jobs/[jobId]/candidates/actions.ts";

function csv(n: number): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ["name,email,resume_text"];
  for (let i = 0; i < n; i++) {
    const name = `Bulk Candidate ${i}`;
    lines.push([quote(name), `bulk-${i}@bench.test`, quote(`${resumeText(name)}\nCandidate number ${i}.`)].join(","));
  }
  return lines.join("\n") + "\n";
}

async function waitFor(what: string, read: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await read()) return (performance.now() - start) / 1000;
    if ((performance.now() - start) / 1000 > TIMEOUT_S) throw new Error(`${what}: not within ${TIMEOUT_S} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function snapshot(db: PrismaClient, jobId: string): Promise<{ accepted: number; scored: number }> {
  const [accepted, scored] = await Promise.all([
    db.application.count({ where: { jobId, scoringJobs: { some: {} } } }),
    db.application.count({ where: { jobId, pipelineStatus: "SCORED" } }),
  ]);
  return { accepted, scored };
}

/** Prints progress every 5 s (where a slow run loses its time: intake pace, or scoring behind it). */
function timeline(from: number) {
  let lastPrint = 0;
  return async (read: Promise<{ accepted: number; scored: number }>, key: "accepted" | "scored") => {
    const s = await read;
    if (performance.now() - lastPrint >= 5000) {
      lastPrint = performance.now();
      console.log(
        `  ${((lastPrint - from) / 1000).toFixed(0)} s: accepted ${s.accepted}/${N}, scored ${s.scored}/${N}`,
      );
    }
    return s[key] >= N;
  };
}

/** Applications that ended failed or rejected or show an error (a 429 shown to the user would be one), plus failed operation items. */
async function errorsOf(db: PrismaClient, jobId: string): Promise<number> {
  const [badApps, ops] = await Promise.all([
    db.application.count({
      where: { jobId, OR: [{ pipelineStatus: { in: ["FAILED", "REJECTED"] } }, { errorMessage: { not: null } }] },
    }),
    db.operation.findMany({ where: { jobId }, select: { failed: true } }),
  ]);
  return badApps + ops.reduce((n, o) => n + o.failed, 0);
}

/** When the import's rows were stored, queued and sent (seconds after the action was called). */
async function phases(db: PrismaClient, jobId: string, wall0: number): Promise<string> {
  const span = async (
    label: string,
    read: Promise<{ _min: { createdAt: Date | null }; _max: { createdAt: Date | null } }>,
  ) => {
    const { _min, _max } = await read;
    const at = (d: Date | null) => (d ? ((d.getTime() - wall0) / 1000).toFixed(1) : "-");
    return `${label} ${at(_min.createdAt)}–${at(_max.createdAt)} s`;
  };
  const parts = await Promise.all([
    span(
      "rows stored",
      db.application.aggregate({ where: { jobId }, _min: { createdAt: true }, _max: { createdAt: true } }),
    ),
    span("queued", db.outboxItem.aggregate({ where: { jobId }, _min: { createdAt: true }, _max: { createdAt: true } })),
    span(
      "batches accepted",
      db.scoringBatch.aggregate({ where: { jobId }, _min: { createdAt: true }, _max: { createdAt: true } }),
    ),
  ]);
  return parts.join(", ");
}

/** Admitted and refused (429) scoring requests, from the sandbox's per-second windows. */
async function intakeLog(db: PrismaClient): Promise<string> {
  const parts: string[] = [];
  for (const bucket of ["scoring_intake_batch", "scoring_intake_single"]) {
    const rows = await db.sandboxRateWindow.findMany({ where: { key: { endsWith: `:${bucket}` } } });
    const admitted = rows.reduce((n, r) => n + r.admitted, 0);
    const refused = rows.reduce((n, r) => n + r.refused, 0);
    const busiest = rows.reduce((m, r) => Math.max(m, r.admitted), 0);
    parts.push(`${bucket} admitted=${admitted} refused_429=${refused} busiest_second=${busiest}`);
  }
  return parts.join("; ");
}

async function main() {
  // No demo jobs: their own submissions would share Nova's intake with the import being measured.
  const server = await startTestServer("bench-bulk", testPort(42), { DEMO: "0" });
  const db = openServerDb(server.env);
  try {
    const org = await createTestOrg(db, "it", PASSWORD);
    const client = new Browserless(server.url);
    if (!(await client.signIn(org.recruiter.email, PASSWORD)).session?.user) throw new Error("could not sign in");
    const posting = DEMO_JOBS[0]!;
    const created = await callAction(client, "app/(dashboard)/jobs/actions.ts", "createJob", [
      {
        title: posting.title,
        company: posting.company,
        description: posting.description,
        roleKnowledge: posting.roleKnowledge,
      },
    ]);
    const jobId = (created.result?.data as { jobId?: string } | undefined)?.jobId;
    if (!jobId) throw new Error(`createJob: ${created.status} ${created.body.slice(0, 300)}`);
    const criteria = await callAction(
      client,
      "app/(dashboard)/jobs/[jobId]/criteria/actions.ts",
      "generateCriteria",
      [{ jobId }],
      { jobId },
    );
    if (!criteria.result?.ok) throw new Error(`generateCriteria: ${criteria.body.slice(0, 300)}`);
    // Generated criteria are a draft until the recruiter saves them (ADR 026); only then can anything be scored.
    const draft = (criteria.result.data as { criteria: { text: string; importance: string }[] }).criteria;
    const saved = await callAction(
      client,
      "app/(dashboard)/jobs/[jobId]/criteria/actions.ts",
      "saveDraftCriteria",
      [{ jobId, criteria: draft.map((c) => ({ text: c.text, importance: c.importance })) }],
      { jobId },
    );
    if (!saved.result?.ok) throw new Error(`saveDraftCriteria: ${saved.body.slice(0, 300)}`);

    const form = new FormData();
    form.set("jobId", jobId);
    form.set("submitNow", "1");
    form.set("file", new File([csv(N)], "candidates.csv", { type: "text/csv" }));
    const t0 = performance.now();
    const wall0 = Date.now();
    const reply = await callAction(client, CANDIDATES, "importCandidatesCsv", [form], { jobId });
    const imported = reply.result?.data as { created?: number; errors?: unknown[] } | undefined;
    if (!reply.result?.ok || imported?.created !== N)
      throw new Error(`import: ${reply.status} ${reply.body.slice(0, 500)}`);
    const importS = (performance.now() - t0) / 1000;
    console.log(`imported ${N} rows in ${importS.toFixed(1)} s (action answered)`);

    const log = timeline(t0);
    const acceptedS = importS + (await waitFor("all accepted", () => log(snapshot(db, jobId), "accepted")));
    console.log(`all ${N} accepted by Nova after ${acceptedS.toFixed(1)} s`);
    console.log(`  where the time went: ${await phases(db, jobId, wall0)}`);
    const scoredS = acceptedS + (await waitFor("all scored", () => log(snapshot(db, jobId), "scored")));
    const errors = await errorsOf(db, jobId);

    if (RESCORE) {
      // The issue's other half of "done": after a criteria edit every score is stale, and an
      // admin rescores all of them (one Nova scoring job each, through the single endpoint).
      const admin = new Browserless(server.url);
      if (!(await admin.signIn(org.admin.email, PASSWORD)).session?.user) throw new Error("admin could not sign in");
      const edit = await callAction(
        admin,
        "app/(dashboard)/jobs/[jobId]/criteria/actions.ts",
        "addCriterion",
        [{ jobId, text: "Has run a production PostgreSQL upgrade", importance: "PREFERRED" }],
        { jobId },
      );
      if (!edit.result?.ok) throw new Error(`addCriterion: ${edit.body.slice(0, 300)}`);
      const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, include: { activeCriteriaVersion: true } });
      const version = job.activeCriteriaVersion!.novaId;
      const r0 = performance.now();
      const rescore = await callAction(admin, CANDIDATES, "rescoreApplications", [{ jobId, scope: "stale" }], {
        jobId,
      });
      const queued = (rescore.result?.data as { count?: number } | undefined)?.count;
      if (!rescore.result?.ok || queued !== N)
        throw new Error(`rescore: ${rescore.status} ${rescore.body.slice(0, 500)}`);
      const rescored = (where: object) =>
        db.application.count({ where: { jobId, currentScoringJob: { criteriaVersionNovaId: version, ...where } } });
      const rescoreSnapshot = async () => {
        const [accepted, scored] = await Promise.all([rescored({}), rescored({ status: "COMPLETED" })]);
        return { accepted, scored };
      };
      const rlog = timeline(r0);
      const rAcceptedS = await waitFor("all rescores accepted", () => rlog(rescoreSnapshot(), "accepted"));
      const rScoredS = rAcceptedS + (await waitFor("all rescored", () => rlog(rescoreSnapshot(), "scored")));
      console.log(
        `rescore: n=${N} accepted_s=${rAcceptedS.toFixed(1)} scored_s=${rScoredS.toFixed(1)} ` +
          `errors=${(await errorsOf(db, jobId)) - errors} ceiling_s=${(N / 10).toFixed(1)}`,
      );
    }

    const [l1] = os.loadavg();
    const ops = await db.operation.findMany({ where: { jobId }, select: { kind: true, status: true } });
    console.log(
      `machine: ${os.cpus().length} cores, load ${l1!.toFixed(2)}; operations ${ops.map((o) => `${o.kind} ${o.status}`).join(", ")}`,
    );
    console.log(`nova intake (the sandbox's request log): ${await intakeLog(db)}`);
    console.log(
      `bulk: n=${N} accepted_s=${acceptedS.toFixed(1)} scored_s=${scoredS.toFixed(1)} errors=${errors} ` +
        `ceiling_s=${(N / 25).toFixed(1)}`,
    );
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

await main();
