#!/usr/bin/env bash
# Generates both Prisma clients from the one schema source (docs/decisions/011-postgresql.md):
# lib/generated/prisma (SQLite) and lib/generated/prisma-postgres (from the derived schema).
# DATABASE_URL only picks the side of prisma.config.ts; nothing connects.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/db/derive-postgres-schema.mjs
DATABASE_URL="file::memory:" node_modules/.bin/prisma generate
DATABASE_URL="postgresql://localhost/offline" PRISMA_OFFLINE=1 node_modules/.bin/prisma generate
