// Shape of the hand-written evaluation set. Grades were written as a recruiter would grade the
// resume against the posting, before the engine was tuned against them.

export type CaseLabel =
  | "strong"
  | "synonyms-only"
  | "keyword-stuffed"
  | "missing-must-have"
  | "off-target"
  | "overqualified"
  | "career-changer"
  | "dates-only"
  | "sparse"
  | "unusual-order"
  | "mixed"
  | "inflated-claims"
  | "expired-credential"
  | "no-work-authorisation"
  | "adjacent-profession"
  | "threshold-miss";

export interface EvalResume {
  id: string;
  label: CaseLabel;
  /** Recruiter grade, 1–10, on Nova's bands. */
  grade: number;
  /** True when a recruiter would say a MUST_HAVE is clearly not met (engine must score ≤ 4). */
  missingMustHave: boolean;
  note: string;
  resumeText: string;
  answers: { question: string; answer: string }[];
}

export interface EvalPosting {
  id: string;
  /** "dev": tune on it. "test": report only, never tune on it (scripts/eval/README.md). */
  split: "dev" | "test";
  field: string;
  style: string;
  jobTitle: string;
  companyName: string;
  jobDescription: string;
  resumes: EvalResume[];
}
