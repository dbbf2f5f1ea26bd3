import path from "node:path";

/** The data directory: SQLite database, generated secrets and uploaded files live here. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv): string {
  // The data directory is chosen at run time; tell Turbopack not to trace it into the build.
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "./data");
}

/** `DATABASE_URL` wins; otherwise SQLite inside the data directory. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL || `file:${path.join(dataDirFromEnv(env), "shortlist.db")}`;
}

/** PostgreSQL (`postgresql://…` or `postgres://…`) rather than the embedded SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
