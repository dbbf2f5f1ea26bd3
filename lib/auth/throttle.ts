import { db } from "@/lib/db";

/**
 * Sign-in throttling, in the database so every app instance counts the same failures. Checked
 * BEFORE the password hash is compared: bcrypt is a CPU cost an attacker could otherwise impose
 * at will, and a locked account must not be guessable by timing either.
 *
 * Two keys per attempt: the account (email), so a slow distributed guess at one account stops;
 * and the client address, so one client cannot spray many accounts. A locked key stays locked
 * until enough of its failures leave the window; locked attempts add no rows.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;

export interface ThrottleVerdict {
  /** When the caller may try again; null when it may try now. */
  retryAt: Date | null;
}

function keysFor(email: string, address: string | null): { key: string; limit: number }[] {
  const keys = [{ key: `account:${email.trim().toLowerCase()}`, limit: ACCOUNT_LIMIT }];
  if (address) keys.push({ key: `ip:${address}`, limit: ADDRESS_LIMIT });
  return keys;
}

export async function checkSignInThrottle(
  email: string,
  address: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  let retryAt: Date | null = null;
  for (const { key, limit } of keysFor(email, address)) {
    // Newest first, and no more rows than the limit: the oldest of them decides when the count
    // drops below the limit again.
    const recent = await db.signInFailure.findMany({
      where: { key, at: { gt: since } },
      orderBy: { at: "desc" },
      take: limit,
      select: { at: true },
    });
    if (recent.length < limit) continue;
    const until = new Date(recent[recent.length - 1]!.at.getTime() + THROTTLE_WINDOW_MS);
    if (!retryAt || until > retryAt) retryAt = until;
  }
  return { retryAt };
}

export async function recordSignInFailure(email: string, address: string | null, now = new Date()): Promise<void> {
  await db.signInFailure.createMany({ data: keysFor(email, address).map(({ key }) => ({ key, at: now })) });
  // Pruning rides on failures, so the table stays as small as the window needs.
  await db.signInFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } });
}

/** A correct password clears the account's failures (not the address's: a sprayer stays slow). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}

export function throttleMessage(retryAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The client's address as our own front door saw it: the LAST X-Forwarded-For entry (a load
 * balancer appends the address it saw; Next sets the header to the socket address when there
 * is none). Entries further left are whatever the client claimed.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  if (last) return last.slice(0, 64);
  return headers.get("x-real-ip")?.trim().slice(0, 64) || null;
}
