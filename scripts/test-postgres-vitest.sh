#!/usr/bin/env bash
# Part of scripts/test.sh: the PostgreSQL pass's Vitest projects (database unit tests, integration,
# then the multi-instance and fault tests), one after another. test.sh runs this beside the SQLite
# pass; it expects TEST_POSTGRES_URL, PG_CLUSTER_DIR, PG_CLUSTER_BIN and its own TEST_PORT_BASE.
# Appends each part's minutes to $LANE_TIMES.
set -euo pipefail
cd "$(dirname "$0")/.."
timed() {
  local name=$1 started=$SECONDS
  shift
  printf '\n▶ %s\n' "$name"
  "$@"
  printf '  %-40s %5.1f min\n' "$name" "$(echo "$((SECONDS - started))" | awk '{print $1 / 60}')" >> "$LANE_TIMES"
}
timed "database unit tests (PostgreSQL)" node_modules/.bin/vitest run --project database
timed "integration (PostgreSQL)" node_modules/.bin/vitest run --project integration
# After integration, not beside it: the scale tests stop the database for 10 s.
timed "multi-instance + fault tests (PostgreSQL)" node_modules/.bin/vitest run --project scale
