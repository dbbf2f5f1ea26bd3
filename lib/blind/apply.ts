import { candidateAlias, redactAll, redactIdentity } from "./alias";

interface AssessmentLike {
  verdict: string;
  strengths: string[];
  concerns: string[];
  interviewFocus: string[];
}

interface CandidateLike {
  id: string;
  candidateName: string;
  candidateEmail: string | null;
  assessment: AssessmentLike | null;
}

/**
 * A candidate as blind review shows them: the alias for the name, no email, and the name,
 * contacts and links redacted from the assessment (Nova's verdicts often name the candidate).
 */
export function blindCandidate<T extends CandidateLike>(c: T): T {
  const alias = candidateAlias(c.id);
  const who = { name: c.candidateName, email: c.candidateEmail, alias };
  const a = c.assessment;
  return {
    ...c,
    candidateName: alias,
    candidateEmail: null,
    assessment: a
      ? {
          ...a,
          verdict: redactIdentity(a.verdict, who),
          strengths: redactAll(a.strengths, who),
          concerns: redactAll(a.concerns, who),
          interviewFocus: redactAll(a.interviewFocus, who),
        }
      : null,
  };
}

/** Applies blind review when it is on; the identity otherwise. */
export function maybeBlind<T extends CandidateLike>(on: boolean, rows: T[]): T[] {
  return on ? rows.map(blindCandidate) : rows;
}

interface DetailLike {
  id: string;
  candidateName: string;
  candidateEmail: string | null;
  resumeText: string | null;
  resumeFile: { fileName: string; mimeType: string; size: number } | null;
  screeningAnswers: { question: string; answer: string }[];
  coverNote: string | null;
  attempts: { assessment: AssessmentLike | null }[];
}

/**
 * The candidate page under blind review. The original file (its name and its pages, which carry
 * the name and photo) is withheld; the extracted text is shown redacted instead.
 */
export function blindDetail<T extends DetailLike>(d: T): T & { fileWithheld: boolean } {
  const alias = candidateAlias(d.id);
  const who = { name: d.candidateName, email: d.candidateEmail, alias };
  const r = (s: string) => redactIdentity(s, who);
  return {
    ...d,
    candidateName: alias,
    candidateEmail: null,
    resumeText: d.resumeText === null ? null : r(d.resumeText),
    resumeFile: null,
    fileWithheld: d.resumeFile !== null,
    screeningAnswers: d.screeningAnswers.map((qa) => ({ question: qa.question, answer: r(qa.answer) })),
    coverNote: d.coverNote === null ? null : r(d.coverNote),
    attempts: d.attempts.map((a) => ({
      ...a,
      assessment: a.assessment
        ? {
            ...a.assessment,
            verdict: r(a.assessment.verdict),
            strengths: redactAll(a.assessment.strengths, who),
            concerns: redactAll(a.assessment.concerns, who),
            interviewFocus: redactAll(a.assessment.interviewFocus, who),
          }
        : null,
    })),
  };
}
