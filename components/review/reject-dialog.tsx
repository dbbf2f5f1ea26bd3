"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { REJECT_REASONS, REJECT_REASON_LABEL, type RejectReasonValue } from "@/lib/review/labels";
import { Modal } from "./modal";

/** Asks why before rejecting one candidate or a selection: one reason for all of them. */
export function RejectDialog({
  open,
  title,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  pending?: boolean;
  error?: string;
  onConfirm: (reason: RejectReasonValue, reasonText: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<RejectReasonValue | "">("");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<{ reason?: string; text?: string }>({});
  const close = () => {
    setReason("");
    setText("");
    setProblem({});
    onClose();
  };
  return (
    <Modal open={open} title={title} onClose={close}>
      <form
        className="mt-3 space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason) return setProblem({ reason: "Choose a reason for the rejection." });
          if (reason === "OTHER" && !text.trim())
            return setProblem({ text: "Say why in a few words when the reason is Other." });
          setProblem({});
          onConfirm(reason, text.trim());
        }}
      >
        <Field id="reject-reason" label="Reason" error={problem.reason}>
          <Select
            id="reject-reason"
            name="reason"
            value={reason}
            invalid={Boolean(problem.reason)}
            autoFocus
            onChange={(e) => setReason(e.target.value as RejectReasonValue | "")}
          >
            <option value="">Choose a reason…</option>
            {REJECT_REASONS.map((r) => (
              <option key={r} value={r}>
                {REJECT_REASON_LABEL[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="reject-reason-text"
          label="Details"
          hint={reason === "OTHER" ? "Required for Other." : "Optional."}
          error={problem.text}
        >
          <Textarea
            id="reject-reason-text"
            name="reasonText"
            rows={2}
            maxLength={500}
            value={text}
            invalid={Boolean(problem.text)}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={pending}>
            Reject
          </Button>
        </div>
      </form>
    </Modal>
  );
}
