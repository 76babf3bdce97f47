#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests against a real database server.
#
#   scripts/postgres-server.sh          install (if missing), create (if missing) and start (if stopped)
#   scripts/postgres-server.sh stop     stop it (the data directory is kept; remove it by hand)
#   scripts/postgres-server.sh status   say whether it runs
#
# Settings: PGTEST_DIR (default /tmp/samenloop-pg), PGTEST_PORT (default 55432).
# Listens on 127.0.0.1 only. Role and database `samenloop`, password `samenloop`, role may CREATEDB
# (the test helpers create a fresh database per test file).
# The last line printed by a start is TEST_DATABASE_URL=postgres://samenloop:samenloop@127.0.0.1:PORT/samenloop
set -euo pipefail

PGTEST_DIR="${PGTEST_DIR:-/tmp/samenloop-pg}"
PGTEST_PORT="${PGTEST_PORT:-55432}"
# Absolute, since the server runs as another user from another directory.
PGTEST_DIR="$(realpath -m "$PGTEST_DIR")"
DATA="$PGTEST_DIR/data"
LOG="$PGTEST_DIR/server.log"
SOCKDIR="$PGTEST_DIR/socket"
URL="postgres://samenloop:samenloop@127.0.0.1:${PGTEST_PORT}/samenloop"
ACTION="${1:-start}"

say() { echo "postgres-server: $*" >&2; }

find_bindir() {
  local dir
  # Newest installed major version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5nr); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      # su needs one command string; quote every argument.
      local quoted="" arg
      for arg in "$@"; do quoted+=" $(printf '%q' "$arg")"; done
      su postgres -s /bin/sh -c "$quoted"
    fi
  else
    "$@"
  fi
}

install_server() {
  if BINDIR="$(find_bindir)"; then return 0; fi
  if [ "$(id -u)" != "0" ]; then
    say "PostgreSQL server is not installed and this is not root; install the Debian package 'postgresql'"
    exit 1
  fi
  say "installing Debian's PostgreSQL server"
  export DEBIAN_FRONTEND=noninteractive
  # Don't let the package start its own cluster on 5432 through the init system (there may be none).
  if ! apt-get install -y --no-install-recommends postgresql >/dev/null; then
    apt-get update >/dev/null
    apt-get install -y --no-install-recommends postgresql >/dev/null
  fi
  BINDIR="$(find_bindir)" || { say "PostgreSQL installed but no bin directory under /usr/lib/postgresql/*/bin"; exit 1; }
}

is_running() {
  [ -n "${BINDIR:-}" ] && [ -f "$DATA/PG_VERSION" ] && as_postgres "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

psql_admin() {
  as_postgres "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PGTEST_PORT" -d postgres "$@"
}

case "$ACTION" in
  stop)
    BINDIR="$(find_bindir)" || { say "no PostgreSQL server installed; nothing to stop"; exit 0; }
    if is_running; then
      as_postgres "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
      say "stopped ($DATA)"
    else
      say "not running ($DATA)"
    fi
    exit 0
    ;;
  status)
    BINDIR="$(find_bindir)" || { say "not installed"; exit 1; }
    if is_running; then say "running on 127.0.0.1:$PGTEST_PORT ($DATA)"; echo "TEST_DATABASE_URL=$URL"; exit 0; fi
    say "not running ($DATA)"
    exit 1
    ;;
  start) ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac

install_server

if ! id postgres >/dev/null 2>&1; then
  say "the OS user 'postgres' does not exist (the Debian package creates it)"
  exit 1
fi

mkdir -p "$PGTEST_DIR"
chown postgres: "$PGTEST_DIR" 2>/dev/null || true
chmod 700 "$PGTEST_DIR" 2>/dev/null || true

if [ ! -f "$DATA/PG_VERSION" ]; then
  say "creating cluster in $DATA ($("$BINDIR/postgres" --version))"
  rm -rf "$DATA"
  as_postgres mkdir -p "$DATA" "$SOCKDIR"
  pwfile="$(mktemp)"
  echo "postgres-admin-unused" >"$pwfile"
  chown postgres: "$pwfile"
  as_postgres "$BINDIR/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --pwfile="$pwfile" >"$PGTEST_DIR/initdb.log" 2>&1 \
    || { cat "$PGTEST_DIR/initdb.log" >&2; rm -f "$pwfile"; exit 1; }
  rm -f "$pwfile"
  cat >>"$DATA/postgresql.conf" <<EOF

# samenloop test server
listen_addresses = '127.0.0.1'
port = $PGTEST_PORT
unix_socket_directories = '$SOCKDIR'
max_connections = 200
shared_buffers = 128MB
# A throwaway server: durability is not needed, speed is.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
fi
as_postgres mkdir -p "$SOCKDIR"

if is_running; then
  say "already running on 127.0.0.1:$PGTEST_PORT ($DATA)"
else
  say "starting on 127.0.0.1:$PGTEST_PORT"
  if ! as_postgres "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null; then
    say "failed to start; last lines of $LOG:"
    tail -n 30 "$LOG" >&2 || true
    exit 1
  fi
fi

# Role and database (idempotent).
psql_admin <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'samenloop') THEN
    CREATE ROLE samenloop LOGIN PASSWORD 'samenloop' CREATEDB;
  ELSE
    ALTER ROLE samenloop LOGIN PASSWORD 'samenloop' CREATEDB;
  END IF;
END
$$;
-- The test helpers drop their databases WITH (FORCE), which must be able to end an autovacuum worker there.
GRANT pg_signal_backend TO samenloop;
SQL
if [ "$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = 'samenloop'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE samenloop OWNER samenloop"
fi

echo "TEST_DATABASE_URL=$URL"
