// Criterion wording rules: 8–16 words, no importance cue phrases (importance is a separate
// field), readable on its own. Enforced here so every path that creates criteria obeys them.

import type { ConceptKind } from "./vocabulary";
import { SENTENCE_BREAK, words } from "./text";

export const MIN_WORDS = 8;
export const MAX_WORDS = 16;

// Lead-ins that only say who must do something.
const LEAD_INS = [
  /^(?:candidates|applicants|you|the candidate|the successful candidate)\s+(?:must|should|will)\s+(?:have|hold|be|possess)?\s*/i,
  /^(?:you(?:'ll| will)? need(?: to (?:have|hold|be))?|we(?:'re| are) looking for|we require|we need|you have|you've got|you bring|you are|you're)\s+/i,
  /^(?:ideally|preferably|optionally|bonus|plus|also)[,:]?\s+(?:you (?:have|are|will have)\s+)?/i,
  /^(?:must[- ]have|required|nice[- ]to[- ]have|preferred)\s*[:\-]\s*/i,
  /^(?:the )?ideal candidate (?:has|will have|is|brings|holds)\s+/i,
  /^you\s+/i,
];

// Trailing phrases that only restate importance.
const CUE_TAILS =
  /[\s,]*(?:(?:is|are|would be|will be)\s+)?(?:(?:strongly|highly)\s+)?(?:essential|required|needed|preferred|desirable|a (?:big |strong |real |huge )?plus|a bonus|an advantage|mandatory|nice to have|a must|non-negotiable)(?:\s+(?:but not (?:required|essential|mandatory)|for this (?:role|position)|at (?:time of )?hire|for the role|here|this year))*\s*$/i;

// Words a complete phrase cannot end on: a criterion ending in one was cut mid-sentence.
const DANGLING =
  /\b(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|as|is|are|was|were|be|been|has|have|had|that|which|who|whose|what|than|their|our|your|its|this|these|those|very|not|no|including|such|like|per|via|into|about)$/i;

/** Drop trailing words until the phrase ends on a content word (and balanced parentheses). */
function completePhrase(t: string): string {
  let out = t.replace(/[,;:\u2014-]+$/, "").trim();
  for (let i = 0; i < 6 && DANGLING.test(out); i++)
    out = out
      .replace(/\s*\S+$/, "")
      .replace(/[,;:\u2014-]+$/, "")
      .trim();
  if ((out.match(/\(/g) ?? []).length > (out.match(/\)/g) ?? []).length) out = out.replace(/\s*\([^)]*$/, "").trim();
  return out;
}

const PADDING: Record<ConceptKind | "years" | "auth" | "free", string> = {
  skill: "demonstrated in recent professional roles",
  domain: "shown in the candidate's professional work history",
  role: "shown in the candidate's previous job titles",
  licence: "active and shown on the resume",
  certification: "active and current, shown on the resume",
  degree: "completed and listed in the education history",
  field: "completed and listed in the education history",
  language: "at professional working proficiency or better",
  years: "as shown by the dates of previous roles",
  auth: "as confirmed in the screening answers",
  free: "with clear evidence in the candidate's work history",
};

const PADDING_RE = new RegExp(
  `,?\\s*(?:${[...new Set(Object.values(PADDING))].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  "gi",
);

/**
 * A criterion without the verifiability phrase fitWords may have added: what remains is what
 * the requirement is about. Scoring reads this, so padding never dilutes keyword evidence.
 */
export function stripPadding(text: string): string {
  return text.replace(PADDING_RE, "").trim();
}

export function tidy(text: string): string {
  let t = replaceAtEnd(text.replace(/\s+/g, " ").trim(), /[.;:]+$/);
  for (let i = 0; i < 3; i++) {
    const before = t;
    for (const re of LEAD_INS) t = t.replace(re, "");
    t = replaceAtEnd(replaceAtEnd(t, CUE_TAILS), /[.;:,]+$/).trim();
    if (t === before) break;
  }
  if (t.length > 0 && /^[a-z]/.test(t) && !/^(?:dbt|iOS|eBay)\b/.test(t)) t = t[0]!.toUpperCase() + t.slice(1);
  return t;
}

/**
 * End-anchored patterns look at the last TAIL_WINDOW characters only. Their matches are short,
 * but a `$`-anchored pattern that opens with a repeat is retried from every start position: on a
 * long run of separators (" , , , …", a 100,000-character posting line) that is quadratic, and
 * criteria generation took 10–20 s (a recruiter's input; `scripts/bench/engine.ts` times such input).
 */
const TAIL_WINDOW = 300;

function replaceAtEnd(text: string, re: RegExp): string {
  if (text.length <= TAIL_WINDOW) return text.replace(re, "");
  const cut = text.length - TAIL_WINDOW;
  return text.slice(0, cut) + text.slice(cut).replace(re, "");
}

/** Enforce 8–16 words: pad with a kind-specific verifiability phrase, or cut at a clause boundary. */
export function fitWords(text: string, kind: keyof typeof PADDING): string {
  // Measured once complete: "CompTIA A+ certification (required" loses its open aside below.
  let t = completePhrase(text.trim());
  // Several sentences: the first says what is asked ("A minimum of two (2) years … as a school
  // counselor"); later ones qualify it ("Internship hours do not count"). Keep the first that says
  // something checkable on its own, cut to length below if it is long.
  if (words(t).length > MAX_WORDS) {
    const sentences = t.split(SENTENCE_BREAK).map((x) => x.replace(/[.!?]+$/, "").trim());
    if (sentences.length > 1) t = sentences.find((x) => words(x).length >= 4) ?? sentences[0] ?? t;
  }
  if (words(t).length < MIN_WORDS) t = `${t}, ${PADDING[kind]}`;
  if (words(t).length < MIN_WORDS) t = `${t}, ${PADDING.free}`;
  if (words(t).length > MAX_WORDS) {
    const ws = words(t).slice(0, MAX_WORDS);
    // Prefer cutting at the last clause boundary that still leaves at least MIN_WORDS.
    let cut = ws.length;
    for (let i = ws.length - 1; i >= MIN_WORDS; i--) {
      const w = ws[i - 1] ?? "";
      if (/[,;)\u2014]$/.test(w) || /^(?:and|including|with|while|who|which|—)$/.test(ws[i] ?? "")) {
        cut = i;
        break;
      }
    }
    // Never end mid-phrase: a cut criterion must still read as a complete requirement.
    t = completePhrase(ws.slice(0, cut).join(" "));
    if (words(t).length < MIN_WORDS)
      t = completePhrase(`${t}, ${PADDING.free}`.split(/\s+/).slice(0, MAX_WORDS).join(" "));
  }
  t = completePhrase(t);
  return t.replace(/\s+,/g, ",");
}
