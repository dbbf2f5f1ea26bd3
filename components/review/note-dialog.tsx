"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Modal } from "./modal";

/** The ranking's quick note (`n`): the full thread lives on the candidate page. */
export function NoteDialog({
  open,
  title,
  pending,
  error,
  onSave,
  onClose,
}: {
  open: boolean;
  title: string;
  pending?: boolean;
  error?: string;
  onSave: (body: string) => void;
  onClose: () => void;
}) {
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string>();
  const close = () => {
    setBody("");
    setProblem(undefined);
    onClose();
  };
  return (
    <Modal open={open} title={title} onClose={close}>
      <form
        className="mt-3 space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!body.trim()) return setProblem("Write something in the note.");
          setProblem(undefined);
          onSave(body.trim());
          setBody("");
        }}
      >
        <Field id="quick-note" label="Note" error={problem ?? error}>
          <Textarea
            id="quick-note"
            name="body"
            rows={4}
            maxLength={5000}
            autoFocus
            value={body}
            invalid={Boolean(problem ?? error)}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Add note
          </Button>
        </div>
      </form>
    </Modal>
  );
}
