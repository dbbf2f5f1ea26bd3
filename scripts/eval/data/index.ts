import { accountant } from "./accountant";
import { analyst } from "./analyst";
import { backend } from "./backend";
import { logistics } from "./logistics";
import { nurse } from "./nurse";
import { sales } from "./sales";
import type { EvalPosting } from "./types";

export type { EvalPosting, EvalResume, CaseLabel } from "./types";

/** The fixed "now" for the evaluation set; "Present" in resumes means this date. */
export const EVAL_AS_OF = new Date("2026-11-01T00:00:00Z");

export const postings: EvalPosting[] = [backend, nurse, analyst, sales, logistics, accountant];
