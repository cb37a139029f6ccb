#!/usr/bin/env bash
# A private, throw-away PostGIS cluster for the tests.
#
#   bash scripts/test-db.sh start   # starts it (or finds it running) and prints the export line
#   bash scripts/test-db.sh env     # prints the export line of the running cluster
#   bash scripts/test-db.sh stop    # stops it and removes its directory
#
# Usage: eval "$(bash scripts/test-db.sh start)"
#
# The cluster lives in a fresh directory under /tmp (every parent must be readable by the
# server's user, so never under /root), listens on 127.0.0.1 at the first free port from 54329
# and on a socket in its own directory (no clash with a system cluster), and runs with fsync
# off: it holds nothing worth keeping. As root the server runs as the `postgres` user. The
# connection settings are kept in a state file named after this checkout, so several clones
# on one machine each get their own cluster.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_NAME=symbiopark_test
DB_USER=symbiopark
FIRST_PORT=${SYMBIOPARK_TEST_PG_FIRST_PORT:-54329}

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
checkout_key=$(printf '%s' "$repo_root" | cksum | cut -d' ' -f1)
STATE_FILE=${SYMBIOPARK_TEST_DB_STATE:-/tmp/symbiopark-test-db-$(id -u)-$checkout_key.env}

log() { echo "test-db: $*" >&2; }

# Runs a PostgreSQL server program as the server's user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    # From /, which postgres can enter: a clone under /root would make every tool complain.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

export_line() {
  echo "export SYMBIOPARK_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME" \
       "SYMBIOPARK_TEST_PG_USER=$DB_USER SYMBIOPARK_TEST_PG_PASSWORD=$PASSWORD"
}

load_state() {
  [ -f "$STATE_FILE" ] || return 1
  # shellcheck disable=SC1090
  . "$STATE_FILE"
  [ -n "${BASE_DIR:-}" ] && [ -n "${PORT:-}" ] && [ -n "${PASSWORD:-}" ]
}

is_running() {
  [ -d "$BASE_DIR/data" ] && as_server_user "$PG_BIN/pg_ctl" -D "$BASE_DIR/data" status >/dev/null 2>&1
}

port_in_use() {
  # A successful TCP connect means something listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

remove_base_dir() {
  case "$1" in
    /tmp/symbiopark-test-db.*) rm -rf -- "$1" ;;
    *) log "not removing unexpected directory $1" ;;
  esac
}

stop_cluster() {
  if load_state; then
    if is_running; then
      as_server_user "$PG_BIN/pg_ctl" -D "$BASE_DIR/data" -m fast -w stop >/dev/null
      log "stopped the cluster on port $PORT"
    fi
    remove_base_dir "$BASE_DIR"
  fi
  rm -f -- "$STATE_FILE"
}

# Clusters of runs that were killed (SIGKILL skips the stop trap): their directory is older than
# a few minutes and no server process of theirs is alive. A starting run is younger and skipped.
sweep_stale_clusters() {
  local dir pid
  for dir in $(find /tmp -maxdepth 1 -type d -name 'symbiopark-test-db.*' -mmin +10 2>/dev/null); do
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
      log "removing the stale cluster directory $dir"
      remove_base_dir "$dir"
    fi
  done
}

start_cluster() {
  sweep_stale_clusters
  if load_state; then
    if is_running; then
      log "already running on port $PORT (state $STATE_FILE)"
      export_line
      return 0
    fi
    log "removing the stale cluster of $STATE_FILE"
    stop_cluster
  fi

  for tool in initdb pg_ctl psql; do
    if [ ! -x "$PG_BIN/$tool" ]; then
      log "$PG_BIN/$tool is missing: run 'bash scripts/install-test-deps.sh' first"
      exit 1
    fi
  done

  BASE_DIR=$(mktemp -d /tmp/symbiopark-test-db.XXXXXX)
  chmod 700 "$BASE_DIR"
  PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$PASSWORD" >"$BASE_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$BASE_DIR"
  fi

  as_server_user "$PG_BIN/initdb" -D "$BASE_DIR/data" -U "$DB_USER" --pwfile="$BASE_DIR/pwfile" \
    -A scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$BASE_DIR/initdb.log" 2>&1 \
    || { cat "$BASE_DIR/initdb.log" >&2; remove_base_dir "$BASE_DIR"; exit 1; }
  rm -f -- "$BASE_DIR/pwfile"

  # Another cluster may take a port between the check and the start: then try the next one.
  PORT=$FIRST_PORT
  local attempts=0
  while true; do
    while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
    if as_server_user "$PG_BIN/pg_ctl" -D "$BASE_DIR/data" -l "$BASE_DIR/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $BASE_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
      break
    fi
    attempts=$((attempts + 1))
    if [ "$attempts" -ge 5 ]; then
      log "the server did not start; its log:"
      cat "$BASE_DIR/server.log" >&2 || true
      remove_base_dir "$BASE_DIR"
      exit 1
    fi
    PORT=$((PORT + 1))
  done

  umask 077
  {
    echo "BASE_DIR=$BASE_DIR"
    echo "PORT=$PORT"
    echo "PASSWORD=$PASSWORD"
  } >"$STATE_FILE"

  as_server_user "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$BASE_DIR" -p "$PORT" -U "$DB_USER" -d postgres \
    -c "CREATE DATABASE $DB_NAME" >&2
  as_server_user "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$BASE_DIR" -p "$PORT" -U "$DB_USER" -d "$DB_NAME" \
    -c "CREATE EXTENSION postgis" >&2
  log "PostGIS running on 127.0.0.1:$PORT (data $BASE_DIR/data, state $STATE_FILE)"
  export_line
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  env)
    if load_state && is_running; then
      export_line
    else
      log "no running test cluster: run 'bash scripts/test-db.sh start'"
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
