#!/usr/bin/env bash
# Until the first release, the schema ships as ONE initial migration per provider, regenerated
# from prisma/schema (see docs/decisions/001-foundation.md and 011-postgresql.md):
#   prisma/migrations/0001_init            SQLite (the embedded default)
#   prisma/postgres/migrations/0001_init   PostgreSQL (from the derived prisma/postgres/schema)
# After a release, switch to `prisma migrate diff --from-migrations` to append migrations instead.
# On a merge conflict in any migration file: resolve prisma/schema/*.prisma, then run this.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/db/derive-postgres-schema.mjs

# What Prisma's schema language cannot say (the JobCount triggers, docs/decisions/022) lives in
# prisma/triggers/<provider>.sql and is appended to the generated SQL.
regen() { # provider, schema dir, migrations dir, DATABASE_URL that selects the provider in prisma.config.ts
  mkdir -p "$3/0001_init"
  DATABASE_URL="$4" npx prisma migrate diff --from-empty --to-schema-datamodel "$2" --script > "$3/0001_init/migration.sql"
  cat "prisma/triggers/$1.sql" >> "$3/0001_init/migration.sql"
  printf 'provider = "%s"\n' "$1" > "$3/migration_lock.toml"
  echo "wrote $3/0001_init/migration.sql ($(wc -l < "$3/0001_init/migration.sql") lines)"
}
regen sqlite prisma/schema prisma/migrations "file::memory:"
# A diff from the datamodel needs no server (PRISMA_OFFLINE, see prisma.config.ts); the URL
# only picks the PostgreSQL side of the config.
PRISMA_OFFLINE=1 regen postgresql prisma/postgres/schema prisma/postgres/migrations "postgresql://localhost/unused"
