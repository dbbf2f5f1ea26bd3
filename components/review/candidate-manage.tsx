"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction, useActions } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** Rename a candidate or fix their email (anyone), delete them (admins, with confirmation). */
export function CandidateManage({
  jobId,
  applicationId,
  name,
  email,
  isAdmin,
}: {
  jobId: string;
  applicationId: string;
  name: string;
  email: string | null;
  isAdmin: boolean;
}) {
  const { deleteApplication, updateCandidate } = useActions();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [fields, setFields] = useState({ candidateName: name, candidateEmail: email ?? "" });
  // Field problems show beside their fields; the banner (formError) is for the rest.
  const { run, pending, formError, fieldErrors = {} } = useAction();

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {!editing ? (
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
            Edit candidate
          </Button>
        ) : null}
        {isAdmin ? (
          <Button size="sm" variant="secondary" onClick={() => setDeleting(true)}>
            Delete candidate
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form
          className="w-full max-w-sm space-y-3 rounded-md border border-slate-200 bg-white p-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => updateCandidate({ applicationId, ...fields }),
              () => {
                setEditing(false);
                router.refresh();
              },
            );
          }}
        >
          <Field id="candidate-name" label="Candidate name" error={fieldErrors.candidateName?.[0]}>
            <Input
              id="candidate-name"
              value={fields.candidateName}
              invalid={!!fieldErrors.candidateName}
              onChange={(e) => setFields((f) => ({ ...f, candidateName: e.target.value }))}
            />
          </Field>
          <Field id="candidate-email" label="Candidate email" error={fieldErrors.candidateEmail?.[0]}>
            <Input
              id="candidate-email"
              type="email"
              value={fields.candidateEmail}
              invalid={!!fieldErrors.candidateEmail}
              onChange={(e) => setFields((f) => ({ ...f, candidateEmail: e.target.value }))}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" size="sm" pending={pending}>
              Save candidate
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${name}?`}
        confirmLabel="Delete candidate"
        tone="danger"
        pending={pending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          run(
            () => deleteApplication({ applicationId }),
            () => router.replace(`/jobs/${jobId}`),
            () => setDeleting(false),
          )
        }
      >
        Their resume, scores, decision and notes are removed, and Nova is asked to delete its copy. This cannot be
        undone.
      </ConfirmDialog>
    </div>
  );
}
