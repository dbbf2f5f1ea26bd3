import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rateLimited, type Bucket, type RateLimiter, type WindowState } from "./rate-limit";

/** Windows older than this are pruned now and then (they only serve as the request log). */
const KEEP_SECONDS = 3600;

/**
 * Nova's fixed one-second windows kept in the database (SandboxRateWindow), so every instance
 * serving the sandbox counts against the same limit. One upsert per request both counts and
 * decides: the UPDATE reads the row's old `admitted`, so of N concurrent requests in a window
 * exactly `limit` are admitted whatever the instance (the database serialises the row).
 * The criteria_ai in-flight cap stays per process (see the in-memory RateLimiter): a crashed
 * process must not leave a slot taken, and per-second limits are what bound Nova's load.
 */
export class SharedRateLimiter {
  constructor(
    private readonly db: PrismaClient,
    private readonly local: RateLimiter,
  ) {}

  get limits() {
    return this.local.limits;
  }

  /** Takes one token, or throws 429 RATE_LIMITED (with the state for the headers). */
  async take(partnerKey: string, bucket: Bucket, nowMs = Date.now()): Promise<WindowState> {
    const second = Math.floor(nowMs / 1000);
    const limit = this.local.limits.perSecond[bucket];
    const key = `${partnerKey}:${bucket}`;
    const [row] = await this.db.$queryRaw<{ admitted: number | bigint; lastAdmitted: boolean | number }[]>`
      INSERT INTO "SandboxRateWindow" ("key", "second", "admitted", "refused", "lastAdmitted")
      VALUES (${key}, ${second}, 1, 0, true)
      ON CONFLICT ("key", "second") DO UPDATE SET
        "admitted" = CASE WHEN "SandboxRateWindow"."admitted" < ${limit}
                          THEN "SandboxRateWindow"."admitted" + 1 ELSE "SandboxRateWindow"."admitted" END,
        "refused" = CASE WHEN "SandboxRateWindow"."admitted" < ${limit}
                         THEN "SandboxRateWindow"."refused" ELSE "SandboxRateWindow"."refused" + 1 END,
        "lastAdmitted" = ("SandboxRateWindow"."admitted" < ${limit})
      RETURNING "admitted", "lastAdmitted"`;
    if (second % 60 === 0) void this.prune(second);
    const state: WindowState = {
      bucket,
      limit,
      remaining: Math.max(0, limit - Number(row!.admitted)),
      resetAt: second + 1,
    };
    if (!row!.lastAdmitted) throw rateLimited({ ...state, remaining: 0 }, nowMs, "Rate limit exceeded");
    return state;
  }

  /** The bucket's state without consuming (rate-limit-status must not spend other buckets). */
  async peek(partnerKey: string, bucket: Bucket, nowMs = Date.now()): Promise<WindowState> {
    const second = Math.floor(nowMs / 1000);
    const limit = this.local.limits.perSecond[bucket];
    const row = await this.db.sandboxRateWindow.findUnique({
      where: { key_second: { key: `${partnerKey}:${bucket}`, second } },
    });
    return { bucket, limit, remaining: Math.max(0, limit - (row?.admitted ?? 0)), resetAt: second + 1 };
  }

  enter(partnerKey: string, state: WindowState, nowMs = Date.now()): () => void {
    return this.local.enter(partnerKey, state, nowMs);
  }

  activeInflight(partnerKey: string): number {
    return this.local.activeInflight(partnerKey);
  }

  private async prune(second: number): Promise<void> {
    await this.db.sandboxRateWindow.deleteMany({ where: { second: { lt: second - KEEP_SECONDS } } }).catch(() => {
      // Pruning is housekeeping: a busy database may skip it this time.
    });
  }
}
