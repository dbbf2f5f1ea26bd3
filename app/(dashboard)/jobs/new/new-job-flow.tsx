"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentProps } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/card";
import { CriteriaSetup } from "@/components/criteria/criteria-setup";
import { createJob, updateJob } from "../actions";

interface Details {
  title: string;
  company: string;
  description: string;
  roleKnowledge: string;
}

export function NewJobFlow({
  initial,
  draftCriteria,
}: {
  initial?: Details & { jobId: string };
  /** Criteria generated before a reload and not saved yet: the review resumes with them. */
  draftCriteria?: ComponentProps<typeof CriteriaSetup>["review"];
}) {
  const router = useRouter();
  const [jobId, setJobId] = useState(initial?.jobId);
  const [editing, setEditing] = useState(!initial);
  const [details, setDetails] = useState<Details>(
    initial ?? { title: "", company: "", description: "", roleKnowledge: "" },
  );
  const { run, pending, error, fieldErrors = {} } = useAction();

  const set = (k: keyof Details) => (e: { target: { value: string } }) =>
    setDetails((d) => ({ ...d, [k]: e.target.value }));

  const submit = () => {
    const input = { ...details, roleKnowledge: details.roleKnowledge.trim() || undefined };
    run(
      () => (jobId ? updateJob({ jobId, ...input }) : createJob(input)),
      (saved) => {
        setJobId(saved.jobId);
        setEditing(false);
        // Put the draft in the URL so a reload continues here instead of starting over.
        router.replace(`/jobs/new?job=${saved.jobId}`, { scroll: false });
      },
    );
  };

  return (
    <div className="grid gap-6 lg:grid-cols-5 lg:items-start">
      <Card className="lg:col-span-2">
        <h2 className="text-base font-semibold text-slate-900">1. The role</h2>
        {editing ? (
          <form
            className="mt-4 space-y-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            {error ? <Notice tone="error">{error}</Notice> : null}
            <Field id="job-title" label="Job title" error={fieldErrors.title?.[0]}>
              <Input
                id="job-title"
                value={details.title}
                onChange={set("title")}
                required
                invalid={!!fieldErrors.title}
              />
            </Field>
            <Field id="job-company" label="Company" error={fieldErrors.company?.[0]}>
              <Input
                id="job-company"
                value={details.company}
                onChange={set("company")}
                required
                invalid={!!fieldErrors.company}
              />
            </Field>
            <Field
              id="job-description"
              label="Job description"
              error={fieldErrors.description?.[0]}
              hint="Paste the posting: responsibilities and requirements."
            >
              <Textarea
                id="job-description"
                rows={10}
                value={details.description}
                onChange={set("description")}
                required
                invalid={!!fieldErrors.description}
              />
            </Field>
            <Field
              id="job-knowledge"
              label="Role knowledge (optional)"
              error={fieldErrors.roleKnowledge?.[0]}
              hint="What the hiring team cares about that the posting doesn't say."
            >
              <Textarea id="job-knowledge" rows={4} value={details.roleKnowledge} onChange={set("roleKnowledge")} />
            </Field>
            <Button type="submit" pending={pending}>
              {jobId ? "Save and continue" : "Continue"}
            </Button>
          </form>
        ) : (
          <div className="mt-3 space-y-2 text-sm">
            <p className="font-medium text-slate-900">{details.title}</p>
            <p className="text-slate-600">{details.company}</p>
            <p className="line-clamp-4 whitespace-pre-line text-slate-700">{details.description}</p>
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          </div>
        )}
      </Card>
      <Card className="lg:col-span-3">
        <h2 className="text-base font-semibold text-slate-900">2. Scoring criteria</h2>
        <div className="mt-4">
          {jobId && !editing ? (
            <CriteriaSetup jobId={jobId} review={draftCriteria} />
          ) : (
            <p className="text-sm text-slate-600">Describe the role first; Nova drafts the criteria from it.</p>
          )}
        </div>
      </Card>
    </div>
  );
}
