"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Working } from "@/components/ui/working";
import { useAction, useActions } from "@/components/actions";
import type { generateClarificationQuestions } from "@/lib/criteria";
import { CriteriaListEditor } from "./criteria-editor";
import { draftKey, type DraftCriterion } from "./types";

type QuestionsResult = Awaited<ReturnType<typeof generateClarificationQuestions>>;
type Answers = Record<string, string | string[]>;

type Reviewable = { id: string; text: string; importance: DraftCriterion["importance"] }[];

const asDraft = (criteria: Reviewable): DraftCriterion[] =>
  criteria.map((c) => ({ key: draftKey(), id: c.id, text: c.text, importance: c.importance }));

/**
 * Criteria for a job that has none yet: optional clarification questions → Nova generates →
 * preview, editable → save. Every step keeps what the user entered when a call fails. With
 * `review`, it starts at the review step: a stored draft after a reload, or the active criteria
 * of a job nothing was submitted for yet (still the recruiter's to change).
 */
export function CriteriaSetup({
  jobId,
  review,
  reviewNote,
}: {
  jobId: string;
  review?: Reviewable;
  reviewNote?: string;
}) {
  const router = useRouter();
  const { generateClarificationQuestions, generateCriteria, saveDraftCriteria } = useActions();
  const { run, pending, error, setError } = useAction();
  // Which step is running, so only its button shows the spinner (all are disabled meanwhile).
  const [step, setStep] = useState<"questions" | "generate" | "save">();
  const busy = pending ? (step ?? null) : null;
  const [questions, setQuestions] = useState<QuestionsResult>();
  const [answers, setAnswers] = useState<Answers>({});
  const [generated, setGenerated] = useState<DraftCriterion[] | undefined>(() =>
    review ? asDraft(review) : undefined,
  );
  const [draft, setDraft] = useState<DraftCriterion[]>(() => generated ?? []);

  const askQuestions = () => {
    setStep("questions");
    setError(undefined);
    run(() => generateClarificationQuestions({ jobId }), setQuestions);
  };

  const generate = () => {
    setStep("generate");
    setError(undefined);
    run(
      () =>
        generateCriteria(
          questions
            ? {
                jobId,
                questionSetId: questions.questionSetId,
                answers: questions.questions.map((q) => ({
                  id: q.id,
                  value: answers[q.id] ?? (q.selectionType === "multi" ? [] : ""),
                })),
              }
            : { jobId },
        ),
      (version) => {
        const items = asDraft([...version.criteria].sort((a, b) => a.order - b.order));
        setGenerated(items);
        setDraft(items);
      },
    );
  };

  const done = () => {
    router.push(`/jobs/${jobId}`);
    router.refresh();
  };

  const save = () => {
    setError(undefined);
    const cleaned = draft.map((c) => ({ text: c.text.trim(), importance: c.importance })).filter((c) => c.text);
    if (cleaned.length === 0) return setError("Keep at least one criterion.");
    // Always saved: the generated draft becomes the job's criteria only now (an untouched one
    // without a new Nova version, see lib/criteria saveDraftCriteria).
    setStep("save");
    run(() => saveDraftCriteria({ jobId, criteria: cleaned }), done);
  };

  const unanswered = questions?.questions.some((q) => {
    const a = answers[q.id];
    return a === undefined || (Array.isArray(a) ? a.length === 0 : a === "");
  });

  return (
    <div className="space-y-5">
      {error ? <Notice tone="error">{error}</Notice> : null}

      {!generated && !questions ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            Nova drafts the criteria from the job description. A few optional questions first make them sharper.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={askQuestions} pending={busy === "questions"} disabled={busy !== null}>
              Answer clarifying questions
            </Button>
            <Button variant="secondary" onClick={generate} pending={busy === "generate"} disabled={busy !== null}>
              Generate criteria now
            </Button>
          </div>
        </div>
      ) : null}

      {questions && !generated ? (
        <form
          className="space-y-5"
          onSubmit={(e) => {
            e.preventDefault();
            generate();
          }}
        >
          {questions.guidance ? <p className="text-sm text-slate-700">{questions.guidance}</p> : null}
          {questions.questions.map((q) => (
            <fieldset key={q.id} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium text-slate-900">{q.question}</legend>
              {q.hint ? <p className="mb-2 text-xs text-slate-600">{q.hint}</p> : null}
              {q.selectionType === "text" ? (
                // Older Nova generations also ask free-text questions.
                <input
                  type="text"
                  aria-label={q.question}
                  value={typeof answers[q.id] === "string" ? (answers[q.id] as string) : ""}
                  disabled={busy !== null}
                  maxLength={500}
                  className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                  onChange={(e) => setAnswers((prev) => ({ ...prev, [q.id]: e.target.value }))}
                />
              ) : null}
              <div className="space-y-1">
                {q.options.map((opt) => {
                  const multi = q.selectionType === "multi";
                  const current = answers[q.id];
                  const checked = multi ? Array.isArray(current) && current.includes(opt) : current === opt;
                  return (
                    <label key={opt} className="flex items-start gap-2 text-sm text-slate-800">
                      <input
                        type={multi ? "checkbox" : "radio"}
                        name={q.id}
                        value={opt}
                        checked={checked}
                        disabled={busy !== null}
                        className="mt-0.5"
                        onChange={(e) =>
                          setAnswers((prev) => {
                            if (!multi) return { ...prev, [q.id]: opt };
                            const list = Array.isArray(prev[q.id]) ? (prev[q.id] as string[]) : [];
                            return {
                              ...prev,
                              [q.id]: e.target.checked ? [...list, opt] : list.filter((x) => x !== opt),
                            };
                          })
                        }
                      />
                      {opt}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" pending={busy === "generate"} disabled={busy !== null || unanswered}>
              Generate criteria
            </Button>
            {unanswered ? <span className="text-xs text-slate-600">Answer every question to continue.</span> : null}
          </div>
        </form>
      ) : null}

      {busy === "questions" ? (
        <Working label="Nova is preparing a few questions. This usually takes 10–20 seconds…" />
      ) : null}
      {busy === "generate" ? (
        <Working label="Nova is drafting the criteria. This usually takes 10–20 seconds…" />
      ) : null}

      {generated ? (
        <div className="space-y-4">
          <Notice tone={reviewNote ? "info" : "success"}>
            {reviewNote ?? `Nova drafted ${generated.length} criteria. Review and edit them, then save.`}
          </Notice>
          <CriteriaListEditor items={draft} onChange={setDraft} disabled={busy !== null} />
          <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
            <Button onClick={save} pending={busy === "save"} disabled={busy !== null}>
              Save criteria
            </Button>
            <Button variant="ghost" onClick={() => setDraft(generated)} disabled={busy !== null}>
              Undo my edits
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
