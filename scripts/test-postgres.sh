#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS 3 server for the PostGIS export test, on a Unix socket only
# (no TCP port, so several checkouts on one machine do not collide).
#
#   eval "$(scripts/test-postgres.sh start)"   # prints: export PLACELINE_TEST_PG='PG:...'
#   ctest --test-dir build -R postgis --output-on-failure
#   scripts/test-postgres.sh stop
#
# With a FILE after start or stop (as ctest runs it: tests/CMakeLists.txt), the connection string
# is also written to FILE, which the PostGIS tests read, and stop removes it.
#
# The cluster lives in $PLACELINE_PG_DIR (default: a folder under ${TMPDIR:-/tmp} named after this
# user); `stop` shuts the server down and removes that folder. PostgreSQL refuses to run as root,
# so as root the server runs as the `postgres` user (scripts/setup.sh installs the packages).
set -euo pipefail

dir=${PLACELINE_PG_DIR:-${TMPDIR:-/tmp}/placeline-pg-$(id -u)}
bin=/usr/lib/postgresql/15/bin
db=placeline_test

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -x "$bin/initdb" ] || { echo "test-postgres: no PostgreSQL 15 in $bin (run scripts/setup.sh)" >&2; exit 1; }
  local user=$(id -un)
  [ "$(id -u)" = 0 ] && user=postgres
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses='' -c fsync=off" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
  fi
  as_owner "$bin/psql" -h "$dir" -U "$user" -d postgres -qtAc "SELECT 1 FROM pg_database WHERE datname='$db'" |
    grep -q 1 || as_owner "$bin/createdb" -h "$dir" -U "$user" "$db"
  PGOPTIONS="-c client_min_messages=warning" as_owner "$bin/psql" -h "$dir" -U "$user" -d "$db" -qc \
    "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
  echo "export PLACELINE_TEST_PG='PG:host=$dir dbname=$db user=$user'"
  if [ -n "$file" ]; then echo "PG:host=$dir dbname=$db user=$user" > "$file.tmp" && mv "$file.tmp" "$file"; fi
}

stop() {
  if [ -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  if [ -n "$file" ]; then rm -f "$file"; fi
}

file=${2:-}
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
