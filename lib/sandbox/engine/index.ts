// The sandbox's offline "AI": deterministic, explainable scoring built from rules and one
// vocabulary module. See docs/decisions/004-scoring-engine.md.

import { writeAssessment } from "./assessment";
import { buildCriteria } from "./criteria";
import { buildQuestions } from "./questions";
import { scoreDetailed } from "./score";
import type { ScoringEngine } from "./types";

export type * from "./types";

export const engine: ScoringEngine = {
  generateQuestions: (ctx) => buildQuestions(ctx),
  generateCriteria: (ctx, answers, questions) =>
    buildCriteria(
      ctx,
      answers ?? [],
      questions ?? (answers && answers.length > 0 ? buildQuestions(ctx).questions : undefined),
    ),
  score: (input) => {
    const breakdown = scoreDetailed(input);
    return { score: breakdown.score, assessment: writeAssessment(breakdown) };
  },
};

export { scoreDetailed } from "./score";
