"use client";

import { createContext, useContext, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/action";
import type * as criteria from "@/lib/criteria";
import type { LibraryItem } from "@/lib/criteria/library";
import type { Importance } from "@/lib/nova/importance";
import type { DecisionValue, RejectReasonValue } from "@/lib/review/labels";
import type { RescorePreview } from "@/lib/scoring/commands";

/** A server action as a client component calls it: typed input, an ActionResult back. */
export type Action<I, T> = (input: I) => Promise<ActionResult<T>>;

type CriteriaVersionView = criteria.CriteriaVersionView;
type CriterionInput = { text: string; importance: Importance };
/** Nova's criteriaRevision the page showed (sent as X-Expected-Criteria-Revision). */
type Revision = { expectedRevision?: string };
type Started = { operationId: string; count: number };
type DecisionInput = { decision: DecisionValue; reason?: RejectReasonValue | null; reasonText?: string | null };

/**
 * The server actions client components call. Components never import from app/: the dashboard
 * layout hands these down once (folder arrows point one way, app → components), and the
 * actions check session, org and role on the server whoever calls them.
 */
export interface DashboardActions {
  switchOrg: Action<{ orgId: string }, { orgId: string }>;
  submitApplications: Action<{ jobId: string; applicationIds?: string[] }, Started>;
  rescoreApplications: Action<
    { jobId: string; scope: "one" | "selected" | "stale"; applicationIds?: string[]; criteriaVersionId?: string },
    Started
  >;
  previewRescore: Action<
    { jobId: string; scope: "one" | "selected" | "stale"; applicationIds?: string[]; criteriaVersionId?: string },
    RescorePreview
  >;
  generateClarificationQuestions: Action<
    { jobId: string },
    Awaited<ReturnType<typeof criteria.generateClarificationQuestions>>
  >;
  generateCriteria: Action<
    { jobId: string; questionSetId?: string; answers?: { id: string; value: string | string[] }[] },
    CriteriaVersionView
  >;
  saveDraftCriteria: Action<{ jobId: string; criteria: CriterionInput[] } & Revision, CriteriaVersionView>;
  addCriterion: Action<{ jobId: string } & CriterionInput & Revision, CriteriaVersionView>;
  editCriterion: Action<
    { jobId: string; criterionId: string; text?: string; importance?: Importance } & Revision,
    CriteriaVersionView
  >;
  removeCriterion: Action<{ jobId: string; criterionId: string } & Revision, CriteriaVersionView>;
  replaceCriteria: Action<{ jobId: string; criteria: CriterionInput[] } & Revision, CriteriaVersionView>;
  saveCriterionToLibrary: Action<{ jobId: string; criterionId: string }, { item: LibraryItem; alreadySaved: boolean }>;
  listCriteriaLibrary: Action<Record<string, never>, { items: LibraryItem[] }>;
  setHideIdentities: Action<{ on: boolean }, unknown>;
  assignHiringManager: Action<{ jobId: string; userId: string }, unknown>;
  unassignHiringManager: Action<{ jobId: string; userId: string }, unknown>;
  // Review flow: inputs are validated by each action's zod schema on the server.
  decideApplication: Action<{ applicationId: string } & DecisionInput, unknown>;
  decideApplications: Action<
    { jobId: string; applicationIds: string[] } & DecisionInput,
    { changed: number; unchanged: number }
  >;
  addApplicationNote: Action<{ applicationId: string; body: string }, unknown>;
  editApplicationNote: Action<{ noteId: string; body: string }, unknown>;
  deleteApplicationNote: Action<{ noteId: string }, unknown>;
  updateCandidate: Action<{ applicationId: string; candidateName: string; candidateEmail?: string }, unknown>;
  deleteApplication: Action<{ applicationId: string }, unknown>;
  closeJob: Action<{ jobId: string }, unknown>;
  reopenJob: Action<{ jobId: string }, unknown>;
}

const ActionsContext = createContext<DashboardActions | null>(null);

export function ActionsProvider({ actions, children }: { actions: DashboardActions; children: ReactNode }) {
  return <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>;
}

export function useActions(): DashboardActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error("useActions() outside <ActionsProvider> (the dashboard layout provides it)");
  return actions;
}

/** An action's refusal: its message, its code (say `DUPLICATE`) and any per-field messages. */
export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * The one way a client component calls an action: `run(() => action(input), onSuccess, onError)`
 * inside a transition, `pending` while it runs, and the action's own message (and field errors)
 * when it refuses. A successful run clears the last error. `formError` is the message for a
 * form's banner: none when every problem is shown beside its field.
 */
export function useAction() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>();
  const run = <T,>(
    call: () => Promise<ActionResult<T>>,
    onSuccess?: (data: T) => void | Promise<void>,
    onError?: (failure: ActionFailure) => void,
  ) =>
    startTransition(async () => {
      const res = await call();
      if (!res.ok) {
        setError(res.error);
        setFieldErrors(res.fieldErrors);
        onError?.(res);
        return;
      }
      setError(undefined);
      setFieldErrors(undefined);
      await onSuccess?.(res.data);
    });
  const formError = fieldErrors && Object.keys(fieldErrors).length ? undefined : error;
  return { run, pending, error, formError, fieldErrors, setError };
}
