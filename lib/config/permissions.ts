import fs from "node:fs";
import path from "node:path";

/**
 * The data directory holds every candidate's resume, the database and the generated secrets:
 * only the account running Shortlist may read it (0700), and the database files are 0600.
 * Applied on every start, so a directory created by an older version (or by hand with a lax
 * umask) is tightened too. SQLite gives its -wal/-shm/-journal files the database file's mode.
 */
export function lockDownDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // A sticky directory (/tmp) is shared by every account: locking it down would break the
  // machine, and Shortlist's files would still sit beside everyone else's. Refuse it by name.
  if (fs.statSync(dataDir).mode & 0o1000) {
    throw new Error(`DATA_DIR (${dataDir}) is a shared directory such as /tmp: point it at a directory of its own.`);
  }
  fs.chmodSync(dataDir, 0o700);
}

export function lockDownDatabaseFiles(databaseUrl: string): void {
  if (!databaseUrl.startsWith("file:")) return;
  const file = path.resolve(databaseUrl.slice("file:".length).split("?")[0]!);
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      fs.chmodSync(f, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
}
