"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress";
import { cn } from "@/components/ui/cn";
import { addApplication } from "../actions";
import { rejectReason, runPool, submitFlag, type AddCandidatesProps } from "./upload-queue";

type State = "queued" | "uploading" | "done" | "error";
interface Item {
  key: string;
  file: File;
  state: State;
  message?: string;
}

const CONCURRENCY = 3;
const STATE_LABEL: Record<State, string> = {
  queued: "Waiting",
  uploading: "Uploading…",
  done: "Added",
  error: "Failed",
};
const STATE_TONE = { queued: "neutral", uploading: "info", done: "success", error: "danger" } as const;

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

  const upload = async (item: Item) => {
    patch(item.key, { state: "uploading", message: undefined });
    const fd = new FormData();
    fd.set("jobId", jobId);
    fd.set("resumeFile", item.file);
    fd.set("submitNow", submitFlag(submitNow));
    try {
      const res = await addApplication(fd);
      if (res.ok) {
        patch(item.key, { state: "done", message: res.data.error });
        onAdded(1);
      } else patch(item.key, { state: "error", message: res.error });
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

  const finished = items.filter((i) => i.state === "done" || i.state === "error").length;
  const active = items.some((i) => i.state === "queued" || i.state === "uploading");

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
            value={finished}
            max={items.length}
            detail={`${finished} of ${items.length} done${active ? "" : " ✓"}`}
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
                {i.message ? (
                  <p className={cn("w-full text-xs", i.state === "error" ? "text-red-800" : "text-amber-900")}>
                    {i.message}
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
