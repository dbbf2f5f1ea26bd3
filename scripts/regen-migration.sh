#!/usr/bin/env bash
# Until the first release, the schema ships as ONE initial migration regenerated from
# prisma/schema (see docs/decisions/001-foundation.md). After a release, switch to
# `prisma migrate diff --from-migrations` to append migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p prisma/migrations/0001_init
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema --script \
  > prisma/migrations/0001_init/migration.sql
printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
echo "wrote prisma/migrations/0001_init/migration.sql ($(wc -l < prisma/migrations/0001_init/migration.sql) lines)"
