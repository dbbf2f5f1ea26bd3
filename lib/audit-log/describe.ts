/** Plain-language names for audited actions; unknown ones show their dotted verb. */
const LABELS: Record<string, string> = {
  "job.created": "Created a job",
  "job.updated": "Edited a job",
  "job.closed": "Closed a job",
  "job.reopened": "Reopened a job",
  "job.member_added": "Assigned a hiring manager",
  "job.member_removed": "Unassigned a hiring manager",
  "criteria.generated": "Generated criteria",
  "criteria.edited": "Edited criteria",
  "criteria.archived": "Archived criteria",
  "criteria.library_saved": "Saved a criterion to the library",
  "applications.submitted": "Submitted candidates",
  "rescore.requested": "Requested a rescore",
  "application.deleted": "Deleted a candidate (deletion requested at Nova)",
  "tenant.deletion_requested": "Requested deletion of the organization's data at Nova (offboarding)",
  "deletion.completed": "Nova completed a deletion request",
  "deletion.failed": "Nova failed a deletion request",
  "criteria.synced": "Criteria changed outside Shortlist (stored Nova's version)",
  "application.decided": "Made a decision",
  "decision.changed": "Made a decision",
  "ranking.exported": "Exported the ranking",
  "export.created": "Exported candidates",
  "audit.exported": "Exported the audit log",
  "member.added": "Added a member",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "auth.throttled": "Sign-in throttled",
  "webhook.reapplied": "Applied a webhook delivery again",
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/**
 * The event's data as short "key: value" pairs for the table. `blind: true` (a decision or an
 * export made with Hide identities on) reads as "decided blind" / "blind" rather than a flag.
 */
export function auditDetails(data: Record<string, unknown>, action?: string): string {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => {
      if (k === "blind" && v === true) return action === "decision.changed" ? "decided blind" : "blind";
      return `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`;
    })
    .join(" · ");
}
