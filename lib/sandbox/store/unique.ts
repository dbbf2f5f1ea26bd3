/** Prisma's unique-constraint violation (P2002): the database said "someone got there first". */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

/**
 * Runs `create`; when a concurrent request won the unique key, returns what `find` sees
 * instead. Lets idempotent creates converge on one row without locks.
 */
export async function createOrFind<T>(
  create: () => Promise<T>,
  find: () => Promise<T | null>,
): Promise<{ row: T; created: boolean }> {
  try {
    return { row: await create(), created: true };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const row = await find();
    if (!row) throw err;
    return { row, created: false };
  }
}
