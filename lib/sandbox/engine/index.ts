// PLACEHOLDER engine so the sandbox can be built in parallel; replaced by the real engine
// (branch `engine`). Keep the export shape: `engine` implementing ScoringEngine.
import type { ScoringEngine } from "./types";

export * from "./types";

export const engine: ScoringEngine = {
  generateQuestions: () => ({
    questions: [{ id: "q1", question: "What level of seniority are you targeting?", selectionType: "single", options: ["Junior", "Mid", "Senior"], hint: null }],
    guidance: "Answer to sharpen the generated criteria.",
  }),
  generateCriteria: (ctx) => [
    { text: `Relevant professional experience for the ${ctx.jobTitle} role in similar settings`, importance: "MUST_HAVE" },
    { text: "Clear written communication shown in resume and screening answers overall", importance: "PREFERRED" },
    { text: "Experience with the tools and methods named in the job description", importance: "PREFERRED" },
    { text: "Evidence of ownership of projects from start through to delivery", importance: "NICE_TO_HAVE" },
    { text: "Track record of collaborating closely with cross-functional partner teams", importance: "NICE_TO_HAVE" },
  ],
  score: (input) => {
    const score = Math.max(1, Math.min(10, Math.round(input.resumeText.length / 200)));
    return { score, assessment: { verdict: "Placeholder verdict. Recommend review.", strengths: [], concerns: [], interviewFocus: [] } };
  },
};
