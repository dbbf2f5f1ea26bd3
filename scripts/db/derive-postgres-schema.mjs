/**
 * prisma/schema/ is the one schema source (written for SQLite, the embedded default). The
 * PostgreSQL schema folder is derived from it, never edited: the same models with the
 * datasource provider and the generated client's output switched. Run by `postinstall`,
 * `npm run db:generate` and `npm run db:migration:regen`; the result is gitignored.
 * See docs/decisions/011-postgresql.md.
 */
import fs from "node:fs";
import path from "node:path";

const SOURCE = "prisma/schema";
export const POSTGRES_SCHEMA_DIR = "prisma/postgres/schema";

/** Each rewrite must apply exactly once, so a changed base.prisma fails loudly here instead of silently. */
const REWRITES = [
  [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
  [/output\s*=\s*"\.\.\/\.\.\/lib\/generated\/prisma"/, 'output = "../../../lib/generated/prisma-postgres"'],
];

export function derivePostgresSchema(root = process.cwd()) {
  const src = path.join(root, SOURCE);
  const dest = path.join(root, POSTGRES_SCHEMA_DIR);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const pending = new Set(REWRITES);
  for (const name of fs
    .readdirSync(src)
    .filter((f) => f.endsWith(".prisma"))
    .sort()) {
    let text = fs.readFileSync(path.join(src, name), "utf8");
    for (const rewrite of REWRITES) {
      if (rewrite[0].test(text)) {
        text = text.replace(rewrite[0], rewrite[1]);
        pending.delete(rewrite);
      }
    }
    const header = `// GENERATED from ${SOURCE}/${name} by scripts/db/derive-postgres-schema.mjs: edit the source.\n`;
    fs.writeFileSync(path.join(dest, name), header + text);
  }
  if (pending.size) {
    throw new Error(`derive-postgres-schema: no match in ${SOURCE} for ${[...pending].map((r) => r[0]).join(", ")}`);
  }
  return dest;
}

if (import.meta.url === `file://${process.argv[1]}`) derivePostgresSchema();
