import { hostname } from "node:os";
import { randomBytes } from "node:crypto";

/**
 * Row claiming, shared by the scoring worker and the webhook dispatcher. Rows are claimed by
 * one conditional UPDATE … RETURNING (`… WHERE id IN (candidates) AND status = 'pending' AND
 * (claimedBy IS NULL OR claimedAt < staleBefore)`): the database serialises competing writes
 * and re-checks the condition for each row, so a row is returned to exactly one claimer; a
 * candidate someone else took meanwhile simply is not returned. A claim older than
 * STALE_CLAIM_MS belongs to a process that died mid-work and may be taken over, so nothing
 * accepted is lost on restart.
 */
export const STALE_CLAIM_MS = 60_000;

/** The `where` fragment for "free to claim at `now`" (valid for both queue tables). */
export function claimable(now: Date, staleMs = STALE_CLAIM_MS) {
  return { OR: [{ claimedBy: null }, { claimedAt: { lt: new Date(now.getTime() - staleMs) } }] };
}

/** Identifies one loop in one process, so logs and rows say who held a claim. */
export function newClaimerId(role: string): string {
  return `${role}:${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}
