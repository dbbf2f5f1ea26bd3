/**
 * Client-side pacing to Nova's per-second rate-limit buckets (nova-api.md §5.1), so a large
 * submission waits its turn here instead of showing anyone a 429. `Pacer` paces one process;
 * the running app installs a database-backed pacer shared by all instances instead
 * (lib/pacing/shared-pacer.ts, via setProcessPacer in instrumentation.ts). The client's 429
 * retry covers what pacing cannot.
 */

export type BucketName =
  "criteria_ai" | "criteria_current_reads" | "scoring_intake_batch" | "scoring_intake_single" | "read_and_ops";

/** Documented G5 limits, requests per second (criteria_ai also allows 4 in flight; see TokenBucket). */
export const DEFAULT_LIMITS: Record<BucketName, { perSecond: number }> = {
  criteria_ai: { perSecond: 2 },
  criteria_current_reads: { perSecond: 60 },
  scoring_intake_batch: { perSecond: 1 },
  scoring_intake_single: { perSecond: 10 },
  read_and_ops: { perSecond: 20 },
};

/** Which bucket a request falls into, by method and path (one bucket per request). */
export function bucketFor(method: string, path: string): BucketName {
  const m = method.toUpperCase();
  if (m === "POST" && /\/(question-sets|criteria\/generate)$/.test(path)) return "criteria_ai";
  if (m === "GET" && /\/criteria\/versions\/current$/.test(path)) return "criteria_current_reads";
  if (m === "POST" && /\/scoring-batches$/.test(path)) return "scoring_intake_batch";
  if (m === "POST" && /\/scoring-jobs$/.test(path)) return "scoring_intake_single";
  return "read_and_ops";
}

type Clock = () => number;
type Sleep = (ms: number) => Promise<void>;

/**
 * One bucket's pacing. Nova counts requests per fixed one-second window *when they arrive*,
 * and arrival can lag the moment we sent them by any amount (network, a busy server), so
 * spacing request starts is not enough: a batch sent late in one second may land in the next
 * together with that second's own. Instead the bucket has `perSecond` slots; a request holds a
 * slot from its start until one window after its response. Among any perSecond + 1 requests two
 * share a slot, and the later one started a full window after the earlier one had been
 * answered (so had arrived): no window can ever see more than perSecond arrivals, whatever the
 * latency. It also caps requests in flight at perSecond (criteria_ai's documented cap of 4 is
 * looser than its 2/s). Callers are served in arrival order.
 */
export class TokenBucket {
  /** Per slot: when it may be used again (Infinity while its request is in flight). */
  private readonly freeAt: number[];
  private tail: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    readonly perSecond: number,
    private readonly now: Clock = Date.now,
    private readonly sleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
    readonly windowMs = 1000,
  ) {
    this.freeAt = Array.from({ length: perSecond }, () => -Infinity);
  }

  /** Waits for a slot; call the returned function once the response has arrived. */
  async acquire(): Promise<() => void> {
    const turn = this.tail.then(() => this.takeSlot());
    // Keep the chain alive whatever happens to one caller.
    this.tail = turn.catch(() => undefined);
    const slot = await turn;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.freeAt[slot] = this.now() + this.windowMs;
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
  }

  private async takeSlot(): Promise<number> {
    for (;;) {
      const t = this.now();
      let soonest = Infinity;
      for (let i = 0; i < this.freeAt.length; i++) {
        const at = this.freeAt[i]!;
        if (at <= t) {
          this.freeAt[i] = Infinity;
          return i;
        }
        soonest = Math.min(soonest, at);
      }
      if (soonest === Infinity) await new Promise<void>((r) => (this.wake = r));
      else await this.sleep(soonest - t);
    }
  }
}

/** What the client needs from a pacer: a slot per request, released once the response arrived. */
export interface RequestPacer {
  bucket(scope: string, name: BucketName): { acquire(): Promise<() => void> };
}

/** One bucket per (Nova base URL, bucket name), shared by every client in this process. */
export class Pacer implements RequestPacer {
  private buckets = new Map<string, TokenBucket>();
  constructor(private readonly limits: Record<BucketName, { perSecond: number }> = DEFAULT_LIMITS) {}

  bucket(scope: string, name: BucketName): TokenBucket {
    const key = `${scope} ${name}`;
    let b = this.buckets.get(key);
    if (!b) {
      const limit = this.limits[name];
      b = new TokenBucket(limit.perSecond);
      this.buckets.set(key, b);
    }
    return b;
  }
}

const globalPacer = globalThis as unknown as { shortlistNovaPacer?: RequestPacer };
/** The process-wide pacer (kept on globalThis so dev reloads and route bundles share it). */
export function processPacer(): RequestPacer {
  globalPacer.shortlistNovaPacer ??= new Pacer();
  return globalPacer.shortlistNovaPacer;
}

/** Replaces the process-wide pacer (the composition root installs the shared one at start-up). */
export function setProcessPacer(pacer: RequestPacer): void {
  globalPacer.shortlistNovaPacer = pacer;
}
