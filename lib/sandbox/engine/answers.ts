// Screening answers as evidence for any criterion, not only work authorisation: a question
// that asks about the same requirement ("Do you hold an active Colorado journeyman electrician
// license?") decides it when the answer is clearly no, whatever the resume says. Domain-free:
// questions are matched to criteria by shared content words, answers read for polarity.

import { contentStems } from "./text";

export type Polarity = "yes" | "no" | null;

// A posting's questions and criteria are read against every resume: their stems are kept.
// Callers must not change the array they get.
const stemCache = new Map<string, string[]>();
export function stemsOf(text: string): readonly string[] {
  let stems = stemCache.get(text);
  if (!stems) {
    stems = contentStems(text);
    if (stemCache.size > 2000) stemCache.clear();
    stemCache.set(text, stems);
  }
  return stems;
}

// Questions that ask whether the candidate *needs* something: "No" is the good answer.
export const SPONSORSHIP_QUESTION =
  /\b(?:require|need)s?\b[^?]*\b(?:sponsor\w*|visa)\b|\bsponsor\w*\b[^?]*\b(?:require|need)/i;
// An exam still to sit ("exam in March", "exam next month"), not one passed ("passed the exam
// in 2021") nor dated by a year alone.
const PENDING =
  /\bnot yet\b|\bpending\b|\bin progress\b|\bwould be eligible\b|\bafter (?:coursework|graduation)\b|\bworking towards\b|\bstill studying\b|(?<!\bpassed\b[^.;]{0,30})\bexam (?:in|next)\b(?!\s+(?:19|20)\d\d\b)/i;
/** The answer says the credential is on its way: applied for, exam booked, not yet held. */
export function isPending(answer: string): boolean {
  return PENDING.test(answer) || /\bapplied (?:for|to|through)\b/i.test(answer);
}
// "I do not hold…" is not a yes.
const YES =
  /^\s*(?:yes|yep|yeah|y|correct|absolutely|of course|certainly|i do|i am|i can|i have|i hold)\b(?!\s+not\b)/i;
const NO = /^\s*(?:no|nope|n|none|zero|nil)\b/i;
const NO_ANYWHERE =
  /\b(?:do|does|did) not (?:hold|have|possess|meet)\b|\b(?:don't|doesn't|didn't) (?:hold|have|possess|meet)\b|\b(?:cannot|can't|can not|unable|not (?:licensed|certified|authori[sz]ed|eligible|available|able))\b|\bonly (?:work |available )?(?:weekday|days?\b|daytime|mornings)|\bnot (?:a|an) [\w\s/-]{0,40}(?:licen[cs]e|certificat\w*|registration|endorsement)/i;
const POSITIVE_ANYWHERE =
  /\bcitizen\b|green card|permanent resident|settled status|indefinite leave|\bauthori[sz]ed\b|\bno sponsorship (?:needed|required)\b/i;
// Words every credential question shares; they say nothing about *which* credential.
const GENERIC = new Set(
  "hold active valid current licens licence license certif certification eligible able state have you do are".split(
    " ",
  ),
);
// Stemmed forms too ("certific" from "certification"): they say nothing about which credential.
const isGeneric = (w: string) => GENERIC.has(w) || /^(?:certif|licen)/.test(w);

/**
 * "B" to "Select the statement that best describes you: (A) I have at least one year…; (B) I do
 * not have this experience.": a letter answers with the option it names.
 */
export function chosenOption(question: string, answer: string): string {
  const letter = /^\s*\(?([A-Ha-h])\)?[.\s]*$/.exec(answer)?.[1]?.toUpperCase();
  if (!letter) return answer;
  const option = new RegExp(`\\(${letter}\\)\\s*([^;()]+)`).exec(question)?.[1]?.trim();
  return option && option.length > 0 ? option : answer;
}

/** Reads an answer as yes, no, or unclear, for the question it answers. */
export function answerPolarity(question: string, answer: string): Polarity {
  const a = chosenOption(question, answer).trim();
  if (a.length === 0) return null;
  if (SPONSORSHIP_QUESTION.test(question)) {
    if (
      /\b(?:will|would|do|shall)\s+(?:\w+\s+)?(?:require|need)\b|^\s*yes\b/i.test(a) &&
      !/\bno\b|\bnot\b/i.test(a.split(/[,.;—-]/)[0] ?? "")
    )
      return "no";
    if (NO.test(a) || /\bno sponsorship\b|\bnot (?:require|need)/i.test(a)) return "yes";
    return null;
  }
  if (PENDING.test(a)) return "no";
  if (YES.test(a) && !NO_ANYWHERE.test(a) && !deniesSubject(question, a)) {
    // "I hold an LPN license" to an RN question names a different credential: that is a no.
    if (/^\s*i (?:hold|have)\b/i.test(a) && namesOtherCredential(question, a)) return "no";
    return "yes";
  }
  if (NO.test(a) || NO_ANYWHERE.test(a) || deniesSubject(question, a)) return "no";
  if (POSITIVE_ANYWHERE.test(a)) return "yes";
  // "MA 83307, active" to a licence question: its number, or its standing, is the answer.
  if (
    CREDENTIAL_QUESTION.test(question) &&
    (IN_STANDING.test(a) || CREDENTIAL_NUMBER.test(a)) &&
    !/\b(?:lapsed|expired|inactive|revoked|suspended)\b/i.test(a)
  )
    return "yes";
  return null;
}

const CREDENTIAL_QUESTION = /licen[cs]|certif|registration|registered/i;
const IN_STANDING = /\b(?:active|current|valid|in good standing)\b/i;
const CREDENTIAL_NUMBER = /\b[A-Z]{1,5}[ #-]?\d{4,}\b/;

/**
 * "…; no book" to "What size of book do you manage?", "I hold a limited permit, not ARRT" to an
 * ARRT question: "no" or "not" before the question's own subject word denies having it,
 * whatever else the answer says.
 */
function deniesSubject(question: string, answer: string): boolean {
  const q = new Set(stemsOf(question).filter((w) => !isGeneric(w)));
  for (const m of answer.matchAll(/\b(?:not any|not|no|zero)\s+(?:the\s+|an?\s+)?([a-z][\w-]*)/gi)) {
    const [w] = contentStems(m[1] ?? "");
    if (w !== undefined && q.has(w)) return true;
  }
  return false;
}

function namesOtherCredential(question: string, answer: string): boolean {
  if (!/licen[cs]e|certif|registration|endorsement/i.test(answer)) return false;
  // "An Oregon PTA license (physical therapist assistant)" to a physical therapist question:
  // the same words with a junior grade attached name the adjacent, lesser credential.
  if (juniorGradeOnly(question, answer)) return true;
  const q = new Set(contentStems(question).filter((w) => !isGeneric(w)));
  const a = contentStems(answer).filter((w) => !isGeneric(w) && w !== "hold");
  return (
    q.size > 0 && !a.some((w) => q.has(w) || [...q].some((x) => x.length >= 4 && (x.startsWith(w) || w.startsWith(x))))
  );
}

export interface MatchedAnswer {
  question: string;
  answer: string;
  polarity: Polarity;
}

/**
 * The screening answer about the same requirement as a criterion: the question shares at
 * least two distinctive content words with it, and most of its own. Null when none does.
 */
// Each criterion asks for its answer from several checks: the match is kept per answer list.
const answerCache = new WeakMap<readonly { question: string; answer: string }[], Map<string, MatchedAnswer | null>>();

export function answerFor(
  criterionText: string,
  answers: readonly { question: string; answer: string }[],
): MatchedAnswer | null {
  let perText = answerCache.get(answers);
  if (!perText) {
    perText = new Map();
    answerCache.set(answers, perText);
  }
  let match = perText.get(criterionText);
  if (match === undefined) {
    match = matchAnswer(criterionText, answers);
    perText.set(criterionText, match);
  }
  return match;
}

function matchAnswer(
  criterionText: string,
  answers: readonly { question: string; answer: string }[],
): MatchedAnswer | null {
  const c = new Set(stemsOf(criterionText));
  const prefixes = new Set([...c].filter((x) => x.length >= 5).map((x) => x.slice(0, 5)));
  let best: { qa: { question: string; answer: string }; score: number } | null = null;
  for (const qa of answers) {
    const q = stemsOf(qa.question).filter((w) => !["hold", "able", "have", "you"].includes(w));
    if (q.length === 0) continue;
    const shared = q.filter((w) => c.has(w) || (w.length >= 5 && prefixes.has(w.slice(0, 5))));
    const score = shared.length / q.length;
    if (shared.length >= 2 && score >= 0.34 && (!best || score > best.score)) best = { qa, score };
  }
  if (!best) return null;
  const { question, answer } = best.qa;
  return { ...best.qa, polarity: clausePolarity(c, answer) ?? answerPolarity(question, answer) };
}

/**
 * "APCO PST yes. EMD no — we transferred medical calls": one answer to a question about two
 * credentials, a clause each. The clause that names more of the criterion's own words than any
 * other decides for that criterion, when it says a plain yes or no.
 */
function clausePolarity(criterion: ReadonlySet<string>, answer: string): Polarity {
  const clauses = answer.split(/[.;]\s+|,\s+but\s+/).filter((x) => x.trim().length > 0);
  if (clauses.length < 2) return null;
  const named = clauses.map((x) => nameWords(x).filter((w) => criterion.has(w)).length);
  const top = Math.max(...named);
  if (top === 0 || named.filter((n) => n === top).length > 1) return null;
  const clause = clauses[named.indexOf(top)]!;
  const no = /\b(?:no|not|never|none)\b/i.test(clause);
  const yes = /\b(?:yes|current|active|valid)\b/i.test(clause);
  return no === yes ? null : no ? "no" : "yes";
}

/** Lower-case stems of a clause, short tokens ("EMD", "PST") included: they name credentials. */
function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length >= 2)
    .map((w) => contentStems(w)[0] ?? w);
}

/** A junior grade of a profession: its assistant, aide, technician, apprentice or trainee. */
export const JUNIOR_GRADE = /\b(?:assistants?|aides?|technicians?|apprentices?|trainees?|interns?|students?)\b/i;

/** The answer or line adds a junior grade (assistant, aide…) that the requirement does not name. */
export function juniorGradeOnly(requirement: string, text: string): boolean {
  const m = JUNIOR_GRADE.exec(text);
  return m !== null && !JUNIOR_GRADE.test(requirement);
}
