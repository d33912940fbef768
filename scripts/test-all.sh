#!/usr/bin/env bash
# Every test on SQLite (browser tests included), then every non-browser test on a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== SQLite: every test"
bash scripts/test.sh
# Browser tests prove the classroom flow and do not depend on the database: they run on SQLite only.
echo "== PostgreSQL: every test but the browser ones"
PG_FAST=1 bash scripts/with-postgres.sh bash scripts/test.sh tests --ignore=tests/e2e
