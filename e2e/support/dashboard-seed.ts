import { randomBytes } from "node:crypto";
import { searchTextFor } from "@/lib/applications/search-text";
import { e2eDb } from "./db";
import type { TestOrg } from "./fixtures";

/**
 * A job written straight into the e2e database, for display tests of the review pages: two
 * criteria versions (v2 active) and candidates in every pipeline state. The full loop through
 * the real actions and the sandbox is review-loop.spec.ts.
 */
export interface SeededJob {
  jobId: string;
  v1: string;
  v2: string;
  apps: Record<string, string>;
}

interface SeedApp {
  name: string;
  status: "NOT_SUBMITTED" | "PENDING" | "SCORED" | "FAILED" | "REJECTED";
  score?: number;
  version?: "v1" | "v2";
  error?: string;
  submittedMinutesAgo?: number;
}

export const SEED_APPS: SeedApp[] = [
  { name: "Grace Hopper", status: "SCORED", score: 9, version: "v2", submittedMinutesAgo: 50 },
  { name: "Alan Turing", status: "SCORED", score: 7, version: "v2", submittedMinutesAgo: 40 },
  { name: "Ada Lovelace", status: "SCORED", score: 7, version: "v1", submittedMinutesAgo: 45 },
  { name: "Edsger Dijkstra", status: "SCORED", score: 4, version: "v1", submittedMinutesAgo: 30 },
  { name: "Barbara Liskov", status: "PENDING", submittedMinutesAgo: 1 },
  { name: "Ken Thompson", status: "FAILED", error: "Nova could not read the resume file.", submittedMinutesAgo: 20 },
  { name: "Dennis Ritchie", status: "REJECTED", error: "Resume text is shorter than 50 characters." },
  { name: "Linus Torvalds", status: "NOT_SUBMITTED" },
];

export async function seedJob(org: TestOrg, opts: { title?: string; extraScored?: number } = {}): Promise<SeededJob> {
  const tag = randomBytes(3).toString("hex");
  const job = await e2eDb.job.create({
    data: {
      orgId: org.id,
      title: opts.title ?? `Backend Engineer ${tag}`,
      company: "Acme Ltd",
      description: "Build APIs in TypeScript and Go. Own production systems.",
    },
  });
  const v1 = `cv_${tag}_1`;
  const v2 = `cv_${tag}_2`;
  await e2eDb.criteriaVersion.create({
    data: {
      jobId: job.id,
      novaId: v1,
      number: 1,
      status: "ARCHIVED",
      source: "GENERATED",
      criteria: {
        create: [
          { novaId: "crit_a", text: "5+ years of backend development", importance: "MUST_HAVE", order: 0 },
          { novaId: "crit_b", text: "Experience with Go", importance: "PREFERRED", order: 1 },
          { novaId: "crit_c", text: "Open-source contributions", importance: "NICE_TO_HAVE", order: 2 },
        ],
      },
    },
  });
  const active = await e2eDb.criteriaVersion.create({
    data: {
      jobId: job.id,
      novaId: v2,
      number: 2,
      source: "EDITED",
      criteria: {
        create: [
          { novaId: "crit_a2", text: "7+ years of backend development", importance: "MUST_HAVE", order: 0 },
          { novaId: "crit_b2", text: "Experience with Go", importance: "MUST_HAVE", order: 1 },
          { novaId: "crit_d2", text: "Kubernetes in production", importance: "PREFERRED", order: 2 },
        ],
      },
    },
  });
  await e2eDb.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: active.id } });

  const apps: Record<string, string> = {};
  const now = Date.now();
  for (const a of SEED_APPS) apps[a.name] = await seedApplication(org.id, job.id, a, now, a.version === "v1" ? v1 : v2);
  // Older attempt for Alan: he was scored 5 on v1 before being rescored 7 on v2.
  await e2eDb.scoringJob.create({
    data: {
      orgId: org.id,
      applicationId: apps["Alan Turing"]!,
      novaScoringJobId: `sj_${tag}_alan_old`,
      criteriaVersionNovaId: v1,
      status: "COMPLETED",
      score: 5,
      verdict: "Mixed signals. Backend depth is unverified.",
      strengths: "[]",
      concerns: "[]",
      interviewFocus: "[]",
      submittedAt: new Date(now - 120 * 60_000),
      completedAt: new Date(now - 119 * 60_000),
    },
  });
  for (let i = 0; i < (opts.extraScored ?? 0); i++) {
    await seedApplication(
      org.id,
      job.id,
      {
        name: `Filler Candidate ${String(i).padStart(3, "0")}`,
        status: "SCORED",
        score: 2 + (i % 2),
        version: "v2",
        submittedMinutesAgo: 200 + i,
      },
      now,
      v2,
    );
  }
  return { jobId: job.id, v1, v2, apps };
}

async function seedApplication(
  orgId: string,
  jobId: string,
  a: SeedApp,
  now: number,
  versionNovaId: string,
): Promise<string> {
  const submittedAt = a.submittedMinutesAgo !== undefined ? new Date(now - a.submittedMinutesAgo * 60_000) : null;
  const candidateEmail = `${a.name.split(" ")[0]!.toLowerCase()}@example.test`;
  const resumeText = `${a.name}\nSenior engineer. 8 years building backend services in Go and TypeScript.`;
  const app = await e2eDb.application.create({
    data: {
      orgId,
      jobId,
      candidateName: a.name,
      candidateEmail,
      resumeText,
      // As the app writes it: the ranking's search matches this (case-insensitively on both databases).
      searchText: searchTextFor({ candidateName: a.name, candidateEmail, resumeText }),
      screeningAnswers: JSON.stringify([{ question: "Notice period?", answer: "Four weeks" }]),
      coverNote: `Hello, I am ${a.name}.`,
      pipelineStatus: a.status,
      errorMessage: a.error ?? null,
      submittedAt,
    },
  });
  if (a.status === "SCORED" || a.status === "PENDING" || a.status === "FAILED") {
    const scored = a.status === "SCORED";
    const sj = await e2eDb.scoringJob.create({
      data: {
        orgId,
        applicationId: app.id,
        novaScoringJobId: `sj_${app.id}`,
        criteriaVersionNovaId: versionNovaId,
        status: scored ? "COMPLETED" : a.status === "PENDING" ? "PENDING" : "FAILED",
        score: scored ? a.score! : null,
        verdict: scored
          ? `${a.name} is a ${a.score! >= 7 ? "strong" : "weak"} match for this role. Second sentence with more detail. Recommend ${a.score! >= 7 ? "interview" : "pass"}.`
          : null,
        strengths: scored
          ? JSON.stringify([`${a.name.split(" ")[0]} ships backend services`, "Go in production"])
          : null,
        concerns: scored ? JSON.stringify(["Kubernetes (not evidenced)"]) : null,
        interviewFocus: scored ? JSON.stringify([`Ask ${a.name.split(" ")[0]} about on-call`]) : null,
        errorMessage: a.status === "FAILED" ? a.error : null,
        // The background reconciler asks Nova about scoring jobs pending for a few seconds, and
        // Nova has never heard of this seeded one: date it ahead so it stays pending for the test.
        submittedAt: a.status === "PENDING" ? new Date(now + 60 * 60_000) : (submittedAt ?? new Date(now)),
        completedAt: scored ? new Date(now) : null,
      },
    });
    await e2eDb.application.update({
      where: { id: app.id },
      data: {
        currentScoringJobId: sj.id,
        currentScore: scored ? a.score! : null,
        currentCriteriaVersionNovaId: scored ? versionNovaId : null,
      },
    });
  }
  return app.id;
}

/** What the poller should pick up: a pending application's score arriving, as the webhook would write it. */
export async function completeScore(applicationId: string, score: number, versionNovaId: string) {
  const app = await e2eDb.application.findUniqueOrThrow({ where: { id: applicationId } });
  await e2eDb.scoringJob.update({
    where: { id: app.currentScoringJobId! },
    data: {
      status: "COMPLETED",
      score,
      verdict: "Arrived while you watched. Solid.",
      strengths: '["Fast"]',
      concerns: "[]",
      interviewFocus: "[]",
      completedAt: new Date(),
    },
  });
  await e2eDb.application.update({
    where: { id: applicationId },
    data: { pipelineStatus: "SCORED", currentScore: score, currentCriteriaVersionNovaId: versionNovaId },
  });
}
