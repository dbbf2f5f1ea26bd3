import { hostname } from "node:os";
import { randomBytes } from "node:crypto";

/**
 * Row claiming, shared by the scoring worker and the webhook dispatcher: one UPDATE … RETURNING
 * through lib/claims.ts (FOR UPDATE SKIP LOCKED on PostgreSQL), so a row is returned to exactly
 * one claimer across all instances. A claim older than
 * STALE_CLAIM_MS belongs to a process that died mid-work and may be taken over, so nothing
 * accepted is lost on restart.
 */
export const STALE_CLAIM_MS = 60_000;

/** Claims taken before this are stale at `now`. */
export function staleBefore(now: Date, staleMs = STALE_CLAIM_MS): Date {
  return new Date(now.getTime() - staleMs);
}

/** Identifies one loop in one process, so logs and rows say who held a claim. */
export function newClaimerId(role: string): string {
  return `${role}:${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}
