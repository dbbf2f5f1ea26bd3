// Requirements that something is *absent* from the candidate's record: "No DUI/DWI in 5 years",
// "no more than 2 moving violations and no preventable accidents", "a clean driving record",
// "no disciplinary action against your licence". A work history never shows them; the employer
// asks (a screening question that has the candidate list such things) and checks later. So the
// usual reading is inverted: "None" to that question meets the requirement, and the thing named
// in the answer is what fails it. Domain-free: the things asked about are the criterion's own words.

import { type Evidence, type Sources } from "./evidence";
import { UNSTATED_CONDITION, sameStem } from "./checks";
import { contentStems, quote } from "./text";

// "No X …" at the start, "…, no Y", "a clean (driving) record".
const ABSENCE =
  /^(?:must have |with |have )?no\b|,\s*(?:and\s+)?no\s+(?!later\b|less\b)|\bclean (?:\w+ )?(?:record|history|mvr)\b/i;
// The things that must be absent: "no [more than N] <words>" up to a window or a conjunction.
const NAMED =
  /\bno\s+(more than\s+\w+\s+)?((?:[a-z][\w/-]*\s+){0,2}?[a-z][\w/-]*)(?=\s+(?:in|within|during|over|on|and|or|for|since)\b|\s*[,.;)]|\s*$)/gi;
// What a record can hold against a candidate, in any line of work: the only things whose absence
// a requirement asks for. ("No relocation, no exceptions" asks for nothing of the kind.)
const MARKS =
  "violations?|accidents?|convictions?|citations?|tickets?|incidents?|offen[cs]es?|disciplinary|discipline|dui|dwi|felon\\w*|misdemeanou?rs?|suspensions?|revocations?|sanctions?|complaints?|preventables?";
const MARK = new RegExp(`\\b(?:${MARKS})\\b`, "i");
// A screening question that asks the candidate to disclose such things.
const DISCLOSURE = new RegExp(`\\b(?:list|describe|disclose|explain|any|ever)\\b[^?]*\\b(?:${MARKS})\\b`, "i");
// An answer that discloses nothing.
const CLEAN_ANSWER = /^\s*(?:no|none|nothing|nil|zero|0|n\/a|never|clean)\b/i;
// A resume line that says the record is clean.
const CLEAN_LINE = /\bclean (?:\w+ )?(?:record|mvr|psp|history)\b/i;

interface Absent {
  /** Stems of the words naming it ("prevent", "accid"); "DUI/DWI" gives both. */
  stems: string[];
  /** "No more than 2 …": a count is allowed, so naming one is not failing it. */
  limited: boolean;
}

// "No degree required" waives a requirement; it does not ask for a clean record.
const WAIVER = /\bno\b[^,.;]*\b(?:required|needed|necessary|problem|experience)\b/i;

// The same criteria are read against every resume.
const cache = new Map<string, Absent[] | null>();

/** The requirement asks that something be absent: what, or null when it asks for something present. */
export function absentThings(text: string): Absent[] | null {
  let things = cache.get(text);
  if (things === undefined) {
    things = readAbsent(text);
    if (cache.size > 5000) cache.clear();
    cache.set(text, things);
  }
  return things;
}

function readAbsent(text: string): Absent[] | null {
  if (!ABSENCE.test(text) || WAIVER.test(text)) return null;
  const out: Absent[] = [];
  for (const m of text.matchAll(NAMED)) {
    const named = m[2] ?? "";
    if (!MARK.test(named)) continue;
    const stems = contentStems(named.replace(/\//g, " "));
    if (stems.length > 0) out.push({ stems, limited: m[1] !== undefined });
  }
  return out.length > 0 || CLEAN_LINE.test(text) ? out : null;
}

const NEGATED = /\b(?:no|zero|0|never|without)\s+(?:[\w-]+\s+)?$/i;

/** Words of the answer naming one of the things (not "no accidents"), for a thing with no allowance. */
function admits(answer: string, things: Absent[]): boolean {
  for (const w of answer.matchAll(/[A-Za-z][\w-]*/g)) {
    const [s] = contentStems(w[0]);
    if (s === undefined) continue;
    const thing = things.find((t) => !t.limited && t.stems.some((x) => sameStem(x, s)));
    if (thing && !NEGATED.test(answer.slice(Math.max(0, (w.index ?? 0) - 24), w.index))) return true;
  }
  return false;
}

/**
 * Evidence for an absence requirement: a disclosure answer of "none" meets it and one naming the
 * thing fails it; a resume line saying so ("no chargeable accidents", "clean MVR") meets it.
 * Null when neither speaks: then a plain question about it ("Is your driving record clean?")
 * decides as for any requirement, and silence is a condition to check, not a gap.
 */
export function absenceEvidence(things: Absent[], src: Sources): Evidence | null {
  const all = things.flatMap((t) => t.stems);
  for (const qa of src.answers) {
    if (!DISCLOSURE.test(qa.question)) continue;
    const asked = contentStems(qa.question);
    if (things.length > 0 && !all.some((s) => asked.some((q) => sameStem(q, s)))) continue;
    if (!CLEAN_ANSWER.test(qa.answer) && admits(qa.answer, things))
      return {
        strength: 0,
        status: "contradicted",
        quote: null,
        reason: `contradicted by: screening answer "${quote(qa.answer, 80)}"`,
      };
    return {
      strength: 0.85,
      status: "met",
      quote: `screening answer: ${quote(`${qa.question} — "${qa.answer}"`, 120)}`,
      reason: null,
    };
  }
  for (const line of src.resume.lines) {
    // A keyword list ("clean MVR, no accidents, …") claims; it does not state.
    if (line.section === "skills") continue;
    const says =
      CLEAN_LINE.test(line.text) ||
      [...line.text.matchAll(/\b(?:no|zero|0)\s+(?:[\w-]+\s+)?([A-Za-z][\w-]*)/gi)].some((m) => {
        const [s] = contentStems(m[1] ?? "");
        return s !== undefined && all.some((x) => sameStem(x, s));
      });
    if (says) return { strength: 0.75, status: "met", quote: `"${quote(line.text)}"`, reason: null };
  }
  return null;
}

/** Silence about an absence requirement: unverified, as a condition of the job resumes rarely state. */
export function unstatedAbsence(evidence: Evidence): Evidence {
  if (evidence.status === "met" || evidence.status === "contradicted") return evidence;
  return { strength: 0.4, status: "unverified", quote: null, reason: UNSTATED_CONDITION };
}
