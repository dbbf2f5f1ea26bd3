/**
 * Client-side pacing to Nova's per-second rate-limit buckets (nova-api.md §5.1), so a large
 * submission waits its turn here instead of showing anyone a 429. This is per process: several
 * app instances share Nova's limit, and the client's 429 retry covers what pacing cannot.
 */

export type BucketName =
  | "criteria_ai"
  | "criteria_current_reads"
  | "scoring_intake_batch"
  | "scoring_intake_single"
  | "read_and_ops";

/** Documented G5 limits: requests per second, and for criteria_ai also concurrent requests in flight. */
export const DEFAULT_LIMITS: Record<BucketName, { perSecond: number; concurrency?: number }> = {
  criteria_ai: { perSecond: 2, concurrency: 4 },
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
 * One bucket's pacing: at most `perSecond` request starts inside any sliding window of one
 * second (plus a small margin for latency jitter). A plain token bucket with a one-second burst
 * lets through up to twice the limit across a fixed window edge, which Nova's per-second
 * windows would answer with 429s. Callers are served in arrival order, so a burst of
 * submissions is spread out fairly.
 */
export class TokenBucket {
  private starts: number[] = [];
  private tail: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  constructor(
    readonly perSecond: number,
    readonly concurrency: number = Infinity,
    private readonly now: Clock = Date.now,
    private readonly sleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
    readonly windowMs = 1050,
  ) {}

  /** Waits for a slot in the window (and a concurrency slot); returns a release function. */
  async acquire(): Promise<() => void> {
    const turn = this.tail.then(() => this.takeToken());
    // Keep the chain alive whatever happens to one caller.
    this.tail = turn.catch(() => undefined);
    await turn;
    if (this.inFlight >= this.concurrency) await new Promise<void>((r) => this.waiters.push(r));
    this.inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.waiters.shift()?.();
    };
  }

  private async takeToken(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.starts.length && this.starts[0]! <= t - this.windowMs) this.starts.shift();
      if (this.starts.length < this.perSecond) {
        this.starts.push(t);
        return;
      }
      await this.sleep(this.starts[0]! + this.windowMs - t);
    }
  }
}

/** One bucket per (Nova base URL, bucket name), shared by every client in this process. */
export class Pacer {
  private buckets = new Map<string, TokenBucket>();
  constructor(private readonly limits: Record<BucketName, { perSecond: number; concurrency?: number }> = DEFAULT_LIMITS) {}

  bucket(scope: string, name: BucketName): TokenBucket {
    const key = `${scope} ${name}`;
    let b = this.buckets.get(key);
    if (!b) {
      const limit = this.limits[name];
      b = new TokenBucket(limit.perSecond, limit.concurrency);
      this.buckets.set(key, b);
    }
    return b;
  }
}

const globalPacer = globalThis as unknown as { shortlistNovaPacer?: Pacer };
/** The process-wide pacer (kept on globalThis so dev reloads and route bundles share it). */
export function processPacer(): Pacer {
  globalPacer.shortlistNovaPacer ??= new Pacer();
  return globalPacer.shortlistNovaPacer;
}
