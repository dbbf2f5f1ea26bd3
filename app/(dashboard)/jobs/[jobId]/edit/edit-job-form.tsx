"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { updateJob } from "../../actions";

interface Details {
  title: string;
  company: string;
  description: string;
  roleKnowledge: string;
}

/** The job's details after creation. Criteria stay as they are (edit them on the Criteria tab). */
export function EditJobForm({ jobId, initial }: { jobId: string; initial: Details }) {
  const router = useRouter();
  const [details, setDetails] = useState(initial);
  // Field problems show beside their fields; only the rest goes in the banner (formError).
  const { run, pending, formError, fieldErrors = {} } = useAction();
  const set = (k: keyof Details) => (e: { target: { value: string } }) =>
    setDetails((d) => ({ ...d, [k]: e.target.value }));
  const err = (k: string) => fieldErrors[k]?.[0];
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => updateJob({ jobId, ...details }),
          () => {
            router.push(`/jobs/${jobId}`);
            router.refresh();
          },
        );
      }}
    >
      <Field id="job-title" label="Job title" error={err("title")}>
        <Input id="job-title" value={details.title} onChange={set("title")} invalid={!!err("title")} />
      </Field>
      <Field id="job-company" label="Company" error={err("company")}>
        <Input id="job-company" value={details.company} onChange={set("company")} invalid={!!err("company")} />
      </Field>
      <Field id="job-description" label="Description" error={err("description")}>
        <Textarea
          id="job-description"
          rows={10}
          value={details.description}
          onChange={set("description")}
          invalid={!!err("description")}
        />
      </Field>
      <Field id="job-role-knowledge" label="Role knowledge (optional)" error={err("roleKnowledge")}>
        <Textarea
          id="job-role-knowledge"
          rows={4}
          value={details.roleKnowledge}
          onChange={set("roleKnowledge")}
          invalid={!!err("roleKnowledge")}
        />
      </Field>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" pending={pending}>
        Save job
      </Button>
    </form>
  );
}
