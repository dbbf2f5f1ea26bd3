"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { useAction } from "@/components/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { importCandidatesCsv } from "../actions";
import { submitFlag, type AddCandidatesProps } from "./upload-queue";

type ImportResult = Extract<Awaited<ReturnType<typeof importCandidatesCsv>>, { ok: true }>["data"];

/** CSV import: created rows and per-row errors; submission runs as an operation shown on the ranking. */
export function CsvImport({ jobId, submitNow, onAdded }: AddCandidatesProps) {
  const { run, pending, error, setError } = useAction();
  const [result, setResult] = useState<ImportResult>();
  const inputId = useId();

  return (
    <form
      className="mt-4 space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const file = fd.get("file");
        if (!(file instanceof File) || file.size === 0) return setError("Choose a CSV file first.");
        fd.set("jobId", jobId);
        fd.set("submitNow", submitFlag(submitNow));
        // A new import replaces the last one's report: nothing from a previous file stays.
        setResult(undefined);
        setError(undefined);
        run(
          () => importCandidatesCsv(fd),
          (data) => {
            setResult(data);
            if (data.created) onAdded(data.created);
          },
        );
      }}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
          CSV file
        </label>
        <input
          id={inputId}
          name="file"
          type="file"
          accept=".csv,text/csv"
          onChange={() => {
            setResult(undefined);
            setError(undefined);
          }}
          className="text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        <Button type="submit" variant="secondary" pending={pending}>
          Import
        </Button>
      </div>
      {result ? (
        <div className="space-y-2">
          <Notice tone={result.errors.length || result.duplicates.length ? "warning" : "success"}>
            {result.created} candidate{result.created === 1 ? "" : "s"} imported
            {result.errors.length
              ? `, ${result.errors.length} row${result.errors.length === 1 ? "" : "s"} skipped`
              : ""}
            {result.duplicates.length
              ? `, ${result.duplicates.length} duplicate${result.duplicates.length === 1 ? "" : "s"} not added`
              : ""}
            .
            {result.operationId ? (
              <>
                {" "}
                Scoring runs in the background;{" "}
                <Link href={`/jobs/${jobId}`} className="font-medium underline">
                  follow its progress on the ranking
                </Link>
                .
              </>
            ) : null}
          </Notice>
          {result.duplicates.length ? (
            <ul
              className="max-h-48 overflow-auto rounded-md border border-slate-200 text-sm"
              aria-label="Duplicate rows"
            >
              {result.duplicates.map((r) => (
                <li key={r.row} className="border-b border-slate-100 px-3 py-1.5 text-amber-900 last:border-0">
                  Row {r.row}: {r.message}
                </li>
              ))}
            </ul>
          ) : null}
          {result.errors.length ? (
            <ul className="max-h-48 overflow-auto rounded-md border border-slate-200 text-sm" aria-label="Skipped rows">
              {result.errors.map((r) => (
                <li key={r.row} className="border-b border-slate-100 px-3 py-1.5 text-red-800 last:border-0">
                  Row {r.row}: {r.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
