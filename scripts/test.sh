#!/usr/bin/env bash
# `npm test`: format, lint, types, unit + integration (Vitest against a real server), e2e (Playwright in
# Debian's Chromium against the production build) on SQLite; then, on a PostgreSQL cluster of its own
# (scripts/db/postgres-cluster.sh, stopped at the end even on failure), the database unit tests
# (`*.db.test.ts`), integration, the multi-instance and fault tests (tests/scale) and e2e again, with the
# same build (the provider is chosen at run time from DATABASE_URL). Stops at the first failure; prints
# each step's minutes at the end. SKIP_POSTGRES=1 runs the SQLite part only.
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
step "unit + integration (SQLite)"; node_modules/.bin/vitest run
step "e2e (SQLite)"; node_modules/.bin/playwright test

if [ "${SKIP_POSTGRES:-0}" = "1" ]; then summary; echo "SKIP_POSTGRES=1: PostgreSQL pass skipped"; exit 0; fi
trap pg_cluster_stop EXIT
step "start PostgreSQL"; pg_cluster_start
export TEST_POSTGRES_URL="$PG_CLUSTER_URL" PG_CLUSTER_DIR PG_CLUSTER_BIN
# The PostgreSQL pass's servers get ports of their own (TEST_PORT_BASE + 100 by default): a server of the
# SQLite pass still shutting down must not answer for a new one on the same port.
export TEST_PORT_BASE="${TEST_PORT_BASE_POSTGRES:-$((${TEST_PORT_BASE:-3200} + 100))}"
step "database unit tests (PostgreSQL)"; node_modules/.bin/vitest run --project database
step "integration (PostgreSQL)";         node_modules/.bin/vitest run --project integration
# After integration, not beside it: the scale tests stop the database for 10 s.
step "multi-instance + fault tests (PostgreSQL)"; node_modules/.bin/vitest run --project scale
step "e2e (PostgreSQL)";                 node_modules/.bin/playwright test
summary
