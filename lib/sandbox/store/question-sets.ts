import { db } from "@/lib/db";
import type { ClarificationAnswer, ClarificationQuestion } from "../engine";
import { ApiError, notFound } from "../http/errors";

/** Question sets expire an hour after creation (Nova shows `expiresAt` one hour out). */
export const QUESTION_SET_TTL_MS = 60 * 60 * 1000;

export type QuestionSetRow = Awaited<ReturnType<typeof db.sandboxQuestionSet.findFirstOrThrow>>;

export function questionSetJson(set: QuestionSetRow) {
  return {
    id: set.id,
    jobId: set.jobId,
    questions: JSON.parse(set.questions) as ClarificationQuestion[],
    guidance: set.guidance,
    expiresAt: set.expiresAt.toISOString(),
  };
}

/** A live (unexpired) set of this tenant and job, or 404 QUESTION_SET_NOT_FOUND. */
export async function findLiveQuestionSet(tenantId: string, jobId: string, id?: string): Promise<QuestionSetRow> {
  const set = await db.sandboxQuestionSet.findFirst({
    where: { tenantId, jobId, expiresAt: { gt: new Date() }, ...(id ? { id } : {}) },
    orderBy: { createdAt: "desc" },
  });
  if (!set)
    throw notFound(
      "QUESTION_SET_NOT_FOUND",
      id ? `Question set ${id} was not found or has expired.` : `Job ${jobId} has no current question set.`,
    );
  return set;
}

/**
 * ANSWER_MISMATCH (§2.7): every question answered exactly once, nothing extra, a string for
 * single-select and a string[] for multi-select.
 */
export function checkAnswers(questions: ClarificationQuestion[], answers: ClarificationAnswer[]): void {
  const problems: { field: string; code: string; message: string }[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const q = byId.get(a.id);
    if (!q)
      problems.push({ field: `answers.${i}.id`, code: "unknown_question", message: `No question ${a.id} in this set` });
    else if (seen.has(a.id))
      problems.push({ field: `answers.${i}.id`, code: "duplicate_answer", message: `Question ${a.id} answered twice` });
    else if (q.selectionType === "single" && typeof a.value !== "string") {
      problems.push({
        field: `answers.${i}.value`,
        code: "wrong_type",
        message: `Question ${a.id} is single-select: send a string`,
      });
    } else if (q.selectionType === "multi" && !Array.isArray(a.value)) {
      problems.push({
        field: `answers.${i}.value`,
        code: "wrong_type",
        message: `Question ${a.id} is multi-select: send an array of strings`,
      });
    }
    seen.add(a.id);
  });
  for (const q of questions) {
    if (!seen.has(q.id))
      problems.push({ field: "answers", code: "missing_answer", message: `Question ${q.id} is not answered` });
  }
  if (problems.length) {
    throw new ApiError(400, "ANSWER_MISMATCH", "Answers do not match the question set.", { details: problems });
  }
}
