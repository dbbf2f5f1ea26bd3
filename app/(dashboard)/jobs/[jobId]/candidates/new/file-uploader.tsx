"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress";
import { cn } from "@/components/ui/cn";
import { addApplication } from "../actions";
import {
  isSettled,
  rejectReason,
  runPool,
  submitFlag,
  uploadSummary,
  type AddCandidatesProps,
  type UploadState,
} from "./upload-queue";

interface Item {
  key: string;
  file: File;
  state: UploadState;
  message?: string;
}

const CONCURRENCY = 3;
const STATE_LABEL: Record<UploadState, string> = {
  queued: "Waiting",
  uploading: "Uploading…",
  done: "Added",
  refused: "Not scored",
  duplicate: "Possible duplicate",
  skipped: "Skipped",
  error: "Failed",
};
const STATE_TONE = {
  queued: "neutral",
  uploading: "info",
  done: "success",
  refused: "danger",
  duplicate: "warning",
  skipped: "neutral",
  error: "danger",
} as const;

/** The paste form's resume field (paste-candidate-form.tsx): where a refused file's text can go instead. */
function focusPasteField() {
  const field = document.getElementById("paste-text");
  field?.scrollIntoView({ block: "center" });
  field?.focus();
}

/**
 * Many resumes at once: one addApplication call per file, three in flight, so each file gets
 * its own progress and its own error, and one bad file never sinks the rest.
 */
export function FileUploader({ jobId, submitNow, onAdded }: AddCandidatesProps) {
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const seq = useRef(0);

  const patch = (key: string, p: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...p } : i)));

  const upload = async (item: Item, allowDuplicate = false) => {
    patch(item.key, { state: "uploading", message: undefined });
    const fd = new FormData();
    fd.set("jobId", jobId);
    fd.set("resumeFile", item.file);
    fd.set("submitNow", submitFlag(submitNow));
    if (allowDuplicate) fd.set("allowDuplicate", "1");
    try {
      const res = await addApplication(fd);
      if (res.ok) {
        // Stored, but Nova's intake refused the file: a failure to the recruiter, with the way out.
        const refused = res.data.pipelineStatus === "REJECTED";
        patch(item.key, { state: refused ? "refused" : "done", message: res.data.error });
        onAdded(1);
      } else if (res.code === "DUPLICATE") patch(item.key, { state: "duplicate", message: res.error });
      else patch(item.key, { state: "error", message: res.error });
    } catch {
      // A dropped connection mid-upload: keep the file so "Retry" can send it again.
      patch(item.key, { state: "error", message: "The upload was interrupted. Retry it." });
    }
  };

  const add = (files: FileList | File[]) => {
    const fresh: Item[] = Array.from(files).map((file) => {
      seq.current += 1;
      const reason = rejectReason(file);
      return { key: `f${seq.current}`, file, state: reason ? "error" : "queued", message: reason ?? undefined };
    });
    setItems((all) => [...all, ...fresh]);
    void runPool(
      fresh.filter((i) => i.state === "queued"),
      CONCURRENCY,
      upload,
    );
  };

  const settled = items.filter((i) => isSettled(i.state)).length;

  return (
    <div className="mt-4 space-y-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer.files.length) add(e.dataTransfer.files);
        }}
        className={cn(
          "flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center text-sm",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50",
        )}
        data-testid="dropzone"
      >
        <p className="text-slate-700">Drag resumes here, or</p>
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 focus-within:ring-2 focus-within:ring-brand-500 hover:bg-slate-50"
        >
          Choose files
          <input
            id={inputId}
            ref={inputRef}
            type="file"
            multiple
            accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="sr-only"
            onChange={(e) => {
              if (e.target.files?.length) add(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
      </div>
      {items.length ? (
        <>
          <ProgressBar
            label="Uploads"
            value={settled}
            max={items.length}
            detail={uploadSummary(items.map((i) => i.state))}
          />
          <ul
            className="divide-y divide-slate-100 rounded-md border border-slate-200"
            aria-label="Uploaded files"
            aria-live="polite"
          >
            {items.map((i) => (
              <li key={i.key} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm" data-testid="upload-item">
                <span className="min-w-0 flex-1 truncate text-slate-800">{i.file.name}</span>
                <Badge tone={STATE_TONE[i.state]}>{STATE_LABEL[i.state]}</Badge>
                {i.state === "error" && !rejectReason(i.file) ? (
                  <Button size="sm" variant="ghost" onClick={() => void upload(i)}>
                    Retry<span className="sr-only"> {i.file.name}</span>
                  </Button>
                ) : null}
                {i.state === "duplicate" ? (
                  <>
                    <Button size="sm" variant="secondary" onClick={() => void upload(i, true)}>
                      Add anyway<span className="sr-only"> {i.file.name}</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => patch(i.key, { state: "skipped", message: "Not added again." })}
                    >
                      Skip<span className="sr-only"> {i.file.name}</span>
                    </Button>
                  </>
                ) : null}
                {i.message ? (
                  <p
                    className={cn(
                      "w-full text-xs",
                      i.state === "error" || i.state === "refused"
                        ? "text-red-800"
                        : i.state === "skipped"
                          ? "text-slate-600"
                          : "text-amber-900",
                    )}
                  >
                    {i.state === "duplicate" ? `Possible duplicate: ${i.message}` : i.message}
                  </p>
                ) : null}
                {i.state === "refused" ? (
                  <p className="w-full text-xs text-slate-700">
                    The candidate is saved but cannot be scored from this file.{" "}
                    <button type="button" className="font-medium text-brand-700 underline" onClick={focusPasteField}>
                      Paste the text instead
                    </button>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
