import { db } from "@/lib/db";

/** At most one log row per this interval per process, however much junk arrives. */
const SAMPLE_EVERY_MS = 10_000;

const state = globalThis as unknown as {
  shortlistWebhookRejections?: { lastSampleAt: number; unsampled: number };
};

/**
 * Requests that fail authentication (or are too large to authenticate) are counted, not
 * stored one by one: anyone can send them, so a row each would let junk traffic fill the
 * database and compete with real deliveries for the write lock. One sample row per interval
 * carries the latest rejection and how many were counted since the previous sample.
 */
export async function noteRejection(input: {
  reason: string;
  deliveryId: string | null;
  event: string | null;
  signatureOk?: boolean;
}): Promise<void> {
  const s = (state.shortlistWebhookRejections ??= { lastSampleAt: 0, unsampled: 0 });
  const now = Date.now();
  if (now - s.lastSampleAt < SAMPLE_EVERY_MS) {
    s.unsampled++;
    return;
  }
  const skipped = s.unsampled;
  s.lastSampleAt = now;
  s.unsampled = 0;
  const id = input.deliveryId ? ` (id ${input.deliveryId.slice(0, 100)})` : "";
  const more = skipped ? `; ${skipped} more rejected since the previous sample` : "";
  // A forged request must not occupy a real delivery id, so the sample is stored without it.
  await db.webhookEvent
    .create({
      data: {
        deliveryId: null,
        event: input.event?.slice(0, 64) ?? null,
        signatureOk: input.signatureOk ?? false,
        outcome: "rejected",
        detail: `${input.reason}${id}${more}`.slice(0, 500),
      },
    })
    .catch((err: unknown) => console.warn("[webhook] could not log a rejection sample", err));
}
