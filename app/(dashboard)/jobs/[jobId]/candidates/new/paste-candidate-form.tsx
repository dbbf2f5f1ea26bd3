"use client";

import { useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { addApplication } from "../actions";
import { submitFlag, type AddCandidatesProps } from "./upload-queue";

interface Pair {
  key: number;
  question: string;
  answer: string;
}

/** One candidate from pasted text, with screening answers and a cover note. */
export function PasteCandidateForm({ jobId, submitNow, onAdded }: AddCandidatesProps) {
  // A field's problem shows beside the field only (fieldErrors); the banner is for everything else.
  const { run, pending, formError, fieldErrors = {}, setError } = useAction();
  const [done, setDone] = useState<string>();
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [nextKey, setNextKey] = useState(1);
  // Same email or same text already in the job: the recruiter chooses to skip or add anyway.
  const [duplicate, setDuplicate] = useState<{ message: string; fd: FormData; form: HTMLFormElement }>();

  const send = (fd: FormData, form: HTMLFormElement) =>
    run(
      () => addApplication(fd),
      (data) => {
        setDuplicate(undefined);
        setDone(`${fd.get("candidateName")} was added${data.error ? `, but: ${data.error}` : "."}`);
        form.reset();
        setPairs([]);
        onAdded(1);
      },
      (failure) => {
        setDone(undefined);
        // A possible duplicate is a question for the recruiter (skip or add anyway), not an error.
        if (failure.code === "DUPLICATE") {
          setError(undefined);
          setDuplicate({ message: failure.error, fd, form });
        }
      },
    );

  return (
    <form
      className="mt-4 space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const fd = new FormData(form);
        fd.set("jobId", jobId);
        fd.set("submitNow", submitFlag(submitNow));
        const answers = pairs
          .filter((p) => p.question.trim() && p.answer.trim())
          .map(({ question, answer }) => ({ question: question.trim(), answer: answer.trim() }));
        fd.set("screeningAnswers", JSON.stringify(answers));
        setDuplicate(undefined);
        send(fd, form);
      }}
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {duplicate ? (
        <Notice tone="warning">
          <p>Possible duplicate: {duplicate.message}</p>
          <div className="mt-2 flex gap-2">
            <Button
              type="button"
              size="sm"
              variant="secondary"
              pending={pending}
              onClick={() => {
                duplicate.fd.set("allowDuplicate", "1");
                send(duplicate.fd, duplicate.form);
              }}
            >
              Add anyway
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() => {
                duplicate.form.reset();
                setPairs([]);
                setDuplicate(undefined);
                setDone("Skipped: the candidate was not added again.");
              }}
            >
              Skip
            </Button>
          </div>
        </Notice>
      ) : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="paste-name" label="Name" error={fieldErrors.candidateName?.[0]}>
          <Input
            id="paste-name"
            name="candidateName"
            required
            invalid={!!fieldErrors.candidateName}
            autoComplete="off"
          />
        </Field>
        <Field id="paste-email" label="Email (optional)" error={fieldErrors.candidateEmail?.[0]}>
          <Input
            id="paste-email"
            name="candidateEmail"
            type="email"
            invalid={!!fieldErrors.candidateEmail}
            autoComplete="off"
          />
        </Field>
      </div>
      <Field id="paste-text" label="Resume text" error={fieldErrors.resumeText?.[0]}>
        <Textarea id="paste-text" name="resumeText" rows={8} required invalid={!!fieldErrors.resumeText} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Screening answers (optional)</legend>
        {pairs.map((p, i) => (
          <div key={p.key} className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_auto]">
            <Input
              aria-label={`Question ${i + 1}`}
              placeholder="Question"
              value={p.question}
              onChange={(e) =>
                setPairs((all) => all.map((x) => (x.key === p.key ? { ...x, question: e.target.value } : x)))
              }
            />
            <Input
              aria-label={`Answer ${i + 1}`}
              placeholder="Answer"
              value={p.answer}
              onChange={(e) =>
                setPairs((all) => all.map((x) => (x.key === p.key ? { ...x, answer: e.target.value } : x)))
              }
            />
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => setPairs((all) => all.filter((x) => x.key !== p.key))}
            >
              Remove<span className="sr-only"> question {i + 1}</span>
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => {
            setPairs((all) => [...all, { key: nextKey, question: "", answer: "" }]);
            setNextKey((k) => k + 1);
          }}
        >
          Add a question
        </Button>
      </fieldset>
      <Field id="paste-cover" label="Cover note (optional)">
        <Textarea id="paste-cover" name="coverNote" rows={3} />
      </Field>
      <Button type="submit" pending={pending}>
        Add candidate
      </Button>
    </form>
  );
}
