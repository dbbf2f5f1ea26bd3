import { getDb } from "@/lib/db";
import { notifyWebhooksQueued } from "../queue";
import { newClaimerId } from "./claim";
import { startPollingLoop, type PollingLoop } from "./loop";
import { claimDueJobs, runClaimedJob } from "./run-job";

/** The engine is CPU-bound and synchronous: a few jobs at once keep the event loop responsive. */
const CONCURRENCY = 4;
const POLL_MS = 250;

/** Starts this process's scoring worker over the SandboxScoringJob queue. */
export function startScoringWorker(): PollingLoop {
  const db = getDb();
  const claimerId = newClaimerId("scoring");
  return startPollingLoop({
    name: "scoring",
    queue: "jobs",
    pollMs: POLL_MS,
    concurrency: CONCURRENCY,
    claim: (limit) => claimDueJobs(db, claimerId, limit),
    run: async (job) => {
      const result = await runClaimedJob(db, job, claimerId);
      if (result === "completed" || result === "failed") notifyWebhooksQueued();
    },
    release: async () => {
      await db.sandboxScoringJob.updateMany({
        where: { claimedBy: claimerId, status: "pending" },
        data: { claimedBy: null, claimedAt: null },
      });
    },
  });
}
