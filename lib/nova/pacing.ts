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

/** What a request learned that its slot must honour: a 429's Retry-After holds the slot back that long. */
export interface PaceOutcome {
  retryAfterMs?: number | null;
}
/** Called once the response (or failure) is in. */
export type ReleaseSlot = (outcome?: PaceOutcome) => void;

/**
 * Headroom added to each window: request starts of one slot are spaced windowMs + this, so a
 * little jitter in how long requests take to reach Nova does not put two into one window.
 */
export const PACE_MARGIN_MS = 25;

/**
 * Buckets whose slot is held until the response arrives, on top of the spacing: criteria_ai
 * also caps requests in flight (4; its 2 slots keep us under it while generations take 10–20 s).
 */
export function holdsUntilAnswered(name: BucketName): boolean {
  return name === "criteria_ai";
}

/**
 * One bucket's pacing (ADR 043). Nova counts requests per one-second window when they arrive.
 * The bucket has `perSecond` slots; a request takes a free slot when it starts, and that slot is
 * free again one window (+ PACE_MARGIN_MS) after that start, so no more than perSecond requests
 * start in any window, whatever their latency: a slow response never holds back the next
 * request (a batch of 25 resumes may take longer than a second to answer, and intake would
 * otherwise run at a fraction of Nova's rate). `holdUntilAnswered` buckets also keep the slot
 * until the response (an in-flight cap). A 429 that slips through (requests reaching Nova out of
 * step) holds the slot back for its Retry-After, and the client retries: never shown to anyone.
 * Callers are served in arrival order.
 */
export class TokenBucket {
  /** Per slot: when it may be used again (Infinity while held until answered). */
  private readonly freeAt: number[];
  private tail: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    readonly perSecond: number,
    private readonly now: Clock = Date.now,
    private readonly sleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
    readonly windowMs = 1000,
    readonly holdUntilAnswered = false,
  ) {
    this.freeAt = Array.from({ length: perSecond }, () => -Infinity);
  }

  /** Waits for a slot; call the returned function once the response has arrived. */
  async acquire(): Promise<ReleaseSlot> {
    const turn = this.tail.then(() => this.takeSlot());
    // Keep the chain alive whatever happens to one caller.
    this.tail = turn.catch(() => undefined);
    const { slot, startedAt } = await turn;
    let released = false;
    return (outcome) => {
      if (released) return;
      released = true;
      const now = this.now();
      let at = this.freeAt[slot]!;
      if (this.holdUntilAnswered) at = Math.max(startedAt + this.windowMs + PACE_MARGIN_MS, now);
      if (outcome?.retryAfterMs != null) at = Math.max(at, now + outcome.retryAfterMs);
      this.freeAt[slot] = at;
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
  }

  private async takeSlot(): Promise<{ slot: number; startedAt: number }> {
    for (;;) {
      const t = this.now();
      let soonest = Infinity;
      for (let i = 0; i < this.freeAt.length; i++) {
        const at = this.freeAt[i]!;
        if (at <= t) {
          this.freeAt[i] = this.holdUntilAnswered ? Infinity : t + this.windowMs + PACE_MARGIN_MS;
          return { slot: i, startedAt: t };
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
  bucket(scope: string, name: BucketName): { acquire(): Promise<ReleaseSlot> };
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
      b = new TokenBucket(limit.perSecond, Date.now, undefined, 1000, holdsUntilAnswered(name));
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
