import type { z } from "zod";
import { engine, type ClarificationQuestion } from "../engine";
import type { answerSchema, jobContextSchema } from "../api/schemas";
import { assignIds, createVersion, criteriaOf, type VersionRow } from "./criteria";
import { criteriaLatency } from "../latency";
import { checkAnswers, findLiveQuestionSet } from "./question-sets";

export interface GenerateInput {
  jobContext: z.infer<typeof jobContextSchema>;
  questionSetId?: string;
  answers?: z.infer<typeof answerSchema>[];
}

/**
 * Criteria generation, shared by `POST /v1/jobs/{jobId}/criteria/generate` and the older
 * `POST /v1/criteria/generate`: the new version becomes active; ids of unchanged texts survive.
 * Input is checked first and only then does the "AI" take its time (NOVA_SANDBOX_LATENCY), as
 * Nova refuses a bad request at once. `latencyMs` is the time added, for the sandbox's own header.
 */
export async function generateCriteria(
  tenantId: string,
  jobId: string,
  input: GenerateInput,
): Promise<{ version: VersionRow; latencyMs: number }> {
  let questions: ClarificationQuestion[] | undefined;
  if (input.questionSetId) {
    const set = await findLiveQuestionSet(tenantId, jobId, input.questionSetId);
    questions = JSON.parse(set.questions) as ClarificationQuestion[];
    checkAnswers(questions, input.answers ?? []);
  }
  const latencyMs = await criteriaLatency();
  const generated = engine.generateCriteria(input.jobContext, input.answers, questions);
  const version = await createVersion(tenantId, jobId, {
    source: "generate",
    requireActive: false,
    jobDescription: input.jobContext.jobDescription,
    build: (active) => assignIds(active ? criteriaOf(active) : [], generated),
  });
  return { version, latencyMs };
}
