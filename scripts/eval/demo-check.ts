// Demo-data sanity check: runs every demo job (lib/demo/content.ts) through the engine
// in-process and prints criteria and the candidate ranking, then checks the top 3 against
// what a recruiter would expect.
//   npx tsx scripts/eval/demo-check.ts [--verbose]

import { DEMO_JOBS } from "@/lib/demo/content";
import { engine, scoreDetailed } from "@/lib/sandbox/engine";

const AS_OF = new Date("2026-11-01");
const VERBOSE = process.argv.includes("--verbose");

/**
 * Recruiter expectations, written before tuning the engine against the demo data.
 * `strong`: any of these belong in the top 3. `weak`: none of these may be in the top 3.
 */
const EXPECTED: Record<string, { strong: string[]; weak: string[] }> = {
  "Senior Backend Engineer": {
    // Go + PostgreSQL + queues/idempotency with enough years.
    strong: ["Maya Okafor", "Wei Zhang", "Daniel Kim", "Tomás Aguilar", "Lukas Brenner"],
    // Junior, off-target or non-Go profiles.
    weak: ["Ravi Patel", "Hannah Schultz", "Grace Thompson", "Priya Raman"],
  },
  "ICU Registered Nurse": {
    strong: ["Emily Carter", "Amara Nwosu", "Laura Novak", "Fatima Al-Sayed"],
    // Not an RN, or no ICU/acute experience and no ACLS.
    weak: ["Ben Harper", "Jake Morrison", "Noah Williams"],
  },
};

let failures = 0;
for (const job of DEMO_JOBS) {
  const criteria = engine
    .generateCriteria({
      jobTitle: job.title,
      companyName: job.company,
      jobDescription: job.description,
      additionalInfo: job.roleKnowledge,
    })
    .map((c, i) => ({ id: `c${i + 1}`, ...c }));
  console.log(`\n=== ${job.title} (${job.company}) ===`);
  for (const c of criteria) console.log(`  [${c.importance}] ${c.text}`);
  const rows = job.candidates.map((cand) => {
    const input = {
      criteria,
      resumeText: cand.resume,
      applicationAnswers: [],
      jobDescription: job.description,
      roleKnowledge: job.roleKnowledge,
      asOf: AS_OF,
    };
    const r = engine.score(input);
    return {
      name: cand.name,
      score: r.score,
      verdict: r.assessment.verdict,
      detail: VERBOSE ? scoreDetailed(input) : null,
    };
  });
  rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  for (const r of rows) {
    console.log(`  ${String(r.score).padStart(2)}  ${r.name.padEnd(18)} ${r.verdict}`);
    if (r.detail)
      for (const x of r.detail.results)
        console.log(
          `        ${x.evidence.strength.toFixed(2)} ${x.evidence.status.padEnd(11)} ${x.text.slice(0, 60)} — ${x.evidence.reason ?? ""}`,
        );
  }
  const exp = EXPECTED[job.title];
  if (!exp) continue;
  const top3 = rows.slice(0, 3);
  const cutoff = top3[2]?.score ?? 0;
  // Ties at the third place count as top 3 only if the tied candidate is not clearly weak.
  const badTop = rows.filter((r) => r.score >= cutoff && exp.weak.includes(r.name));
  const strongInTop = top3.filter((r) => exp.strong.includes(r.name)).length;
  const ok = badTop.length === 0 && strongInTop === 3;
  if (!ok) failures++;
  console.log(
    `  top 3 ${ok ? "sensible" : "NOT sensible"}: ${top3.map((r) => `${r.name} (${r.score})`).join(", ")}${badTop.length ? `; weak at or above the cut: ${badTop.map((r) => r.name).join(", ")}` : ""}`,
  );
}
console.log(failures === 0 ? "\nAll demo rankings sensible." : `\n${failures} demo job(s) rank implausibly.`);
process.exitCode = failures === 0 ? 0 : 1;
