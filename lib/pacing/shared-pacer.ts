import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  ANSWER_WAIT_WINDOWS,
  DEFAULT_LIMITS,
  holdsUntilAnswered,
  slotFreeAt,
  type BucketName,
  type PaceOutcome,
  type ReleaseSlot,
  type RequestPacer,
} from "@/lib/nova/pacing";

export interface SharedPacerOptions {
  /** Nova's window: a slot is free again this long (+ PACE_MARGIN_MS) after its request started (slotFreeAt). */
  windowMs?: number;
  /** A slot held until answered longer than this (a crashed holder) is free again. Above the client's timeouts. */
  leaseMs?: number;
  /** Longest wait between looks for a free slot (another instance may release one). */
  maxPollMs?: number;
}

/**
 * The TokenBucket algorithm of lib/nova/pacing.ts with its slots in the database
 * (NovaPaceSlot), so every app instance draws from the same `perSecond` slots per Nova URL and
 * bucket: a request takes a slot when it starts and the slot is free again one window after that
 * start and after the Nova window that counted it (slotFreeAt; the slot waits up to
 * ANSWER_WAIT_WINDOWS for the answer), so all instances together send no more than perSecond
 * requests into any of Nova's windows (ADR 043). criteria_ai keeps its slot until the response,
 * too (Nova's in-flight cap). A 429 holds the
 * bucket's slots back for its Retry-After, for every instance. A slot is taken by a conditional
 * update (`freeAt <= now`), so two instances never hold the same one; a holder that dies returns
 * its slot when the lease runs out. Instances compare their clocks through freeAt: keep them in
 * sync (NTP), as any deployment does.
 */
export class SharedPacer implements RequestPacer {
  private readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  private takes = 0;
  private readonly ready = new Map<string, Promise<void>>();
  private readonly windowMs: number;
  private readonly leaseMs: number;
  private readonly maxPollMs: number;

  constructor(
    private readonly db: PrismaClient,
    private readonly limits: Record<BucketName, { perSecond: number }> = DEFAULT_LIMITS,
    options: SharedPacerOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 90_000;
    this.maxPollMs = options.maxPollMs ?? 250;
  }

  bucket(scope: string, name: BucketName) {
    return {
      acquire: () => this.acquire(`${scope} ${name}`, this.limits[name].perSecond, holdsUntilAnswered(name)),
    };
  }

  private async acquire(key: string, perSecond: number, hold: boolean): Promise<ReleaseSlot> {
    await this.ensureSlots(key, perSecond);
    for (;;) {
      // Each take its own holder: a late release must not free the slot's next use, even by this instance.
      const holder = `${this.instance}:${++this.takes}`;
      const slotId = await this.tryTake(key, hold, holder);
      // Started now, not when the take began: a slow database must not make the request look earlier.
      if (slotId) return this.releaser(key, slotId, hold, holder, Date.now());
      const soonest = await this.db.novaPaceSlot.findFirst({ where: { key }, orderBy: { freeAt: "asc" } });
      const waitMs = soonest ? soonest.freeAt.getTime() - Date.now() : this.maxPollMs;
      await new Promise((r) => setTimeout(r, Math.min(this.maxPollMs, Math.max(10, waitMs))));
    }
  }

  private async tryTake(key: string, hold: boolean, holder: string): Promise<string | null> {
    const now = new Date();
    const until = new Date(now.getTime() + (hold ? this.leaseMs : ANSWER_WAIT_WINDOWS * this.windowMs));
    const free = await this.db.novaPaceSlot.findMany({ where: { key, freeAt: { lte: now } }, select: { id: true } });
    // Start at a random free slot, so racing instances mostly try different rows.
    const offset = Math.floor(Math.random() * free.length);
    for (let i = 0; i < free.length; i++) {
      const { id } = free[(offset + i) % free.length]!;
      // One conditional UPDATE (Prisma's updateMany reads first, which SQLite cannot upgrade under contention).
      const count = await this.db.$executeRaw`
        UPDATE "NovaPaceSlot" SET "freeAt" = ${until}, "holder" = ${holder}
        WHERE "id" = ${id} AND "freeAt" <= ${now}`;
      if (count === 1) return id;
    }
    return null;
  }

  private releaser(key: string, slotId: string, hold: boolean, holder: string, startedAt: number): ReleaseSlot {
    let released = false;
    return (outcome?: PaceOutcome) => {
      if (released) return;
      released = true;
      const warn = (err: unknown) => {
        // The lease (or the window) returns the slot anyway; only its reuse is delayed.
        console.warn("[pacer] could not release a Nova pacing slot:", err instanceof Error ? err.message : err);
      };
      const freeAt = new Date(slotFreeAt(startedAt, Date.now(), this.windowMs, hold, outcome));
      // Only while this take still holds it: past the answer wait another may be using it.
      void this.db.$executeRaw`
        UPDATE "NovaPaceSlot" SET "freeAt" = ${freeAt}, "holder" = NULL
        WHERE "id" = ${slotId} AND "holder" = ${holder}`.catch(warn);
      if (outcome?.retryAfterMs != null) {
        // Nova refused: the whole bucket waits, on every instance (only ever later, never earlier).
        const until = new Date(Date.now() + outcome.retryAfterMs);
        void this.db.$executeRaw`
          UPDATE "NovaPaceSlot" SET "freeAt" = ${until} WHERE "key" = ${key} AND "freeAt" < ${until}`.catch(warn);
      }
    };
  }

  /** The key's slot rows exist (once per process; any instance may have created them first). */
  private ensureSlots(key: string, perSecond: number): Promise<void> {
    let ready = this.ready.get(key);
    if (!ready) {
      ready = (async () => {
        const ids = Array.from({ length: perSecond }, (_, i) => `${key} ${i}`);
        // A lowered limit leaves extra slots behind: they must not count.
        await this.db.novaPaceSlot.deleteMany({ where: { key, id: { notIn: ids } } });
        for (const id of ids) {
          // One statement (not upsert's read-then-write): another instance may be creating it too.
          await this.db.$executeRaw`
            INSERT INTO "NovaPaceSlot" ("id", "key", "freeAt") VALUES (${id}, ${key}, ${new Date(0)})
            ON CONFLICT ("id") DO NOTHING`;
        }
      })();
      ready.catch(() => this.ready.delete(key));
      this.ready.set(key, ready);
    }
    return ready;
  }
}
