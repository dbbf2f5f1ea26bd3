import { db } from "@/lib/db";
import { criteriaLatency, latencyHeaders } from "../latency";
import { engine } from "../engine";
import { json, parseInput, type ApiResult, type TenantContext } from "../http/context";
import { findLiveQuestionSet, QUESTION_SET_TTL_MS, questionSetJson } from "../store/question-sets";
import { questionSetSchema } from "./schemas";

/** POST /v1/jobs/{jobId}/question-sets → 201; every call makes a new set that expires. */
export async function postQuestionSet(ctx: TenantContext): Promise<ApiResult> {
  const { jobContext } = parseInput(questionSetSchema, ctx.body);
  const latencyMs = await criteriaLatency();
  const draft = engine.generateQuestions(jobContext);
  // Nova deletes sets within 24 h of expiry; doing it here needs no cleanup job.
  await db.sandboxQuestionSet.deleteMany({
    where: { tenantId: ctx.tenant.id, expiresAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
  });
  const set = await db.sandboxQuestionSet.create({
    data: {
      tenantId: ctx.tenant.id,
      jobId: ctx.params.jobId!,
      questions: JSON.stringify(draft.questions),
      guidance: draft.guidance,
      expiresAt: new Date(Date.now() + QUESTION_SET_TTL_MS),
    },
  });
  return json(201, { questionSet: questionSetJson(set) }, latencyHeaders(latencyMs));
}

export async function getCurrentQuestionSet(ctx: TenantContext): Promise<ApiResult> {
  return json(200, { questionSet: questionSetJson(await findLiveQuestionSet(ctx.tenant.id, ctx.params.jobId!)) });
}

export async function getQuestionSet(ctx: TenantContext): Promise<ApiResult> {
  return json(200, {
    questionSet: questionSetJson(
      await findLiveQuestionSet(ctx.tenant.id, ctx.params.jobId!, ctx.params.questionSetId!),
    ),
  });
}
