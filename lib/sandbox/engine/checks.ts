// Domain-free checks that read a criterion's own words rather than the vocabulary: a role held
// under that name, a numeric bar ("98%+ accuracy") compared with the numbers a resume states,
// and screening answers that settle a requirement.

import { answerFor } from "./answers";
import type { Evidence, Sources } from "./evidence";
import { monthIndex } from "./dates";
import type { CriterionSpec } from "./spec";
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

/**
 * A numeric bar in the criterion, compared with the percentages the resume states about the
 * same thing (a line sharing a word with the bar): 88 % retention does not meet "90 %+".
 */
export function thresholdEvidence(spec: CriterionSpec, src: Sources, evidence: Evidence): Evidence {
  const bar = spec.threshold;
  if (!bar) return evidence;
  let best: { value: number; line: string } | null = null;
  for (const line of src.resume.lines) {
    if (!line.text.includes("%")) continue;
    const stems = nameStems(line.text);
    if (!bar.stems.some((s) => stems.some((x) => sameStem(s, x)))) continue;
    for (const m of line.text.matchAll(PERCENT)) {
      // "94% (target 98%)": the target is the bar, not the result.
      if (
        /\b(?:target|goal|benchmark|standard|required|vs\.?)\s*(?:of\s*)?$/i.test(
          line.text.slice(Math.max(0, (m.index ?? 0) - 14), m.index),
        )
      )
        continue;
      const v = Number(m[1]);
      if (!best || v > best.value) best = { value: v, line: line.text };
    }
  }
  if (!best) return evidence;
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
    reason: `contradicted by: ${best.value}% stated, below the ${bar.value}% required`,
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
