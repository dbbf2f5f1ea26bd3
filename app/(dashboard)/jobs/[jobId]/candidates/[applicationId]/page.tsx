import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requirePageContext } from "@/lib/auth/context";
import { hasRole } from "@/lib/auth/roles";
import { getVisibleJob } from "@/lib/jobs/access";
import { isStale } from "@/lib/applications/stale";
import { getApplicationDetail, getJobStatus, type ScoringAttempt } from "@/lib/applications/queries";
import { listCriteriaVersions, type VersionView } from "@/lib/criteria/queries";
import { diffCriteria, summariseDiff } from "@/lib/criteria/diff";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/time";
import { JobHeader } from "@/components/jobs/job-header";
import { ScoreCell } from "@/components/ranking/score";
import { canRescore, PipelineStatus, VersionBadge } from "@/components/ranking/status";
import { AssessmentList } from "@/components/ranking/ranking-list";
import { JobStatusPoller } from "@/components/ranking/job-status-poller";
import { parseRankingFilters, serializeRankingFilters } from "@/lib/applications/ranking-filters";
import { decidedOnStale } from "@/lib/applications/queries";
import { listNotes } from "@/lib/review/notes";
import { getQueuePosition } from "@/lib/review/queue";
import { CandidateReview } from "@/components/review/candidate-review";
import { NotesThread } from "@/components/review/notes-thread";
import { CandidateManage } from "@/components/review/candidate-manage";
import { uploadedResumeText } from "@/lib/applications/resume-text";
import { RescoreOne } from "./rescore-one";
import { getHideIdentities } from "@/lib/blind/prefs";
import { blindDetail } from "@/lib/blind/apply";

type Props = {
  params: Promise<{ jobId: string; applicationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params, searchParams }: Props) {
  const { jobId, applicationId } = await params;
  const ctx = await requirePageContext("HIRING_MANAGER");
  // The ranking's filter and sort ride along in the URL, so Previous / Next walk the same list.
  const filters = { ...parseRankingFilters(await searchParams), page: 1 };
  const listQuery = serializeRankingFilters(filters);
  // Before loading anything of the job (see getVisibleJob).
  const job = await getVisibleJob(ctx.actor, jobId);
  if (!job) notFound();
  const [found, versions, hideIdentities, notes] = await Promise.all([
    getApplicationDetail(ctx.actor.orgId, jobId, applicationId),
    listCriteriaVersions(ctx.actor.orgId, jobId),
    getHideIdentities(ctx.actor.userId),
    listNotes(ctx.actor.orgId, applicationId),
  ]);
  // Blind review: aliases and redacted text from here on, so nothing below can leak a name.
  const app = found && hideIdentities ? blindDetail(found) : found ? { ...found, fileWithheld: false } : null;
  if (!app) notFound();
  const queue = await getQueuePosition(
    ctx.actor.orgId,
    jobId,
    job.activeVersion?.novaId ?? null,
    filters,
    applicationId,
    { blind: hideIdentities },
  );
  const candidateHref = (id: string | null) => (id ? `/jobs/${jobId}/candidates/${id}${listQuery}` : null);
  const backHref = `/jobs/${jobId}${serializeRankingFilters({ ...filters, page: queue.page })}`;
  const byNovaId = new Map(versions.map((v) => [v.novaId, v]));
  const current = app.attempts.find((a) => a.status === "COMPLETED");
  const stale = isStale(app.currentCriteriaVersionNovaId, job.activeVersion?.novaId ?? null);
  const versionNumber = app.currentCriteriaVersionNovaId
    ? (byNovaId.get(app.currentCriteriaVersionNovaId)?.number ?? null)
    : null;
  // While this candidate waits for Nova, poll like the ranking does so the score lands here too.
  const status =
    app.pipelineStatus === "PENDING"
      ? await getJobStatus(ctx.actor.orgId, jobId, job.activeVersion?.novaId ?? null)
      : null;
  const resumeUrl = `/api/resumes/${app.id}`;
  const isPdf = app.resumeFile?.mimeType === "application/pdf";

  return (
    <>
      <JobHeader job={job} current={null} readOnly={!hasRole(ctx.actor.role, "RECRUITER")} />
      {status ? <JobStatusPoller jobId={jobId} initial={status} silent /> : null}
      <CandidateReview
        app={{ id: app.id, name: app.candidateName }}
        decision={app.decision}
        rejectReason={app.rejectReason}
        rejectReasonText={app.rejectReasonText}
        decidedByName={app.decidedByName}
        decidedAt={app.decidedAt?.toISOString() ?? null}
        decidedOnVersion={
          app.decidedCriteriaVersionNovaId ? (byNovaId.get(app.decidedCriteriaVersionNovaId)?.number ?? null) : null
        }
        decidedOnStale={decidedOnStale(
          app.decision,
          app.decidedCriteriaVersionNovaId,
          job.activeVersion?.novaId ?? null,
        )}
        decidedBlind={app.decidedBlind}
        canDecide={hasRole(ctx.actor.role, "RECRUITER")}
        position={queue.position}
        total={queue.total}
        backHref={backHref}
        previousHref={candidateHref(queue.previousId)}
        nextHref={candidateHref(queue.nextId)}
        nextUndecidedHref={candidateHref(queue.nextUndecidedId)}
      />
      <div className="mb-6 flex flex-wrap items-start gap-4">
        <ScoreCell score={app.currentScore} pending={app.pipelineStatus === "PENDING"} />
        <div className="min-w-0 flex-1">
          <h2 className="text-xl font-semibold text-slate-900">{app.candidateName}</h2>
          {app.candidateEmail ? <p className="text-sm text-slate-600">{app.candidateEmail}</p> : null}
          <div className="mt-2 flex flex-wrap gap-2">
            <PipelineStatus status={app.pipelineStatus} reason={app.errorMessage} />
            <VersionBadge number={versionNumber} stale={stale} />
          </div>
        </div>
        {hasRole(ctx.actor.role, "ADMIN") && canRescore(app.pipelineStatus) ? (
          <RescoreOne jobId={jobId} applicationId={app.id} />
        ) : null}
        {hasRole(ctx.actor.role, "RECRUITER") ? (
          <CandidateManage
            jobId={jobId}
            applicationId={app.id}
            name={app.candidateName}
            email={app.candidateEmail}
            isAdmin={ctx.actor.role === "ADMIN"}
          />
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card>
            <h2 className="text-base font-semibold text-slate-900">Assessment</h2>
            {current?.assessment ? (
              <>
                <p className="mt-2 text-sm text-slate-800" data-testid="verdict">
                  {current.assessment.verdict}
                </p>
                <div className="mt-4 grid gap-4 sm:grid-cols-3">
                  <AssessmentList title="Strengths" items={current.assessment.strengths} />
                  <AssessmentList title="Concerns" items={current.assessment.concerns} />
                  <AssessmentList title="Interview focus" items={current.assessment.interviewFocus} />
                </div>
              </>
            ) : (
              <p className="mt-2 text-sm text-slate-600">
                {app.pipelineStatus === "PENDING"
                  ? "Nova is scoring this candidate; the assessment appears here when it arrives."
                  : "No assessment yet."}
              </p>
            )}
          </Card>
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-base font-semibold text-slate-900">Resume</h2>
              {app.resumeFile ? (
                <a href={`${resumeUrl}?download=1`} className="text-sm font-medium text-brand-700 underline" download>
                  Download {app.resumeFile.fileName}
                </a>
              ) : null}
            </div>
            {isPdf ? (
              <iframe
                title={`Resume of ${app.candidateName}`}
                src={resumeUrl}
                className="mt-3 h-[70vh] w-full rounded-md border border-slate-200"
              />
            ) : app.resumeFile ? (
              <Suspense
                fallback={
                  <p className="mt-2 text-sm text-slate-600" role="status">
                    Reading the document…
                  </p>
                }
              >
                <UploadedResumeText orgId={ctx.actor.orgId} applicationId={app.id} />
              </Suspense>
            ) : app.fileWithheld && !app.resumeText ? (
              <p className="mt-2 text-sm text-slate-600">
                The resume file is hidden while identities are hidden; turn off Hide identities to read it.
              </p>
            ) : app.resumeText ? (
              <pre className="mt-3 max-h-[70vh] overflow-auto whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800">
                {app.resumeText}
              </pre>
            ) : (
              <p className="mt-2 text-sm text-slate-600">No resume on file.</p>
            )}
          </Card>
        </div>
        <div className="space-y-6 lg:col-span-2">
          <NotesThread
            applicationId={app.id}
            notes={notes.map((n) => ({
              id: n.id,
              body: n.body,
              authorName: n.authorName,
              mine: n.authorId === ctx.actor.userId,
              createdAt: n.createdAt.toISOString(),
              edited: n.edited,
            }))}
          />
          <Card>
            <h2 className="text-base font-semibold text-slate-900">Scoring history</h2>
            <History attempts={app.attempts} versions={byNovaId} />
          </Card>
          <Card>
            <h2 className="text-base font-semibold text-slate-900">Screening answers</h2>
            {app.screeningAnswers.length ? (
              <dl className="mt-2 space-y-3 text-sm">
                {app.screeningAnswers.map((qa, i) => (
                  <div key={i}>
                    <dt className="font-medium text-slate-800">{qa.question}</dt>
                    <dd className="text-slate-700">{qa.answer}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-2 text-sm text-slate-600">None.</p>
            )}
          </Card>
          <Card>
            <h2 className="text-base font-semibold text-slate-900">Cover note</h2>
            <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{app.coverNote || "None."}</p>
          </Card>
        </div>
      </div>
    </>
  );
}

/** Every attempt, newest first, with what changed since the attempt before it. */
function History({ attempts, versions }: { attempts: ScoringAttempt[]; versions: Map<string, VersionView> }) {
  if (attempts.length === 0) return <p className="mt-2 text-sm text-slate-600">Not submitted for scoring yet.</p>;
  return (
    <ol className="mt-3 space-y-3" data-testid="history">
      {attempts.map((a, i) => {
        const prev = attempts.slice(i + 1).find((p) => p.status === "COMPLETED");
        const v = a.criteriaVersionNovaId ? versions.get(a.criteriaVersionNovaId) : undefined;
        const pv = prev?.criteriaVersionNovaId ? versions.get(prev.criteriaVersionNovaId) : undefined;
        const changed =
          v && pv && v.id !== pv.id ? summariseDiff(diffCriteria(pv.criteria.map(crit), v.criteria.map(crit))) : "";
        const delta = a.score !== null && prev?.score != null ? a.score - prev.score : null;
        return (
          <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold tabular-nums text-slate-900">
                {a.score !== null ? `${a.score}/10` : a.status === "FAILED" ? "Failed" : "Pending"}
              </span>
              {delta !== null && delta !== 0 ? (
                <Badge tone={delta > 0 ? "success" : "warning"}>{delta > 0 ? `+${delta}` : delta}</Badge>
              ) : null}
              {v ? <Badge>v{v.number}</Badge> : null}
              {a.isRescore ? <Badge tone="info">Rescore</Badge> : null}
              <span className="ml-auto text-xs text-slate-600">
                <Time date={a.completedAt ?? a.submittedAt} />
              </span>
            </div>
            {a.errorMessage ? <p className="mt-1 text-xs text-red-800">{a.errorMessage}</p> : null}
            {prev ? (
              <p className="mt-1 text-xs text-slate-600">
                {pv && v && pv.id !== v.id
                  ? `Criteria v${pv.number} → v${v.number}${changed ? `: ${changed}` : ""}.`
                  : "Same criteria as before."}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function crit(c: VersionView["criteria"][number]) {
  return { id: c.novaId, text: c.text, importance: c.importance };
}

/** The text read from an uploaded DOC/DOCX: what the scoring read, shown where a PDF would be. */
async function UploadedResumeText({ orgId, applicationId }: { orgId: string; applicationId: string }) {
  const result = await uploadedResumeText(orgId, applicationId);
  if (!result) return <p className="mt-2 text-sm text-slate-600">No resume on file.</p>;
  if (!result.ok)
    return (
      <p className="mt-2 text-sm text-slate-600">
        The text of this file could not be read ({result.message}); download it to read it.
      </p>
    );
  return (
    <pre
      className="mt-3 max-h-[70vh] overflow-auto whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800"
      data-testid="resume-text"
      aria-label="Text read from the uploaded resume"
    >
      {result.text}
    </pre>
  );
}
