// Engine throughput on one core, in-process:
//   npx tsx scripts/bench/engine.ts
// Prints resumes scored per second and criteria-generation latency (p50/p95/max), over every
// evaluation posting (original and generalisation sets).

import { engine } from "@/lib/sandbox/engine";
import { EVAL_AS_OF, postings } from "../eval/data";

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

const genTimes: number[] = [];
const jobs = postings.map((p) => {
  const ctx = { jobTitle: p.jobTitle, companyName: p.companyName, jobDescription: p.jobDescription };
  engine.generateCriteria(ctx); // warm-up
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    engine.generateCriteria(ctx);
    genTimes.push(performance.now() - t0);
  }
  const criteria = engine.generateCriteria(ctx).map((c, i) => ({ id: `c${i + 1}`, ...c }));
  return { p, criteria };
});

// Vary each resume slightly so no per-text cache can help.
const work = jobs.flatMap(({ p, criteria }) => p.resumes.map((r) => ({ p, criteria, r })));
for (const w of work.slice(0, 20))
  engine.score({
    criteria: w.criteria,
    resumeText: w.r.resumeText,
    applicationAnswers: w.r.answers,
    jobDescription: w.p.jobDescription,
    asOf: EVAL_AS_OF,
  });

const ROUNDS = 20;
let n = 0;
const t0 = performance.now();
// CPU time as well as wall time: on a shared machine the wall clock also counts other
// processes' turns, while CPU seconds are what one core actually spent.
const cpu0 = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) {
  for (const w of work) {
    engine.score({
      criteria: w.criteria,
      resumeText: `${w.r.resumeText}\n${round}`,
      applicationAnswers: w.r.answers,
      jobDescription: w.p.jobDescription,
      asOf: EVAL_AS_OF,
    });
    n++;
  }
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;

console.log(
  `scored ${n} resumes in ${secs.toFixed(2)} s → ${Math.round(n / secs)} resumes/second (single core, in-process)`,
);
console.log(`  ${Math.round(n / cpuSecs)} resumes per CPU-second (${cpuSecs.toFixed(2)} CPU-s)`);
console.log(
  `criteria generation: p50 ${percentile(genTimes, 50).toFixed(2)} ms, p95 ${percentile(genTimes, 95).toFixed(2)} ms, max ${Math.max(...genTimes).toFixed(2)} ms over ${genTimes.length} runs`,
);

// Hostile input at the API's limits (a 100,000-character posting, a resume as long): a
// recruiter controls both, and one slow pattern blocks the sandbox for everyone. A pattern
// retried from every position of a long run of separators once took 10–20 s here.
const hostile: Record<string, string> = {
  "separators before a years clause": `Requirements:\n- ${" ,".repeat(49_000)} with 5+ years of experience`,
  "one long run of commas": `Requirements:\n- a${",".repeat(99_000)} 5 years`,
  "one repeated phrase": `Requirements:\n- ${"licensed electrician with ".repeat(3_800)}4+ years`,
  "table rows": "| a | Required |\n".repeat(6_000),
  "repeated duties": `You will ${"lead the team and ".repeat(5_800)}`,
};
const hostileMs = Object.entries(hostile).map(([name, raw]) => {
  const text = raw.slice(0, 100_000);
  const s = performance.now();
  const generated = engine.generateCriteria({ jobTitle: "Electrician", jobDescription: text });
  const criteria = generated.length
    ? generated.map((c, i) => ({ id: `c${i + 1}`, ...c }))
    : [{ id: "c1", text: "At least 5 years of electrical work", importance: "MUST_HAVE" as const }];
  engine.score({ criteria, resumeText: text, applicationAnswers: [], jobDescription: text, asOf: EVAL_AS_OF });
  return { name, ms: performance.now() - s };
});
const worst = hostileMs.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`hostile input: slowest ${worst.ms.toFixed(0)} ms (${worst.name}) over ${hostileMs.length} cases`);
