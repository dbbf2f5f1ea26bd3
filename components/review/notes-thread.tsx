"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field, Textarea } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { useAction, useActions } from "@/components/actions";

export interface NoteItem {
  id: string;
  body: string;
  authorName: string;
  mine: boolean;
  createdAt: string;
  edited: boolean;
}

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" }) + " UTC";

/** The application's note thread: everyone in the org reads it; authors edit and delete their own. */
export function NotesThread({ applicationId, notes }: { applicationId: string; notes: NoteItem[] }) {
  const { addApplicationNote, deleteApplicationNote, editApplicationNote } = useActions();
  const router = useRouter();
  const { run, pending, error, setError } = useAction();
  const [body, setBody] = useState("");
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const act = (call: () => ReturnType<typeof deleteApplicationNote>, after: () => void) =>
    run(call, () => {
      after();
      router.refresh();
    });

  return (
    <Card>
      <h2 className="text-base font-semibold text-slate-900">Notes ({notes.length})</h2>
      {notes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No notes yet. Notes are visible to everyone in your organization.</p>
      ) : (
        <ol className="mt-3 space-y-3" aria-label="Notes" data-testid="notes">
          {notes.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="font-medium text-slate-800">{n.authorName}</span>
                <span>{when(n.createdAt)}</span>
                {n.edited ? <span>(edited)</span> : null}
                {n.mine && editing?.id !== n.id ? (
                  <span className="ml-auto flex gap-1">
                    <Button size="sm" variant="ghost" onClick={() => setEditing({ id: n.id, body: n.body })}>
                      Edit note
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setDeleting(n.id)}>
                      Delete note
                    </Button>
                  </span>
                ) : null}
              </div>
              {editing?.id === n.id ? (
                <form
                  className="mt-2 space-y-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    act(
                      () => editApplicationNote({ noteId: n.id, body: editing.body }),
                      () => setEditing(null),
                    );
                  }}
                >
                  <Field id={`edit-${n.id}`} label="Edit note">
                    <Textarea
                      id={`edit-${n.id}`}
                      rows={3}
                      maxLength={5000}
                      value={editing.body}
                      onChange={(e) => setEditing({ id: n.id, body: e.target.value })}
                    />
                  </Field>
                  <div className="flex gap-2">
                    <Button type="submit" size="sm" pending={pending}>
                      Save note
                    </Button>
                    <Button type="button" size="sm" variant="secondary" onClick={() => setEditing(null)}>
                      Cancel
                    </Button>
                  </div>
                </form>
              ) : (
                <p className="mt-1 whitespace-pre-line text-slate-800">{n.body}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        className="mt-4 space-y-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim()) return setError("Write something in the note.");
          act(
            () => addApplicationNote({ applicationId, body }),
            () => setBody(""),
          );
        }}
      >
        <Field id="note-body" label="Note">
          <Textarea
            id="note-body"
            rows={3}
            maxLength={5000}
            value={body}
            aria-keyshortcuts="n"
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Button type="submit" pending={pending}>
          Add note
        </Button>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete it for everyone?"
        confirmLabel="Delete note"
        tone="danger"
        pending={pending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting;
          if (id)
            act(
              () => deleteApplicationNote({ noteId: id }),
              () => setDeleting(null),
            );
        }}
      >
        The note is removed for everyone.
      </ConfirmDialog>
    </Card>
  );
}
