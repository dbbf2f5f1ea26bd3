// Writes the assessment a recruiter reads: a 2–3 sentence verdict with a recommendation,
// strengths that quote the resume, concerns tagged the way Nova's product does
// ("(not evidenced)", "(contradicted by: …)", "(unverified: …)"), and interview topics for the
// criteria that were only partly evidenced.

import type { CriterionResult, ScoreBreakdown } from "./score";
import type { Assessment } from "./types";

function short(text: string): string {
  return text.replace(/[.;]+$/, "");
}

function concernFor(r: CriterionResult): string | null {
  const e = r.evidence;
  if (e.strength >= 0.7 && e.status !== "contradicted") return null;
  const tag = r.importance === "MUST_HAVE" ? "Must-have" : r.importance === "PREFERRED" ? "Preferred" : "Nice-to-have";
  if (e.status === "contradicted") return `${tag}: ${short(r.text)} (${e.reason ?? "contradicted by: resume"})`;
  if (e.strength === 0 || e.status === "missing")
    return `${tag}: ${short(r.text)} (${e.reason?.startsWith("not evidenced:") ? e.reason : "not evidenced"})`;
  const reason = e.reason ?? "unverified: weak evidence";
  const tagged = /^(?:unverified|contradicted by|not evidenced)/.test(reason) ? reason : `unverified: ${reason}`;
  return `${tag}: ${short(r.text)} (${tagged})`;
}

export function writeAssessment(b: ScoreBreakdown): Assessment {
  const { score, results, flags } = b;
  const musts = results.filter((r) => r.importance === "MUST_HAVE");
  const mustMet = musts.filter((r) => r.evidence.strength >= 0.7);
  const unmetMust = musts.filter((r) => r.evidence.strength < 0.25 && r.evidence.status !== "unverified");

  const strengths = results
    .filter((r) => r.evidence.strength >= 0.7 && r.evidence.quote)
    .sort((a, b) =>
      a.importance === b.importance ? 0 : a.importance === "MUST_HAVE" ? -1 : b.importance === "MUST_HAVE" ? 1 : 0,
    )
    .slice(0, 5)
    .map((r) => `${short(r.text)}: ${r.evidence.quote}`);

  const concerns: string[] = [];
  for (const r of results) {
    const c = concernFor(r);
    if (c) concerns.push(c);
  }
  if (flags.inflatedClaim) {
    concerns.unshift(
      `Claims ${flags.inflatedClaim.claimed}+ years of experience (contradicted by: dated roles total ${flags.inflatedClaim.dated} years)`,
    );
  }
  if (flags.needsSponsorship)
    concerns.unshift(
      `Must-have: work authorisation without visa sponsorship (contradicted by: screening answer "${short(flags.needsSponsorship).slice(0, 80)}")`,
    );
  if (flags.offTarget)
    concerns.push(
      `Off-target for this role: the resume says the candidate ${flags.offTarget} (unverified: current availability and goals)`,
    );
  if (flags.overqualifiedTitle) {
    concerns.push(
      `Possibly overqualified or seeking a step back: most recent role is "${flags.overqualifiedTitle}" (unverified: motivation for this role)`,
    );
  }
  if (flags.sparse) {
    concerns.unshift(
      `Resume is very sparse (${flags.wordCount} words), so most criteria cannot be verified (not evidenced)`,
    );
  }

  const interviewFocus = results
    .filter(
      (r) =>
        r.evidence.strength >= 0.25 &&
        (r.evidence.strength < 0.7 || (r.evidence.reason !== null && r.evidence.status !== "contradicted")),
    )
    .map((r) => `Probe: ${short(r.text)} — ${r.evidence.reason ?? "evidence is thin"}`);
  if (flags.inflatedClaim)
    interviewFocus.push("Walk through the full employment timeline to reconcile claimed and dated experience");
  if (flags.offTarget) interviewFocus.push("What hours and kind of work the candidate is looking for now");
  if (flags.overqualifiedTitle) interviewFocus.push("Motivation for moving from a leadership role into this position");
  if (interviewFocus.length === 0 && score >= 7)
    interviewFocus.push("Depth and recency of hands-on work behind the strongest claims");

  const mustLine =
    musts.length > 0
      ? `${mustMet.length} of ${musts.length} must-have criteria are evidenced`
      : "no must-have criteria are defined";
  let verdict: string;
  if (score >= 9) {
    verdict = `Exceptional match: ${mustLine}, with supporting evidence in dated roles. Recommend advancing to interview.`;
  } else if (score >= 7) {
    verdict = `Strong fit: ${mustLine}, with minor questions remaining. Recommend advancing to interview.`;
  } else if (score >= 5) {
    const why = flags.inflatedClaim
      ? "but claimed experience is not supported by the dates given"
      : flags.overqualifiedTitle
        ? "but the candidate's recent roles are well above this position"
        : "but some requirements are only partly evidenced or unverified";
    verdict = `Mixed signals: ${mustLine}, ${why}. Consider a screening call before deciding.`;
  } else if (score >= 3) {
    const g = unmetMust[0] ? short(unmetMust[0].text) : "";
    const gap = g ? ` The clearest gap: ${g[0]!.toLowerCase()}${g.slice(1)}.` : "";
    verdict = `Significant gaps: ${mustLine}.${gap} Not recommended for this role unless the gaps can be closed.`;
  } else {
    verdict = `Missing fundamental requirements: ${mustLine}. Do not advance for this role.`;
  }
  if (flags.sparse) {
    verdict = `The resume is too sparse to verify most criteria: ${mustLine}. Consider requesting a fuller resume or a short screening call before deciding.`;
  }

  return { verdict, strengths, concerns, interviewFocus: interviewFocus.slice(0, 5) };
}
