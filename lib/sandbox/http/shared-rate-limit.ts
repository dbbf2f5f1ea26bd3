import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rateLimited, type Bucket, type RateLimits, type WindowState } from "./rate-limit";

/** Windows older than this are pruned now and then (they only serve as the request log). */
const KEEP_SECONDS = 3600;
/** A criteria_ai slot held longer than this (its process died) is free again; above any request's duration. */
const INFLIGHT_LEASE_MS = 120_000;

/**
 * Nova's limits kept in the database, so every instance serving the sandbox counts against the
 * same ones:
 * - the fixed one-second windows (SandboxRateWindow): one upsert per request both counts and
 *   decides; the UPDATE reads the row's old `admitted`, so of N concurrent requests in a window
 *   exactly `limit` are admitted whatever the instance (the database serialises the row). The
 *   rows double as the sandbox's request log per second;
 * - the criteria_ai in-flight cap (SandboxInflightSlot): `criteriaAiInflight` slots per partner,
 *   each taken by a conditional UPDATE (`freeAt <= now`), so two instances never hold the same
 *   one. A request holds its slot until answered; a dying process's slot returns after a lease.
 */
export class SharedRateLimiter {
  private readonly instance = `${hostname()}:${process.pid}`;
  private readonly slotsReady = new Map<string, Promise<void>>();

  constructor(
    private readonly db: PrismaClient,
    readonly limits: RateLimits,
  ) {}

  /** Takes one token, or throws 429 RATE_LIMITED (with the state for the headers). */
  async take(partnerKey: string, bucket: Bucket, nowMs = Date.now()): Promise<WindowState> {
    const second = Math.floor(nowMs / 1000);
    const limit = this.limits.perSecond[bucket];
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
    const limit = this.limits.perSecond[bucket];
    const row = await this.db.sandboxRateWindow.findUnique({
      where: { key_second: { key: `${partnerKey}:${bucket}`, second } },
    });
    return { bucket, limit, remaining: Math.max(0, limit - (row?.admitted ?? 0)), resetAt: second + 1 };
  }

  /**
   * Reserves one of the partner's criteria_ai in-flight slots, or throws 429 RATE_LIMITED when
   * all are held (by any instance). Call the returned function when the request is answered.
   */
  async enter(partnerKey: string, state: WindowState, nowMs = Date.now()): Promise<() => Promise<void>> {
    await this.ensureSlots(partnerKey);
    const now = new Date(nowMs);
    const free = await this.db.sandboxInflightSlot.findMany({
      where: { key: partnerKey, freeAt: { lte: now } },
      select: { id: true },
    });
    const holder = `${this.instance}:${randomBytes(4).toString("hex")}`;
    // Start at a random free slot, so racing instances mostly try different rows.
    const offset = Math.floor(Math.random() * free.length);
    for (let i = 0; i < free.length; i++) {
      const { id } = free[(offset + i) % free.length]!;
      // One conditional UPDATE: of two instances racing for this slot, one sees freeAt moved on.
      const taken = await this.db.$executeRaw`
        UPDATE "SandboxInflightSlot" SET "freeAt" = ${new Date(nowMs + INFLIGHT_LEASE_MS)}, "holder" = ${holder}
        WHERE "id" = ${id} AND "freeAt" <= ${now}`;
      if (taken === 1) return this.releaser(id, holder);
    }
    throw rateLimited(state, nowMs, `Too many criteria AI requests in flight (max ${this.limits.criteriaAiInflight})`);
  }

  /** criteria_ai requests in flight for the partner, across every instance. */
  async activeInflight(partnerKey: string, nowMs = Date.now()): Promise<number> {
    await this.ensureSlots(partnerKey);
    return this.db.sandboxInflightSlot.count({ where: { key: partnerKey, freeAt: { gt: new Date(nowMs) } } });
  }

  private releaser(id: string, holder: string): () => Promise<void> {
    let released: Promise<void> | undefined;
    return () =>
      (released ??= this.db.$executeRaw`
        UPDATE "SandboxInflightSlot" SET "freeAt" = ${new Date(0)}, "holder" = NULL
        WHERE "id" = ${id} AND "holder" = ${holder}`.then(
        () => undefined,
        (err: unknown) => {
          // The lease returns the slot anyway; the answer already went out.
          console.warn(
            "[nova-sandbox] could not release a criteria_ai slot:",
            err instanceof Error ? err.message : err,
          );
        },
      ));
  }

  /** The partner's slot rows exist (once per process; any instance may have created them first). */
  private ensureSlots(partnerKey: string): Promise<void> {
    let ready = this.slotsReady.get(partnerKey);
    if (!ready) {
      ready = (async () => {
        const ids = Array.from({ length: this.limits.criteriaAiInflight }, (_, i) => `${partnerKey} ${i}`);
        // A lowered cap leaves extra slots behind: they must not count.
        await this.db.sandboxInflightSlot.deleteMany({ where: { key: partnerKey, id: { notIn: ids } } });
        for (const id of ids) {
          // One statement (not upsert's read-then-write): another instance may be creating it too.
          await this.db.$executeRaw`
            INSERT INTO "SandboxInflightSlot" ("id", "key", "freeAt") VALUES (${id}, ${partnerKey}, ${new Date(0)})
            ON CONFLICT ("id") DO NOTHING`;
        }
      })();
      ready.catch(() => this.slotsReady.delete(partnerKey));
      this.slotsReady.set(partnerKey, ready);
    }
    return ready;
  }

  private async prune(second: number): Promise<void> {
    await this.db.sandboxRateWindow.deleteMany({ where: { second: { lt: second - KEEP_SECONDS } } }).catch(() => {
      // Pruning is housekeeping: a busy database may skip it this time.
    });
  }
}
