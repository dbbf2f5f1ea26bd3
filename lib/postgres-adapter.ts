import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** PostgreSQL catalog types the adapter cannot map (Prisma bug 27403) and the text type that reads the same. */
const CATALOG_AS_TEXT: Record<number, number> = {
  18: 25, // "char"  → text
  19: 25, // name    → text
  1002: 1009, // "char"[] → text[]
  1003: 1009, // name[]   → text[]
};

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function asText(result: QueryResultLike): QueryResultLike {
  for (const field of result?.fields ?? []) field.dataTypeID = CATALOG_AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  return result;
}

/**
 * The schema engine (`prisma migrate deploy`) reads pg_catalog columns of type `name` and
 * `"char"`, which @prisma/adapter-pg 6.19 refuses to map ("Column type 'name' could not be
 * deserialized"). pg already parses both as strings, so reporting them as text is exact.
 * Patched per pooled connection, which covers pool.query and transactions alike.
 */
function reportCatalogTypesAsText(pool: pg.Pool): pg.Pool {
  pool.on("connect", (client) => {
    const target = client as unknown as { query: (...args: unknown[]) => unknown };
    const query = target.query.bind(client);
    target.query = (...args: unknown[]) => {
      // pg.Pool calls client.query with a callback; the adapter's transactions await a promise.
      const last = args[args.length - 1];
      if (typeof last === "function") {
        const done = last as (err: unknown, result?: unknown) => void;
        return query(...args.slice(0, -1), (err: unknown, result?: QueryResultLike) => done(err, asText(result)));
      }
      return (query(...args) as Promise<QueryResultLike>).then(asText);
    };
  });
  return pool;
}

export interface PgAdapterOptions {
  /** Connections in this process's pool. Every instance holds its own: size it for N instances. */
  max?: number;
}

/** Prisma's PostgreSQL adapter on a pool of our own (see reportCatalogTypesAsText). */
export function createPgAdapter(connectionString: string, options: PgAdapterOptions = {}): PrismaPg {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // Give up on a connection (a server that does not answer, or every pooled connection busy)
    // after 15 s, so a request answers 5xx (Nova retries) rather than hanging. A stopped server
    // refuses at once; 5 s was too short for a burst on a busy machine: requests queued for a
    // pooled connection failed while the database was fine.
    connectionTimeoutMillis: 15_000,
    idleTimeoutMillis: 30_000,
    // Prisma keeps DateTime as UTC in "timestamp without time zone"; raw SQL compares against
    // parameters, so the session must be UTC whatever the server's default.
    options: "-c TimeZone=UTC",
  });
  // An idle connection dropped by a restarting server must not crash the process: the pool replaces it.
  pool.on("error", (err) => console.warn("[db] idle PostgreSQL connection lost:", err.message));
  return new PrismaPg(reportCatalogTypesAsText(pool), { disposeExternalPool: true });
}
