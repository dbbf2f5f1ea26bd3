#!/usr/bin/env bash
# `npm test`: format, lint, types, one production build; then unit + integration (Vitest against a real
# server) and e2e (Playwright in Debian's Chromium) on SQLite, and the same on a PostgreSQL cluster of its
# own (scripts/db/postgres-cluster.sh, stopped at the end even on failure): the database unit tests
# (`*.db.test.ts`), integration, the multi-instance and fault tests (tests/scale) and e2e, with the same
# build (the provider is chosen at run time from DATABASE_URL). The PostgreSQL Vitest projects run beside
# the SQLite pass (scripts/test-postgres-vitest.sh). Stops at the first failure; prints each step's
# minutes at the end. SKIP_POSTGRES=1 runs the SQLite part only.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
source scripts/db/postgres-cluster.sh

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "✖ Chromium is missing (looked for $chromium). Install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
if [ "${SKIP_POSTGRES:-0}" != "1" ]; then pg_bin_dir > /dev/null; fi

started=$SECONDS
steps=()
step_started=$SECONDS
# Each step's duration, for the summary (CI's time limit is for the whole run: see README).
step() {
  [ ${#steps[@]} -gt 0 ] && steps[-1]="${steps[-1]}|$((SECONDS - step_started))"
  step_started=$SECONDS
  steps+=("$1")
  printf '\n▶ %s  (%s s so far)\n' "$1" "$((SECONDS - started))"
}
summary() {
  step "done"
  for s in "${steps[@]::${#steps[@]}-1}"; do
    printf '  %-36s %5.1f min\n' "${s%|*}" "$(echo "${s##*|}" | awk '{print $1 / 60}')"
  done
  printf '  %-36s %5.1f min\n' "total" "$(echo "$((SECONDS - started))" | awk '{print $1 / 60}')"
}
step "format";      node_modules/.bin/prettier --check . > /dev/null || { node_modules/.bin/prettier --check . ; echo "Run: npm run format" >&2; exit 1; }
step "lint";        node_modules/.bin/eslint --max-warnings=0 .
step "typecheck";   node_modules/.bin/tsc --noEmit
step "build";       node_modules/.bin/next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
if [ "${SKIP_POSTGRES:-0}" = "1" ]; then
  step "unit + integration (SQLite)"; node_modules/.bin/vitest run
  step "e2e (SQLite)"; node_modules/.bin/playwright test
  summary; echo "SKIP_POSTGRES=1: PostgreSQL pass skipped"; exit 0
fi

# The PostgreSQL pass's Vitest projects run in the background beside the SQLite pass: both mostly
# wait on their servers (one server each, test files one after another), so on two cores they
# share the CPU well, and CI's 30 minutes hold with both databases (docs/decisions/045). Each pass
# has its own ports (TEST_PORT_BASE + 100 for PostgreSQL), data directories and database.
lane_pid=""
cleanup() {
  if [ -n "$lane_pid" ]; then kill -- "-$lane_pid" 2>/dev/null || true; fi
  pg_cluster_stop
}
trap cleanup EXIT
step "start PostgreSQL"; pg_cluster_start
pg_port_base="${TEST_PORT_BASE_POSTGRES:-$((${TEST_PORT_BASE:-3200} + 100))}"
lane_log=.test-postgres-vitest.log
export LANE_TIMES=.test-lane-times
: > "$LANE_TIMES"
TEST_POSTGRES_URL="$PG_CLUSTER_URL" PG_CLUSTER_DIR="$PG_CLUSTER_DIR" PG_CLUSTER_BIN="$PG_CLUSTER_BIN" \
  TEST_PORT_BASE="$pg_port_base" setsid bash scripts/test-postgres-vitest.sh > "$lane_log" 2>&1 &
lane_pid=$!

step "unit + integration (SQLite)"; node_modules/.bin/vitest run
step "e2e (SQLite)"; node_modules/.bin/playwright test
step "PostgreSQL Vitest projects (finishing)"
lane_rc=0
wait "$lane_pid" || lane_rc=$?
lane_pid=""
printf '\n──── PostgreSQL: database unit tests, integration, multi-instance + fault tests ────\n'
cat "$lane_log"
if [ "$lane_rc" -ne 0 ]; then echo "✖ the PostgreSQL Vitest projects failed (above)" >&2; exit 1; fi

export TEST_POSTGRES_URL="$PG_CLUSTER_URL" PG_CLUSTER_DIR PG_CLUSTER_BIN TEST_PORT_BASE="$pg_port_base"
step "e2e (PostgreSQL)"; node_modules/.bin/playwright test
summary
echo "  in the background, beside the SQLite pass:"
cat "$LANE_TIMES"
