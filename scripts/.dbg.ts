import { engine, scoreDetailed } from "@/lib/sandbox/engine";
import { EVAL_AS_OF, postings } from "@/scripts/eval/data";
const [pid, ...rids] = process.argv.slice(2);
const p = postings.find((x) => x.id === pid)!;
const criteria = engine.generateCriteria({ jobTitle: p.jobTitle, companyName: p.companyName, jobDescription: p.jobDescription }).map((c, i) => ({ id: `c${i}`, ...c }));
for (const c of criteria) console.log(`${c.importance.padEnd(12)} ${c.text}`);
for (const r of p.resumes.filter((r) => rids.length === 0 || rids.some((x) => r.id.includes(x)))) {
  const b = scoreDetailed({ criteria, resumeText: r.resumeText, applicationAnswers: r.answers, jobDescription: p.jobDescription, asOf: EVAL_AS_OF });
  console.log(`\n${r.id} grade ${r.grade} → ${b.score} raw ${b.raw.toFixed(2)} ${JSON.stringify(b.flags)}`);
  for (const x of b.results) console.log(`  ${x.spec.kind.padEnd(8)} ${x.evidence.strength.toFixed(2)} ${x.evidence.status.padEnd(11)} ${x.text.slice(0, 60)} | ${x.evidence.reason ?? ""} | ${x.evidence.quote?.slice(0, 60) ?? ""}`);
}
