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

/** What a request learned that its slot must honour. */
export interface PaceOutcome {
  /** A 429's Retry-After: the slot (and, shared, the bucket) waits that long. */
  retryAfterMs?: number | null;
  /**
   * When Nova's window that counted this request ends (its X-RateLimit-Reset, epoch ms): the slot's
   * next request must arrive after it, however late this one arrived.
   */
  windowEndsAt?: number | null;
}
/** Called once the response (or failure) is in. */
export type ReleaseSlot = (outcome?: PaceOutcome) => void;

/**
 * Headroom added to each window: request starts of one slot are spaced windowMs + this, so a
 * little jitter in how long requests take to reach Nova does not put two into one window.
 */
export const PACE_MARGIN_MS = 25;

/**
 * How many windows a slot waits for its request's answer before it is free anyway. The answer
 * says which of Nova's windows counted the request (a request can arrive late: a busy event loop,
 * a slow network); a slot free one window after the start alone let two requests from two
 * instances land in one window. Beyond this, a slow response stops holding the next one back.
 */
export const ANSWER_WAIT_WINDOWS = 2;

/**
 * When a slot is free again once its request was answered (or failed): one window (+ margin)
 * after the request started, after the end of Nova's window that counted it, after a 429's
 * Retry-After, and for held buckets not before the answer. A window end is trusted at most one
 * window ahead (clock skew or a bad header must not stall the bucket).
 */
export function slotFreeAt(
  startedAt: number,
  now: number,
  windowMs: number,
  hold: boolean,
  outcome: PaceOutcome | undefined,
): number {
  let at = startedAt + windowMs + PACE_MARGIN_MS;
  if (outcome?.windowEndsAt != null) at = Math.max(at, Math.min(outcome.windowEndsAt, now + windowMs) + PACE_MARGIN_MS);
  if (hold) at = Math.max(at, now);
  if (outcome?.retryAfterMs != null) at = Math.max(at, now + outcome.retryAfterMs);
  return at;
}

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
 * free again one window (+ PACE_MARGIN_MS) after that start and after the end of the Nova window
 * that counted it (slotFreeAt), so no more than perSecond requests arrive in any window. Until the
 * answer tells that window, the slot waits for it, but no longer than ANSWER_WAIT_WINDOWS: a slow
 * response holds the next request back only that much (a batch of 25 resumes may take longer than
 * a second to answer, and intake would otherwise run at a fraction of Nova's rate).
 * `holdUntilAnswered` buckets keep the slot until the response (an in-flight cap). A 429 that
 * slips through holds the slot back for its Retry-After, and the client retries: never shown to
 * anyone. Callers are served in arrival order.
 */
export class TokenBucket {
  /** Per slot: when it may be used again (Infinity while held until answered). */
  private readonly freeAt: number[];
  /** Per slot: the request using it (a release after the slot was taken again changes nothing). */
  private readonly user: number[];
  private requests = 0;
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
    this.user = Array.from({ length: perSecond }, () => -1);
  }

  /** Waits for a slot; call the returned function once the response has arrived. */
  async acquire(): Promise<ReleaseSlot> {
    const turn = this.tail.then(() => this.takeSlot());
    // Keep the chain alive whatever happens to one caller.
    this.tail = turn.catch(() => undefined);
    const { slot, startedAt, request } = await turn;
    let released = false;
    return (outcome) => {
      if (released || this.user[slot] !== request) return;
      released = true;
      this.freeAt[slot] = slotFreeAt(startedAt, this.now(), this.windowMs, this.holdUntilAnswered, outcome);
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    };
  }

  private async takeSlot(): Promise<{ slot: number; startedAt: number; request: number }> {
    for (;;) {
      const t = this.now();
      let soonest = Infinity;
      for (let i = 0; i < this.freeAt.length; i++) {
        const at = this.freeAt[i]!;
        if (at <= t) {
          this.freeAt[i] = this.holdUntilAnswered ? Infinity : t + ANSWER_WAIT_WINDOWS * this.windowMs;
          this.user[i] = ++this.requests;
          return { slot: i, startedAt: t, request: this.requests };
        }
        soonest = Math.min(soonest, at);
      }
      // A release may free a slot before `soonest`: wake for whichever comes first.
      const released = new Promise<void>((r) => (this.wake = r));
      await (soonest === Infinity ? released : Promise.race([released, this.sleep(soonest - t)]));
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
