#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite in folder $1 and print its
# URL; `pg_ctl -D $1/db stop` (printed by `.ci/postgres.sh --stop $1`) stops it.
# Installs Debian's package when the server is missing. The cluster lives in a
# temporary folder, listens on 127.0.0.1 only, and trusts local connections.
set -euo pipefail
# A free port unless one is given: a fixed one may be held by a stale run's server.
port="${CLAIMCHECK_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
if [ "${1:-}" = "--stop" ]; then
  runuser -u postgres -- "$bindir/pg_ctl" -D "$2/db" -m fast stop >/dev/null 2>&1 \
    || "$bindir/pg_ctl" -D "$2/db" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
run_as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi
data="${1:?usage: postgres.sh FOLDER | --stop FOLDER}"
mkdir -p "$data"
chmod 755 "$data"
[ "$(id -u)" = 0 ] && chown postgres "$data"
"${run_as[@]}" "$bindir/initdb" -D "$data/db" -U postgres -A trust -E UTF8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$data/db" -l "$data/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
