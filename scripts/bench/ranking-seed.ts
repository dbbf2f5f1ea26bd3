/**
 * The job bench:ranking and bench:ranking-queries time: n applications in one job through the
 * real schema (triggers and all), 80 % scored (a tenth of those on an older criteria version),
 * the rest pending, not submitted or failed; the top scores carry a full assessment.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const OLD = "cv_bench_old";
const ACTIVE = "cv_bench_active";

/** One job of `n` applications: 80 % scored (10 % of those on an older criteria version), the rest pending, not submitted or failed. */
export async function seedJob(db: PrismaClient, orgId: string, n: number): Promise<string> {
  const job = await db.job.create({
    data: { orgId, title: `Bench ${n}`, company: "Bench", description: "Ranking benchmark job." },
  });
  const v = await db.criteriaVersion.create({ data: { jobId: job.id, novaId: ACTIVE, number: 2, source: "BENCH" } });
  await db.job.update({ where: { id: job.id }, data: { activeCriteriaVersionId: v.id } });
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const started = Date.now() - n * 60_000;
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, (_, k) => {
      const r = rand();
      const status = r < 0.8 ? "SCORED" : r < 0.88 ? "PENDING" : r < 0.95 ? "NOT_SUBMITTED" : "FAILED";
      const scored = status === "SCORED";
      const name = `Candidate ${String(i + k).padStart(6, "0")} ${["Lee", "Kim", "Ng", "Smith", "Garcia"][(i + k) % 5]}`;
      return {
        id: `bench_${n}_${i + k}`,
        orgId,
        jobId: job.id,
        candidateName: name,
        searchText: name.toLowerCase(),
        pipelineStatus: status as "SCORED" | "PENDING" | "NOT_SUBMITTED" | "FAILED",
        currentScore: scored ? Math.floor(rand() * 11) : null,
        currentCriteriaVersionNovaId: scored ? (rand() < 0.1 ? OLD : ACTIVE) : null,
        submittedAt: status === "NOT_SUBMITTED" ? null : new Date(started + (i + k) * 60_000),
      };
    });
    await db.application.createMany({ data: rows });
    // Assessments for the top scores: the rows page 1 shows carry their verdict and lists.
    const top = rows.filter((a) => (a.currentScore ?? 0) >= 9);
    await db.scoringJob.createMany({
      data: top.map((a) => ({
        orgId,
        applicationId: a.id,
        novaScoringJobId: `sj_${a.id}`,
        status: "COMPLETED" as const,
        score: a.currentScore,
        criteriaVersionNovaId: a.currentCriteriaVersionNovaId,
        verdict: "Strong backend match.",
        strengths: JSON.stringify(["Go", "PostgreSQL"]),
        concerns: JSON.stringify(["No Kubernetes"]),
        interviewFocus: JSON.stringify(["System design"]),
        submittedAt: a.submittedAt!,
        completedAt: new Date(),
      })),
    });
  }
  return job.id;
}
