import type { ReactNode } from "react";
import { requirePageContext } from "@/lib/auth/context";
import { getHideIdentities } from "@/lib/blind/prefs";
import { ActionsProvider, type DashboardActions } from "@/components/actions";
import { AppShell } from "@/components/shell/app-shell";
import { setHideIdentities, signOut, switchOrg } from "./actions";
import { assignHiringManager, unassignHiringManager } from "./jobs/[jobId]/members/actions";
import { closeJob, reopenJob } from "./jobs/actions";
import {
  deleteApplication,
  previewRescore,
  rescoreApplications,
  submitApplications,
  updateCandidate,
} from "./jobs/[jobId]/candidates/actions";
import {
  addApplicationNote,
  decideApplication,
  decideApplications,
  deleteApplicationNote,
  editApplicationNote,
} from "./jobs/[jobId]/review/actions";
import {
  addCriterion,
  editCriterion,
  generateClarificationQuestions,
  generateCriteria,
  listCriteriaLibrary,
  removeCriterion,
  replaceCriteria,
  saveCriterionToLibrary,
  saveDraftCriteria,
} from "./jobs/[jobId]/criteria/actions";

// The actions client components call, handed down once (components never import from app/).
const actions: DashboardActions = {
  switchOrg,
  submitApplications,
  rescoreApplications,
  previewRescore,
  generateClarificationQuestions,
  generateCriteria,
  saveDraftCriteria,
  addCriterion,
  editCriterion,
  removeCriterion,
  replaceCriteria,
  saveCriterionToLibrary,
  listCriteriaLibrary,
  setHideIdentities,
  assignHiringManager,
  unassignHiringManager,
  decideApplication,
  decideApplications,
  addApplicationNote,
  editApplicationNote,
  deleteApplicationNote,
  updateCandidate,
  deleteApplication,
  closeJob,
  reopenJob,
};

/** Every dashboard page needs a session and an org; pages check roles themselves. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const ctx = await requirePageContext("HIRING_MANAGER");
  return (
    <ActionsProvider actions={actions}>
      <AppShell
        user={{ name: ctx.user.name, email: ctx.user.email }}
        org={{ id: ctx.actor.orgId, name: ctx.orgName }}
        role={ctx.actor.role}
        memberships={ctx.memberships}
        signOut={signOut}
        hideIdentities={await getHideIdentities(ctx.actor.userId)}
      >
        {children}
      </AppShell>
    </ActionsProvider>
  );
}
