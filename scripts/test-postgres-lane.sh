#!/usr/bin/env bash
# Part of scripts/test.sh: the PostgreSQL pass's database unit tests, integration and e2e, one after
# another, on the cluster test.sh started. test.sh runs this beside the SQLite pass; it expects
# TEST_POSTGRES_URL and its own TEST_PORT_BASE. Appends each part's minutes to $LANE_TIMES.
# (The multi-instance and fault tests stop their database for 10 s, so they run on a cluster of
# their own in the foreground lane, after the SQLite pass: see test.sh.)
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
timed "e2e (PostgreSQL)" node_modules/.bin/playwright test
