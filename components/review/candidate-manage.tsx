"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useActions } from "@/components/actions";
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
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

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
            startTransition(async () => {
              const res = await updateCandidate({ applicationId, ...fields });
              if (!res.ok) {
                setFieldErrors(res.fieldErrors ?? {});
                setError(res.fieldErrors ? undefined : res.error);
                return;
              }
              setFieldErrors({});
              setError(undefined);
              setEditing(false);
              router.refresh();
            });
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
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${name}?`}
        confirmLabel="Delete candidate"
        tone="danger"
        pending={pending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          startTransition(async () => {
            const res = await deleteApplication({ applicationId });
            if (!res.ok) {
              setDeleting(false);
              return setError(res.error);
            }
            router.replace(`/jobs/${jobId}`);
          })
        }
      >
        Their resume, scores, decision and notes are removed, and Nova is asked to delete its copy. This cannot be
        undone.
      </ConfirmDialog>
    </div>
  );
}
