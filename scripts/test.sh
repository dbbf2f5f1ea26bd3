#!/usr/bin/env bash
# `npm test`: format, lint, types, unit + integration (Vitest against a real server), e2e (Playwright in
# Debian's Chromium against the production build). Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "✖ Chromium is missing (looked for $chromium). Install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi

step() { printf '\n▶ %s\n' "$1"; }
step "format";      node_modules/.bin/prettier --check . > /dev/null || { node_modules/.bin/prettier --check . ; echo "Run: npm run format" >&2; exit 1; }
step "lint";        node_modules/.bin/eslint --max-warnings=0 .
step "typecheck";   node_modules/.bin/tsc --noEmit
step "build";       node_modules/.bin/next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
step "unit + integration"; node_modules/.bin/vitest run
step "e2e";         node_modules/.bin/playwright test
