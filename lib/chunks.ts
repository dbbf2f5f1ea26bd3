/**
 * Ids per statement. Prisma refuses a query with more bound parameters than SQLite allows
 * (P2029, "query parameter limit exceeded"), which an `id IN (…)` over a whole job's
 * applications passes at about a thousand; 500 leaves room for the query's other parameters.
 */
export const ID_CHUNK = 500;

export function chunked<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  if (size < 1) throw new Error("chunk size must be at least 1");
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `query` over the items one chunk at a time and concatenates the results. */
export async function inChunks<T, R>(
  items: readonly T[],
  query: (chunk: T[]) => Promise<R[]>,
  size = ID_CHUNK,
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunked(items, size)) out.push(...(await query(chunk)));
  return out;
}
