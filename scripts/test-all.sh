#!/usr/bin/env bash
# The whole test suite, step by step. Run through ./portal test, which sets up the toolchain,
# PostgreSQL, Chromium and the dependencies first.
set -euo pipefail
cd "$AGILE_OPS_ROOT"
source scripts/lib.sh

step() { printf '\n[portal test] == %s ==\n' "$*" >&2; }

step "type check (tsc)"
yarn tsc

step "generated API code matches the OpenAPI documents"
yarn generate:openapi:check

step "lint (backstage-cli repo lint)"
yarn backstage-cli repo lint
yarn prettier --check .

step "unit and database tests on SQLite and PostgreSQL (jest)"
CI=true yarn backstage-cli repo test --ci

step "script tests (node --test)"
node --test 'test/scripts/*.test.mjs'

step "build app and backend"
yarn workspace app build
yarn workspace backend build

step "two backend replicas on one PostgreSQL (node --test)"
node --test test/replicas/*.test.mjs

step "browser tests in Chromium (Playwright)"
node scripts/preflight.mjs --ports 7007
rm -rf test-results/screenshots
CI=true yarn playwright test --config test/e2e/playwright.config.ts

step "the demo's first minutes in Chromium: a fresh portal with app-config.demo.yaml (Playwright)"
node scripts/preflight.mjs --ports 7007
CI=true yarn playwright test --config test/e2e/demo/playwright.config.ts
log "screenshots: $(ls test-results/screenshots | tr '\n' ' ')"
