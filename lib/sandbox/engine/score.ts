// Score = importance-weighted evidence, mapped onto Nova's 1–10 bands, then gated by the
// must-haves: a clearly unmet MUST_HAVE caps at 4, a partly evidenced one keeps the score in
// the middle bands, and 9–10 needs every must-have verified.

import {
  AUTH_RESUME,
  AUTH_TOPIC,
  type Evidence,
  LOCATION_TOPIC,
  SKILLS_ONLY,
  type Sources,
  answerEvidence,
  conceptEvidence,
  degreeEvidence,
  keywordEvidence,
  roleInLine,
  someTermsOnly,
  yearsAnswerEvidence,
  yearsEvidence,
  yearsFacts,
} from "./evidence";
import { SPONSORSHIP_QUESTION, answerPolarity } from "./answers";
import { isFillerCriterion } from "./criteria";
import {
  HOURS_PREFERENCE,
  UNSOCIAL_HOURS,
  UNSTATED_CONDITION,
  answerCheck,
  conditionCheck,
  hoursCheck,
  roleEvidence,
  thresholdEvidence,
} from "./checks";
import { absenceEvidence, absentThings, unstatedAbsence } from "./record";
import { type ParsedResume, parseResume } from "./sections";
import { contentStems } from "./text";
import { type CriterionSpec, parseCriterion } from "./spec";
import type { Importance, ScoringInput } from "./types";
import { stripPadding } from "./wording";

export const WEIGHTS: Record<Importance, number> = { MUST_HAVE: 3, PREFERRED: 2, NICE_TO_HAVE: 1 };

export interface CriterionResult {
  id: string;
  text: string;
  importance: Importance;
  spec: CriterionSpec;
  evidence: Evidence;
}

export interface Flags {
  sparse: boolean;
  wordCount: number;
  /** "claims 10 years, dates show 3.2" */
  inflatedClaim: { claimed: number; dated: number } | null;
  /** Latest title is a management/executive role above an individual-contributor posting. */
  overqualifiedTitle: string | null;
  /** The resume says the candidate wants something else: part-time hours, or no hands-on work. */
  offTarget: string | null;
  /** The employer's own screening question about visa sponsorship, answered "will need it". */
  needsSponsorship: string | null;
}

// "We can sponsor", "visa sponsorship available": then needing it is no obstacle.
const OFFERS_SPONSORSHIP =
  /\b(?:will|can|may|happy to|able to) sponsor\b|\bsponsorship (?:is |may be )?(?:available|provided|offered|possible|considered)\b/i;

/**
 * A posting that asks "Will you now or in the future require sponsorship?" screens on it, whether
 * or not a criterion says so: "will need H-1B sponsorship" is a clear miss, as a "no" to a licence
 * question is. The answer quoted, or null.
 */
function sponsorshipNeeded(answers: ScoringInput["applicationAnswers"], jobDescription: string): string | null {
  if (OFFERS_SPONSORSHIP.test(jobDescription)) return null;
  const qa = answers.find(
    (a) => SPONSORSHIP_QUESTION.test(a.question) && answerPolarity(a.question, a.answer) === "no",
  );
  return qa ? qa.answer : null;
}

// What a candidate says about the job they want, in any field: fewer hours than a full-time
// posting, or years away from the hands-on work the posting is for.
const PART_TIME =
  /\bpart[- ]time\b|\b(?:[1-9]|1\d|2\d)\s*hours (?:a|per) week\b|\b(?:one|two|three|1|2|3)[- ](?:or (?:two|three)[- ])?days? (?:a|per) week\b|\b(?:one|two|three) classes\b/i;
const HANDS_OFF =
  /\b(?:have not|haven't|no longer|not)\b[^.\n]{0,40}\b(?:hands-on|myself|produced|run|done)\b[^.\n]{0,30}\bsince (?:19|20)\d\d\b|\bno (?:line|staffing|clinical|field|individual) (?:shifts|work|accounts)\b|\bnot hands-on\b|\bcrews handle (?:the )?field work\b/i;

const ASKS_ABILITY =
  /\b(?:can you|could you|are you (?:able|available|willing|ok|okay|comfortable)|will you be able|would you be able|able to)\b/i;
const JOB_CONDITION = /\b(?:shifts?|schedule|travel\w*|hours)\b/i;

const REFUSES_HOURS = "refused the job's hours in a screening answer";
const WANTS_OTHER_TERMS = /\bonly (?:be )?interested (?:in|if)\b|\bonly if you\b|\bnot interested in\b/i;

function offTargetOf(
  resume: ParsedResume,
  jobDescription: string,
  answers: ScoringInput["applicationAnswers"],
): string | null {
  const text = resume.lines.map((l) => l.text).join("\n");
  // A part-time contract that has ended is history, not the hours the candidate wants now.
  const latestEnd = Math.max(0, ...resume.roles.map((r) => r.range.end));
  const ended = (l: ParsedResume["lines"][number]) => l.role !== null && resume.roles[l.role]!.range.end < latestEnd;
  // A screening answer says what the candidate wants as plainly as the resume does; a clear
  // "no" to the job's hours is a refusal, as a "no" to a licence question is.
  const partTimeAnswers = answers.filter((a) => PART_TIME.test(a.answer));
  if (
    partTimeAnswers.some((a) => answerPolarity(a.question, a.answer) === "no") &&
    !/\bpart[- ]time\b/i.test(jobDescription)
  )
    return REFUSES_HOURS;
  // A clear "no" to a screening question that asks whether the candidate can work the job's
  // hours or travel ("This role works one weekend in four. Are you able to work that schedule?"
  // "No") refuses a condition of the job, whatever the posting's criteria say about it.
  if (
    answers.some(
      (a) =>
        ASKS_ABILITY.test(a.question) &&
        (UNSOCIAL_HOURS.test(a.question) || JOB_CONDITION.test(a.question)) &&
        answerPolarity(a.question, a.answer) === "no",
    )
  )
    return REFUSES_HOURS;
  // "Yes — but I'm only interested if you lease on owner-operators": interest on other terms.
  const otherTerms = answers.find((a) => WANTS_OTHER_TERMS.test(a.answer));
  if (otherTerms) return "wants the job on other terms than the posting's";
  const wantsPartTime =
    partTimeAnswers.some((a) => answerPolarity(a.question, a.answer) === null) ||
    resume.lines.some((l) => !ended(l) && PART_TIME.test(l.text));
  if (wantsPartTime && !/\bpart[- ]time\b/i.test(jobDescription)) return "wants part-time or reduced hours";
  if (HANDS_OFF.test(text)) return "has not done the hands-on work for years";
  if (HOURS_PREFERENCE.test(text) && UNSOCIAL_HOURS.test(jobDescription)) return "prefers other hours than the job's";
  return null;
}

export interface ScoreBreakdown {
  score: number;
  raw: number;
  results: CriterionResult[];
  flags: Flags;
}

// Cache parsed criteria: the same few criteria are scored against many resumes.
const specCache = new Map<string, CriterionSpec>();
function specFor(text: string): CriterionSpec {
  let s = specCache.get(text);
  if (!s) {
    s = parseCriterion(text);
    if (specCache.size > 5000) specCache.clear();
    specCache.set(text, s);
  }
  return s;
}

// The same posting is scored against many resumes: its words are read once.
const jobCache = new Map<string, ReadonlySet<string>>();
function jobStemsFor(description: string): ReadonlySet<string> {
  let set = jobCache.get(description);
  if (!set) {
    set = new Set(contentStems(description));
    if (jobCache.size > 500) jobCache.clear();
    jobCache.set(description, set);
  }
  return set;
}

function evaluate(spec: CriterionSpec, src: Sources): Evidence {
  switch (spec.kind) {
    case "years":
      return yearsEvidence(spec, src);
    case "auth":
      return answerEvidence(spec, src, AUTH_TOPIC, AUTH_RESUME);
    case "location":
      return answerEvidence(spec, src, LOCATION_TOPIC, /\b(?:willing to relocate|open to relocation)\b/i);
    case "degree":
      return degreeEvidence(spec, src);
    case "concepts":
      return withOwnWords(conceptEvidence(spec, src), spec, src);
    case "role":
      return roleEvidence(spec, src);
    case "free":
      return keywordEvidence(spec, src);
  }
}

/**
 * A score above its cap lands in the cap's band (cap − 1 … cap) by how far above it the
 * evidence reaches: reaching the cap needs a margin of a quarter of the way to 10. Candidates
 * held at 5, 6 or 8 by partly evidenced must-haves are still separated by everything else;
 * the gate below 5 (an unmet must-have) stays a hard ceiling, as a recruiter's would.
 */
export function withinBand(score: number, cap: number): number {
  if (score <= cap || cap < 5) return Math.min(score, cap);
  const over = (score - cap) / ((10 - cap) * 0.25);
  return cap - 1 + Math.min(1, over);
}

// Words of a criterion that say how, not what: they cannot carry a match on their own.
const HOW_WORDS = new Set([
  "hand",
  "hands",
  "knowledge",
  "familiar",
  "proficien",
  "profici",
  "fluenc",
  "fluency",
  "advanc",
  "advanced",
  "practical",
  "working",
  "proven",
  "track",
  "record",
  "ability",
]);

/**
 * The vocabulary names a tool or domain the resume does not, but the resume may say it in the
 * criterion's own words ("SAP extended warehouse management" for "warehouse management system
 * (WMS) such as SAP EWM"): a role line carrying most of those words is evidence, never full.
 */
function withOwnWords(evidence: Evidence, spec: CriterionSpec, src: Sources): Evidence {
  // "OSHA 30 planned for 2027" named the credential and said it is not held yet.
  if (evidence.strength >= 0.5 || evidence.status === "contradicted" || /not yet held/.test(evidence.reason ?? ""))
    return evidence;
  const keywords = spec.keywords.filter((k) => !HOW_WORDS.has(k));
  if (keywords.length < 2) return evidence;
  // Own words are weaker than a named tool: only roles in this line of work may carry them
  // (a salesperson's "renewals" are not a customer-success manager's).
  const related = new Set(src.resume.roles.flatMap((r, i) => (roleInLine(r.title, spec, src) ? [i] : [])));
  const lines = src.resume.lines.filter((l) => l.role !== null && related.has(l.role));
  const own = keywordEvidence({ ...spec, keywords }, { ...src, answers: [], resume: { ...src.resume, lines } });
  // One shared word is coincidence ("Account Executive" for "executive stakeholders"): a line
  // must carry at least half of the words checked (two of four) to count.
  if (own.strength < 0.5 || own.strength <= evidence.strength) return evidence;
  return { ...own, strength: Math.min(own.strength, 0.6) };
}

const EXEC_TITLE = /\b(?:vp|vice president|director|head of|chief|cto|ceo|coo|cfo)\b/i;

/**
 * The posting uses the title's senior-sounding word for the job itself ("party chief", "head of
 * section" asked for in the posting): the word next to a word of the candidate's title, within
 * three words. Then the title is the job, not a rank above it.
 */
function postingNamesTitle(title: string, description: string): boolean {
  const exec = EXEC_TITLE.exec(title)?.[0]?.toLowerCase();
  if (!exec) return false;
  const others = new Set(contentStems(title).filter((w) => !exec.includes(w)));
  const words = description.toLowerCase().split(/[^a-z0-9']+/);
  const execWords = exec.split(" ");
  return words.some((w, i) => {
    if (w !== execWords[0]) return false;
    const near = words.slice(Math.max(0, i - 3), i + execWords.length + 3);
    return near.some((n) => others.has(contentStems(n)[0] ?? ""));
  });
}

/** A posting's first line (its title, as postings are written), without reading the rest. */
function firstLine(text: string): string {
  const head = text.slice(0, 400).trimStart();
  const end = head.indexOf("\n");
  return head.slice(0, end < 0 ? 200 : Math.min(end, 200));
}

export function scoreDetailed(input: ScoringInput): ScoreBreakdown {
  const resume = parseResume(input.resumeText, input.asOf);
  const src: Sources = {
    resume,
    // A copy per call: answer matches are cached per list, and a list the caller changes later
    // must not find them.
    answers: [...input.applicationAnswers],
    context: input.context ?? "",
    asOf: input.asOf,
    jobStems: jobStemsFor(input.jobDescription),
    jobTitle: firstLine(input.jobDescription),
  };
  const results: CriterionResult[] = input.criteria.map((c) => {
    const spec = specFor(c.text);
    const stated = yearsAnswerEvidence(spec, src, evaluate(spec, src));
    let evidence = thresholdEvidence(spec, src, stated, c.text);
    const absent = absentThings(stripPadding(c.text));
    const absence = absent ? absenceEvidence(absent, src) : null;
    if (absence) evidence = absence;
    else if (spec.kind !== "auth") evidence = answerCheck(c.text, spec, src, evidence);
    if (absent && !absence) evidence = unstatedAbsence(evidence);
    if (spec.kind === "free") evidence = hoursCheck(c.text, src, evidence);
    evidence = conditionCheck(c.text, evidence);
    return { id: c.id, text: c.text, importance: c.importance, spec, evidence };
  });

  // A keyword-stuffed profile: several requirements named only in a skills list that none of
  // the dated roles backs. One listed tool is normal; a list standing in for experience is not.
  let stuffed = false;
  if (resume.roles.length > 0) {
    const listedOnly = results.filter((r) => (r.evidence.reason ?? "").includes(SKILLS_ONLY));
    stuffed = listedOnly.length >= 2;
    if (stuffed)
      for (const r of listedOnly)
        r.evidence = {
          ...r.evidence,
          strength: Math.min(r.evidence.strength, 0.1),
          status: "missing",
          reason: `not evidenced: ${SKILLS_ONLY}, and no role backs it`,
        };
  }

  // A very short resume with no work history is not evidence of absence: what it does not
  // mention is unknown, so it lands low-to-mid with "not evidenced" concerns instead of
  // failing. A short resume that does list roles is different: its roles show what the
  // candidate does, so missing evidence there is real.
  const sparse = resume.wordCount < 60 && resume.roles.length === 0;
  if (sparse) {
    for (const r of results) {
      if (r.evidence.strength < 0.2 && r.evidence.status === "missing") {
        r.evidence = {
          ...r.evidence,
          strength: 0.2,
          status: "unverified",
          reason: "not evidenced: the resume is too sparse to tell",
        };
      }
    }
  }

  let num = 0;
  let den = 0;
  for (const r of results) {
    // A criterion the engine added only to fill the list (the posting stated fewer than five
    // requirements) can credit a candidate but not hold one back: weak evidence on it is left
    // out, so meeting everything the posting asked is not pulled to mid-band by the padding.
    if (isFillerCriterion(r.text) && r.importance !== "MUST_HAVE" && r.evidence.strength < 0.5) continue;
    num += WEIGHTS[r.importance] * r.evidence.strength;
    den += WEIGHTS[r.importance];
  }
  const raw = den > 0 ? num / den : 0;

  // Claimed experience that the dates do not support is a credibility concern.
  let inflatedClaim: Flags["inflatedClaim"] = null;
  const anyYears = results.find((r) => r.spec.kind === "years");
  const facts = yearsFacts(anyYears?.spec ?? specFor("experience"), src);
  if (facts.claimedYears !== null && resume.roles.length > 0 && facts.claimedYears >= facts.totalYears + 3) {
    inflatedClaim = { claimed: facts.claimedYears, dated: facts.totalYears };
  }
  const latest = [...resume.roles].sort((a, b) => b.range.end - a.range.end || b.range.start - a.range.start)[0];
  const jobText = `${input.jobDescription.split("\n")[0] ?? ""}`;
  const overqualifiedTitle =
    latest &&
    EXEC_TITLE.test(latest.title) &&
    !EXEC_TITLE.test(jobText) &&
    !postingNamesTitle(latest.title, input.jobDescription)
      ? latest.title
      : null;
  const offTarget = offTargetOf(resume, input.jobDescription, input.applicationAnswers);
  const needsSponsorship = results.some((r) => r.spec.kind === "auth")
    ? null
    : sponsorshipNeeded(input.applicationAnswers, input.jobDescription);
  const flags: Flags = {
    sparse,
    wordCount: resume.wordCount,
    inflatedClaim,
    overqualifiedTitle,
    offTarget,
    needsSponsorship,
  };

  let score = 1 + 9 * raw;
  // Claiming twice what the dates show is a credibility problem, not a rounding error.
  if (inflatedClaim) score -= inflatedClaim.claimed >= 2 * inflatedClaim.dated ? 2 : 1;
  // An executive title and "not hands-on since …" usually say the same thing: count it once.
  if (overqualifiedTitle && !offTarget) score -= 1;
  // Qualified on paper but after a different job: a recruiter would not put them at the top.
  if (offTarget) score = Math.min(score - 1, offTarget === REFUSES_HOURS ? 4 : 5);

  const musts = results.filter((r) => r.importance === "MUST_HAVE");
  const unmet = musts.filter((r) => r.evidence.strength < 0.25 && r.evidence.status !== "unverified");
  // Some of a free-text criterion's words in a role is uncertain, not a shortfall: the wording
  // may differ while the work is the same, so it lowers the score without setting the band.
  const wordingOnly = (r: CriterionResult) => r.spec.kind === "free" && someTermsOnly(r.evidence);
  // Nor does a condition of the job the resume is silent about: resumes rarely state them.
  const unstated = (r: CriterionResult) =>
    r.evidence.reason === UNSTATED_CONDITION || (r.spec.kind === "auth" && r.evidence.status === "unverified");
  const partial = musts.filter(
    (r) => r.evidence.strength < 0.7 && !unmet.includes(r) && !wordingOnly(r) && !unstated(r),
  );
  // The must-haves set the top of the band the evidence supports; the rest of the evidence
  // places the candidate within it, so capped candidates do not all tie at the cap.
  let cap = 10;
  if (unmet.length > 0 || needsSponsorship) cap = 4;
  // A list standing in for experience is a credibility problem, as two unmet must-haves are.
  if (unmet.length >= 2 || (stuffed && unmet.length > 0)) cap = 3;
  // Partly evidenced or unverified must-haves are Nova's "mixed signals" band (5–6).
  else if (partial.length >= 2) cap = Math.min(cap, 5);
  else if (partial.length === 1) cap = Math.min(cap, 6);
  if (musts.some((r) => r.evidence.strength < 0.85)) cap = Math.min(cap, 8);
  score = withinBand(score, cap);

  const final = Math.max(1, Math.min(10, Math.round(score)));
  return { score: final, raw, results, flags };
}
