// Clarification questions. Ids are positional and stable ("q1", "q2", …) because the same
// posting always yields the same questions; criteria.ts reads answers by question wording too,
// so recruiter-edited question sets still work.

import { analysePosting } from "./criteria";
import type { ClarificationQuestion, JobContext, QuestionSetDraft } from "./types";

export const SENIORITY_OPTIONS = [
  "Junior (0–2 years)",
  "Mid-level (2–5 years)",
  "Senior (5–8 years)",
  "Lead / Principal (8+ years)",
];
export const LOCATION_OPTIONS = [
  "Must already be authorised to work; no sponsorship",
  "Must be able to work on-site or hybrid at the posted location",
  "Both authorisation and location are required",
  "Neither is a requirement",
];

export function buildQuestions(ctx: JobContext): QuestionSetDraft {
  const a = analysePosting(ctx);
  const questions: ClarificationQuestion[] = [];
  const detected = a.years === null ? null : a.years >= 8 ? 3 : a.years >= 5 ? 2 : a.years >= 2 ? 1 : 0;
  questions.push({
    id: "q1",
    question: "What level of seniority are you targeting for this role?",
    selectionType: "single",
    options: SENIORITY_OPTIONS,
    hint:
      detected === null
        ? "The posting does not state years of experience."
        : `The posting asks for ${a.years}+ years, which reads as ${SENIORITY_OPTIONS[detected]}.`,
  });
  if (a.skills.length > 0) {
    questions.push({
      id: `q${questions.length + 1}`,
      question: "Which of these skills or credentials are must-haves?",
      selectionType: "multi",
      options: a.skills.map((s) => s.label),
      hint: "Selected items become MUST_HAVE criteria; unselected skills become preferred.",
    });
  }
  if (a.mentionsAuth || a.mentionsLocation) {
    questions.push({
      id: `q${questions.length + 1}`,
      question: "Do candidates need work authorisation or to be based near a specific location?",
      selectionType: "single",
      options: LOCATION_OPTIONS,
      hint: a.place ? `The posting mentions ${a.place}.` : null,
    });
  }
  return {
    questions,
    guidance:
      "Answer every question; your answers adjust the years-of-experience criterion, which skills are must-haves, and whether authorisation or location is checked.",
  };
}
