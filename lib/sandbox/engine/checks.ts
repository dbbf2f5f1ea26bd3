// Domain-free checks that read a criterion's own words rather than the vocabulary: a role held
// under that name, a numeric bar ("98%+ accuracy") compared with the numbers a resume states,
// and screening answers that settle a requirement.

import { answerFor, isPending } from "./answers";
import { type Evidence, type Sources, someTermsOnly } from "./evidence";
import { monthIndex } from "./dates";
import { type CriterionSpec, moneyValue } from "./spec";
import { quote, stem } from "./text";

/** Lower-case word stems of a phrase, keeping short tokens ("UX", "HR") that contentStems drops. */
export function nameStems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length >= 2 && !["a", "an", "the", "of", "and", "or", "in", "for"].includes(w))
    .map((w) => stem(w));
}

/** Two stems name the same thing: equal, or sharing their first five letters ("electrical"/"electrician"). */
export function sameStem(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

const hasAll = (needles: string[], hay: string[]) => needles.every((n) => hay.some((h) => sameStem(n, h)));

/** "Previously held a sous chef role…": the name in a job title is proof; elsewhere it is a mention. */
export function roleEvidence(spec: CriterionSpec, src: Sources): Evidence {
  const want = nameStems(spec.roleName ?? "");
  if (want.length === 0)
    return { strength: 0.5, status: "unverified", quote: null, reason: "unverified: no role named" };
  let best: Evidence = {
    strength: 0,
    status: "missing",
    quote: null,
    reason: "not evidenced: no role with this title",
  };
  const now = monthIndex(src.asOf);
  for (const role of src.resume.roles) {
    if (role.section === "projects") continue;
    const inTitle = hasAll(want, nameStems(role.title));
    const inLines = !inTitle && role.lines.some((l) => hasAll(want, nameStems(l)));
    const yearsAgo = (now - role.range.end) / 12;
    const fresh = yearsAgo > 10 ? 0.7 : yearsAgo > 5 ? 0.85 : 1;
    const strength = (inTitle ? 1 : inLines ? 0.5 : 0) * fresh;
    if (strength > best.strength)
      best = {
        strength,
        status: strength >= 0.7 ? "met" : "partial",
        quote: `"${quote(role.title, 90)}" (${role.range.text})`,
        reason: strength >= 0.7 ? null : "partly evidenced: the role is described, not held under this title",
      };
  }
  return best;
}

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*%/g;
const BARE_SCORE =
  /\b(?:scores?|rate|accuracy|averag\w*)\s+(?:of\s+)?(\d{2,3}(?:\.\d+)?)\b(?!\s*(?:\/|out of|points|pts))/gi;
// "2,500 drivers", "~150 employees": a count and the word it counts.
// "an 1,800-attendee meeting" counts its noun with a hyphen.
const COUNT = /(\d{1,3}(?:,\d{3})+|\d+)\+?(?:\s+|-)([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/gi;

/** The figures a line states about the bar's subject: percentages, or counts of that noun. */
const MONEY = /[$£€]\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|bn|b|thousand|million|billion)?\b/gi;

// "$100k a month" against "$90k/mo …; the $250k total": a sum per month and a sum per year (or in
// total) are compared in the bar's own period.
type Period = "month" | "year" | null;
const PER_MONTH = /^\s*(?:\/\s*mo(?:nth)?\b|per month|a month|monthly|each month)/i;
const PER_YEAR = /^\s*(?:\/\s*(?:yr|year)\b|per (?:year|annum)|a year|annual(?:ly)?|total|in total)/i;
export function periodOf(text: string): Period {
  return /\b(?:a|per|each) month\b|\/\s*mo\b|\bmonthly\b/i.test(text)
    ? "month"
    : /\b(?:a|per|each) year\b|\/\s*yr\b|\bannual(?:ly)?\b/i.test(text)
      ? "year"
      : null;
}

function figures(
  line: string,
  bar: NonNullable<CriterionSpec["threshold"]>,
  period: Period = null,
): { value: number; index: number }[] {
  if (bar.unit === "money")
    return [...line.matchAll(MONEY)].map((m) => {
      const value = moneyValue(m[1] ?? "0", m[2]);
      const after = line.slice((m.index ?? 0) + m[0].length);
      const own: Period = PER_MONTH.test(after) ? "month" : PER_YEAR.test(after) ? "year" : null;
      const scaled =
        period === "month" && own === "year" ? value / 12 : period === "year" && own === "month" ? value * 12 : value;
      return { value: scaled, index: m.index ?? 0 };
    });
  if (bar.unit === "percent")
    return line.includes("%")
      ? [...line.matchAll(PERCENT)].map((m) => ({ value: Number(m[1]), index: m.index ?? 0 }))
      : // "audit score 96", "accuracy 99.1": a score out of 100 written without its sign.
        [...line.matchAll(BARE_SCORE)]
          .map((m) => ({ value: Number(m[1]), index: m.index ?? 0 }))
          .filter((f) => f.value <= 100);
  return (
    [...line.matchAll(COUNT)]
      // The counted noun may follow one adjective: "1,400 hourly employees".
      .filter((m) => bar.stems.some((s) => sameStem(s, stem(m[2] ?? "")) || sameStem(s, stem(m[3] ?? ""))))
      .map((m) => ({ value: Number((m[1] ?? "").replace(/,/g, "")), index: m.index ?? 0 }))
  );
}

/**
 * A numeric bar in the criterion, compared with the percentages the resume states about the
 * same thing (a line sharing a word with the bar): 88 % retention does not meet "90 %+".
 */
export function thresholdEvidence(spec: CriterionSpec, src: Sources, evidence: Evidence, text = ""): Evidence {
  const bar = spec.threshold;
  if (!bar) return evidence;
  let best: { value: number; line: string } | null = null;
  // A figure given in answer to a question about the same thing ("What size of book do you
  // manage?" — "$7.5M") is as much a statement as a resume line that names the thing.
  // Its first figure is the candidate's own answer to the employer's question ("$90k/mo owned; the
  // $250k total was split with…"): it stands for the resume's figures, which may be others' budgets.
  const answer = text ? answerFor(text, src.answers) : null;
  const period = periodOf(text);
  const answered = answer ? (figures(answer.answer, bar, period)[0] ?? null) : null;
  const lines = answered
    ? [{ text: answer!.answer, skills: false, about: true }]
    : [
        ...src.resume.lines.map((l) => ({ text: l.text, skills: l.section === "skills", about: false })),
        ...(answer ? [{ text: answer.answer, skills: false, about: true }] : []),
      ];
  // A sum is about the criterion's subject when its line names the thing measured or, for money
  // ("jobs over $20M" against "office building, $18.5M"), any word of the criterion.
  const about = bar.unit === "money" ? [...bar.stems, ...spec.keywords.filter((k) => !/\d/.test(k))] : bar.stems;
  let largestSum = 0;
  for (const line of lines) {
    // A figure in a skills list is a claim, not a result: only achievements in roles count.
    if (line.skills) continue;
    if (bar.unit === "money")
      for (const f of figures(line.text, bar, period)) largestSum = Math.max(largestSum, f.value);
    const stems = nameStems(line.text);
    if (!line.about && !about.some((s) => stems.some((x) => sameStem(s, x)))) continue;
    for (const f of figures(line.text, bar, period)) {
      // "94% (target 98%)": the target is the bar, not the result.
      if (
        /\b(?:target|goal|benchmark|standard|required|vs\.?)\s*(?:of\s*)?$/i.test(
          line.text.slice(Math.max(0, f.index - 14), f.index),
        )
      )
        continue;
      if (!best || f.value > best.value) best = { value: f.value, line: line.text };
      if (answered) break;
    }
  }
  if (!best) return evidence;
  // A sum at the bar elsewhere in the roles may be the one the criterion means: not a shortfall.
  if (best.value < bar.value && largestSum >= bar.value) return evidence;
  // In a years criterion the sum qualifies the years ("7 years … on jobs over $20M"): reaching it
  // does not make up for the years.
  if (best.value >= bar.value && spec.kind === "years") return evidence;
  if (best.value >= bar.value)
    return {
      strength: Math.max(evidence.strength, 0.9),
      status: "met",
      quote: `"${quote(best.line)}"`,
      reason: null,
    };
  return {
    strength: Math.min(evidence.strength, 0.2),
    status: "contradicted",
    quote: `"${quote(best.line)}"`,
    reason:
      bar.unit === "percent"
        ? `contradicted by: ${best.value}% stated, below the ${bar.value}% required`
        : bar.unit === "money"
          ? `contradicted by: ${best.value.toLocaleString("en-US")} stated, below the ${bar.value.toLocaleString("en-US")} required`
          : `contradicted by: ${best.value} ${bar.noun} stated, below the ${bar.value} required`,
  };
}

const CREDENTIAL_OR_AVAILABILITY =
  /licen[cs]|certif|registered|endorse|eligib|authori[sz]|sponsor|availab|shifts?\b|weekends?|evenings?|nights?|driver/i;

/**
 * A screening answer about the same requirement: a clear "no" settles it whatever the resume
 * says (a keyword in a skills list cannot outweigh "not yet licensed"); a "yes" to a credential
 * or availability question is a statement the resume need not repeat.
 */
export function answerCheck(text: string, spec: CriterionSpec, src: Sources, evidence: Evidence): Evidence {
  const m = answerFor(text, src.answers);
  if (!m || m.polarity === null) return evidence;
  // "Must hold or be eligible for a state licence" — "Not yet, applied through reciprocity": on the
  // way to it, which the requirement allows for; not a refusal.
  if (m.polarity === "no" && /\beligib/i.test(text) && isPending(m.answer))
    return {
      strength: 0.5,
      status: "unverified",
      quote: null,
      reason: `unverified: eligible but not yet held (screening answer "${quote(m.answer, 80)}")`,
    };
  if (m.polarity === "no")
    return {
      strength: 0,
      status: "contradicted",
      quote: null,
      reason: `contradicted by: screening answer "${quote(m.answer, 80)}"`,
    };
  if (evidence.strength < 0.7 && evidence.status !== "contradicted" && CREDENTIAL_OR_AVAILABILITY.test(text))
    return {
      strength: 0.75,
      status: "met",
      quote: `screening answer: ${quote(`${m.question} — "${m.answer}"`, 120)}`,
      reason: null,
    };
  void spec;
  return evidence;
}

// Hours outside the standard working day that a posting may require.
export const UNSOCIAL_HOURS =
  /\b(?:nights?|overnight|evenings?|weekends?|saturdays?|sundays?|rotating|on[- ]call|(?:2nd|3rd|second|third|swing|graveyard) shift)\b/i;
// What a resume says about the hours the candidate will work: a limit or a preference.
const HOURS_LIMIT =
  /\b(?:(?:can|could) only work|only available|available only|days only|day shifts? only|weekdays only|no (?:nights|weekends|evenings|night shifts|weekend work)|monday(?: to | - |-)friday only|(?:not|un)available (?:for|on|at) (?:nights|weekends|evenings))\b(?![^.\n]{0,12}\b(?:so far|to date|until now)\b)/i;
export const HOURS_PREFERENCE = /\bprefers? (?:to work )?(?:day|days|daytime|weekday|morning)s?(?: shifts?| hours)?\b/i;

/**
 * "Prefers day shifts" or "weekdays only" in the resume, against a criterion that needs nights,
 * weekends or a rotation: a limit contradicts it, a preference is a concern to raise. A
 * screening answer is the candidate's latest word and is left to decide on its own.
 */
export function hoursCheck(text: string, src: Sources, evidence: Evidence): Evidence {
  if (!UNSOCIAL_HOURS.test(text) || evidence.quote?.startsWith("screening answer")) return evidence;
  for (const line of src.resume.lines) {
    if (HOURS_LIMIT.test(line.text))
      return {
        strength: 0,
        status: "contradicted",
        quote: null,
        reason: `contradicted by: "${quote(line.text, 80)}"`,
      };
    if (HOURS_PREFERENCE.test(line.text))
      return {
        strength: Math.min(evidence.strength, 0.3),
        status: "partial",
        quote: null,
        reason: `partly evidenced: "${quote(line.text, 80)}"`,
      };
  }
  return evidence;
}

// Conditions of the job that a candidate accepts rather than a qualification they show: an
// ordinary driving licence, physical demands, working outdoors, travel, pre-employment checks,
// a minimum age or a home within reach of the site, English, citizenship, and a high-school
// diploma (experienced people rarely list one).
// Resumes rarely state them, so their absence there is a question for the interview, not a gap.
const WORK_CONDITION =
  /\b(?:valid|current|clean|full)(?: \w+)? driv(?:er'?s|ing) licen[cs]e\b|\bdriv(?:er'?s|ing) licen[cs]e\b|\bdriving record\b|\b(?:valid|current)(?: \w+)? DL\b|\bhigh school (?:diploma|education)\b|\bGED\b|\b(?:able|willing|ability|prepared) to (?:work (?:outdoors|outside|in all weather|at heights|in (?:the )?cold)|lift|carry|stand|kneel|climb|travel|drive|pass)\b|\b(?:lift|carry)(?:ing)? (?:up to )?\d+\s*(?:lb|lbs|pounds|kg|kilos)\b|\bbackground check\b|\bdrug (?:test|screen)|\b\d{2} years of age\b|\b(?:live|reside) within\b|\bproficient in (?:written and spoken |spoken and written )?English\b|\bcitizenship\b/i;

export const UNSTATED_CONDITION = "unverified: a condition of the job that resumes rarely state";

/**
 * A condition of the job the resume does not mention is unverified, not missing; a few of its
 * words in the resume ("DOT" for "must pass a DOT drug screen") say nothing about it either.
 */
export function conditionCheck(text: string, evidence: Evidence): Evidence {
  const silent = evidence.status === "missing" || evidence.status === "unverified" || someTermsOnly(evidence);
  if (!silent || evidence.strength >= 0.7 || !WORK_CONDITION.test(text)) return evidence;
  return { strength: 0.4, status: "unverified", quote: null, reason: UNSTATED_CONDITION };
}
