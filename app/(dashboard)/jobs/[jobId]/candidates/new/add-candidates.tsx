"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FileUploader } from "./file-uploader";
import { PasteCandidateForm } from "./paste-candidate-form";
import { CsvImport } from "./csv-import";
import { jobStatusKey } from "@/components/ranking/job-status-poller";

/**
 * Three ways in (files, pasted text, CSV), one choice for all of them: submit for scoring now,
 * or store the candidates and submit later from the ranking.
 */
export function AddCandidates({ jobId, canScore }: { jobId: string; canScore: boolean }) {
  const [submitNow, setSubmitNow] = useState(canScore);
  const [added, setAdded] = useState(0);
  const router = useRouter();
  const queryClient = useQueryClient();
  const onAdded = (n: number) => {
    setAdded((a) => a + n);
    // Wake the status poll: new candidates may be pending now.
    void queryClient.invalidateQueries({ queryKey: jobStatusKey(jobId) });
    router.refresh();
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={submitNow}
            disabled={!canScore}
            onChange={(e) => setSubmitNow(e.target.checked)}
          />
          <span>
            <span className="font-medium">Submit for scoring right away</span>
            <span className="block text-xs text-slate-600">
              Untick to add them now and submit later from the ranking.
            </span>
          </span>
        </label>
        {added > 0 ? (
          <div className="flex items-center gap-3">
            <span role="status" className="text-sm text-slate-700">
              {added} candidate{added === 1 ? "" : "s"} added
            </span>
            <Link href={`/jobs/${jobId}`} className={buttonClass("primary", "sm")}>
              View ranking
            </Link>
          </div>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Upload resumes</h2>
          <p className="mt-1 text-sm text-slate-600">
            PDF, DOC or DOCX. The candidate’s name is taken from the file name; you can fix it later.
          </p>
          <FileUploader jobId={jobId} submitNow={submitNow} onAdded={onAdded} />
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-slate-900">Paste a resume</h2>
          <PasteCandidateForm jobId={jobId} submitNow={submitNow} onAdded={onAdded} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="text-base font-semibold text-slate-900">Import a CSV</h2>
          <p className="mt-1 text-sm text-slate-600">
            Columns: <code className="rounded bg-slate-100 px-1">name,email,resume_text</code> or{" "}
            <code className="rounded bg-slate-100 px-1">name,email,resume_url</code>, one candidate per row.
          </p>
          <CsvImport jobId={jobId} submitNow={submitNow} onAdded={onAdded} />
        </Card>
      </div>
    </div>
  );
}
