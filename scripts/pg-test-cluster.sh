#!/usr/bin/env bash
# The test suite's own PostgreSQL cluster (a ctest fixture, tests/CMakeLists.txt):
#   pg-test-cluster.sh start INFO_DIR [--per-run]   initdb + pg_ctl start in a new temporary directory,
#                                       on a free loopback port, as an unprivileged user (CI runs as root)
#   pg-test-cluster.sh stop INFO_DIR [--per-run]    stops it and removes its directory
# --per-run (the ctest fixture): the information goes to INFO_DIR/run-<PID of the calling ctest>, so
# that two ctest runs in one build folder each have a cluster of their own; the tests, children of
# the same ctest, look there (tests/PgTestServer.h).
# INFO_DIR receives `url` (postgresql://ADMIN@127.0.0.1:PORT/postgres) and `pgpass` (the admin's
# random password, the libpq password-file format) for the tests, or `skip` with the reason the
# cluster could not start (PostgreSQL not installed): the PostgreSQL tests then skip and say why.
# A watchdog stops the cluster when the ctest that started it ends, however it ends (a killed ctest
# never runs the cleanup fixture).
set -uo pipefail
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

action="${1:-}"
info="${2:-}"
if [ -z "$action" ] || [ -z "$info" ]; then
  echo "usage: $0 start|stop INFO_DIR [--per-run]" >&2
  exit 2
fi
mkdir -p "$info"
info="$(cd "$info" && pwd)"
runs=""
if [ "${3:-}" = --per-run ]; then
  runs="$info"
  info="$runs/run-$PPID"
  mkdir -p "$info"
fi

stop_cluster() {
  local data="$1" owner="$2"
  [ -d "$data" ] || return 0
  if [ -f "$data/postmaster.pid" ]; then
    as_owner "$owner" "$bin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$(dirname "$data")"
}

as_owner() {
  local owner="$1"
  shift
  if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

find_bin() {
  local d
  for d in ${FAZHI_PG_BIN:-} /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

skip() {
  echo "$1" >"$info/skip"
  echo "PostgreSQL tests will be skipped: $1"
  exit 0
}

if ! bin="$(find_bin)"; then
  bin=""
fi

if [ "$action" = stop ]; then
  if [ -f "$info/datadir" ]; then
    stop_cluster "$(cat "$info/datadir")" "$(cat "$info/owner" 2>/dev/null || echo root)"
  fi
  rm -f "$info/url" "$info/pgpass" "$info/datadir" "$info/owner" "$info/skip" "$info/watchdog.pid"
  [ -z "$runs" ] || rmdir "$info" 2>/dev/null || true
  exit 0
fi

if [ "$action" != start ]; then
  echo "unknown action: $action" >&2
  exit 2
fi

# A cluster left by an earlier run that was killed before its watchdog noticed (per run: only those
# of ctest runs that are gone; another running ctest keeps its own).
if [ -f "$info/datadir" ]; then
  stop_cluster "$(cat "$info/datadir")" "$(cat "$info/owner" 2>/dev/null || echo root)"
fi
if [ -n "$runs" ]; then
  for old in "$runs"/run-*; do
    [ -d "$old" ] && [ "$old" != "$info" ] || continue
    kill -0 "${old##*/run-}" 2>/dev/null && continue
    if [ -f "$old/datadir" ]; then
      stop_cluster "$(cat "$old/datadir")" "$(cat "$old/owner" 2>/dev/null || echo root)"
    fi
    rm -rf "$old"
  done
fi
rm -f "$info/url" "$info/pgpass" "$info/datadir" "$info/owner" "$info/skip"

[ -n "$bin" ] || skip "PostgreSQL is not installed (no initdb/pg_ctl; Debian: apt-get install postgresql)"

owner="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
  owner="${FAZHI_PG_USER:-postgres}"
  id "$owner" >/dev/null 2>&1 || skip "running as root and there is no user '$owner' to run PostgreSQL as"
  command -v runuser >/dev/null 2>&1 || skip "running as root without runuser"
fi

base="$(mktemp -d "${TMPDIR:-/tmp}/fazhi-pg.XXXXXX")"
chmod 700 "$base"
[ "$owner" = "$(id -un)" ] || chown "$owner" "$base"
# The unprivileged user may not enter the folder ctest runs in (a clone in root's home).
cd "$base"
data="$base/data"
password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
admin="fazhi_test_admin"
printf '%s\n' "$password" >"$base/pwfile"
[ "$owner" = "$(id -un)" ] || chown "$owner" "$base/pwfile"

if ! as_owner "$owner" "$bin/initdb" -D "$data" -U "$admin" --pwfile="$base/pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1; then
  cat "$base/initdb.log" >&2
  rm -rf "$base"
  echo "initdb failed" >&2
  exit 1
fi
rm -f "$base/pwfile"
# Loopback TCP only, the socket inside the cluster's own directory. Throw-away data: no fsync, unless
# FAZHI_PG_DURABLE=1 (the benchmarks measure a server as it would run).
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$base'
max_connections = 200
EOF
if [ "${FAZHI_PG_DURABLE:-0}" != 1 ]; then
  printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$data/postgresql.conf"
fi
echo "$data" >"$info/datadir"
echo "$owner" >"$info/owner"

started=""
for attempt in $(seq 1 20); do
  port=$(( 20000 + (RANDOM % 20000) ))
  # Something already listens there: try another.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    continue
  fi
  if as_owner "$owner" "$bin/pg_ctl" -D "$data" -o "-p $port" -l "$base/server.log" -w -t 60 start >/dev/null 2>&1; then
    started="$port"
    break
  fi
done
if [ -z "$started" ]; then
  cat "$base/server.log" >&2 2>/dev/null
  stop_cluster "$data" "$owner"
  rm -f "$info/datadir" "$info/owner"
  echo "could not start PostgreSQL on a free port" >&2
  exit 1
fi

umask 077
printf '127.0.0.1:%s:*:%s:%s\n' "$started" "$admin" "$password" >"$info/pgpass"
echo "postgresql://$admin@127.0.0.1:$started/postgres" >"$info/url"

# The watchdog: ctest is this script's parent. When it is gone, the cluster goes too.
watched="${FAZHI_PG_WATCH_PID:-$PPID}"
if [ "$watched" -gt 1 ] 2>/dev/null; then
  nohup setsid bash -c '
    while kill -0 "$1" 2>/dev/null; do sleep 1; done
    if [ -f "$3/datadir" ] && [ "$(cat "$3/datadir")" = "$2" ]; then
      bash "$4" stop "$3"
      [ -z "$5" ] || rmdir "$3" 2>/dev/null || true
    fi
  ' watchdog "$watched" "$data" "$info" "$self" "$runs" \
    >/dev/null 2>&1 </dev/null &
  echo $! >"$info/watchdog.pid"
fi
echo "PostgreSQL test cluster on 127.0.0.1:$started ($bin, as $owner)"
