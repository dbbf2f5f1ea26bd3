// The scoring engine's interface: what the sandbox needs from "the AI".
// Pure and deterministic: no I/O, no clock, no randomness. The same input always gives the
// same output, so the sandbox can call it from any worker on any instance.

import type { Importance } from "@/lib/nova/importance";

export type { Importance };

export interface JobContext {
  jobTitle: string;
  companyName?: string;
  jobDescription: string;
  /** Hiring-team priorities (Nova `roleKnowledge` / `jobContext.additionalInfo`). */
  additionalInfo?: string;
  language?: string;
}

export interface GeneratedCriterion {
  text: string;
  importance: Importance;
}

export interface ClarificationQuestion {
  id: string;
  question: string;
  selectionType: "single" | "multi";
  options: string[];
  hint: string | null;
}

export interface QuestionSetDraft {
  questions: ClarificationQuestion[];
  guidance: string;
}

/** An answer to a clarification question: string for single-select, string[] for multi. */
export interface ClarificationAnswer {
  id: string;
  value: string | string[];
}

export interface ScoringInput {
  criteria: { id: string; text: string; importance: Importance }[];
  resumeText: string;
  applicationAnswers: { question: string; answer: string }[];
  /** Cover letter or notes (Nova `applicationData.context`). */
  context?: string;
  jobDescription: string;
  roleKnowledge?: string;
  /** "now" for computing "Present" in date ranges; passed in so scoring stays deterministic. */
  asOf: Date;
}

export interface Assessment {
  verdict: string;
  strengths: string[];
  concerns: string[];
  interviewFocus: string[];
}

export interface ScoringResult {
  /** Integer 1–10 in Nova's bands. */
  score: number;
  assessment: Assessment;
}

export interface ScoringEngine {
  generateQuestions(ctx: JobContext): QuestionSetDraft;
  /** 5–8 criteria of 8–16 words; `answers` (to `generateQuestions`' questions) change the result. */
  generateCriteria(
    ctx: JobContext,
    answers?: ClarificationAnswer[],
    questions?: ClarificationQuestion[],
  ): GeneratedCriterion[];
  score(input: ScoringInput): ScoringResult;
}
