import { hostname } from "node:os";
import { randomBytes } from "node:crypto";

/**
 * Row claiming, shared by the scoring worker and the webhook dispatcher. A row is claimed by a
 * conditional UPDATE (`… WHERE id = ? AND (claimedBy IS NULL OR claimedAt < staleBefore)`)
 * whose affected-row count says who won: the database serialises the two writes, so of several
 * instances exactly one sees count = 1. A claim older than STALE_CLAIM_MS belongs to a process
 * that died mid-work and may be taken over, so nothing accepted is lost on restart.
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

/**
 * Tries candidates in order until `limit` are won. `tryClaim` performs the conditional update
 * and returns the affected-row count; losing a race is normal and simply skips the row.
 */
export async function claimFirst(candidateIds: string[], limit: number, tryClaim: (id: string) => Promise<number>): Promise<string[]> {
  const won: string[] = [];
  for (const id of candidateIds) {
    if (won.length >= limit) break;
    if ((await tryClaim(id)) === 1) won.push(id);
  }
  return won;
}
