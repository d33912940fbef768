#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server: initdb + pg_ctl into a temporary folder, stopped afterwards.
# Exports COUNCIL_PG_ADMIN_URL (the server) and COUNCIL_TEST_DATABASE_URL / COUNCIL_DATABASE_URL (database "council").
# Usage: bash scripts/with-postgres.sh bash scripts/test.sh
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
PGDATA=$(mktemp -d /tmp/council-pg.XXXXXX)
chmod 700 "$PGDATA"
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA"
stop() { as_pg "$PGBIN/pg_ctl -D $PGDATA -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap stop EXIT
as_pg "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
# max_connections covers two app instances and the tests. wal_recycle=off as deploy/README.md asks: a recycled
# segment would keep old ballots' bytes under a future segment's name. PG_FAST=1 (the test suite) drops durability for
# speed: a database per test is created and dropped. Benchmarks, crash tests above all, keep fsync on.
opts="-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=300 -c wal_recycle=off"
[ "${PG_FAST:-0}" = "1" ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
as_pg "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -w -o '$opts' start" >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc 'CREATE DATABASE council'
export COUNCIL_PG_ADMIN_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
export COUNCIL_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/council"
export COUNCIL_DATABASE_URL="$COUNCIL_TEST_DATABASE_URL"
"$@"
