#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the integration suite and prints its URL.
# Usage: scripts/ci/pg-throwaway.sh start|stop [dir]   (needs Debian's postgresql package)
set -euo pipefail
cmd=${1:-start}
dir=${2:-/tmp/bantin-pg}
port=${PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      # As root the server runs as "postgres", which must be able to reach the folder (mktemp -d is 700).
      if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod o+x "$(dirname "$dir")"; fi
      as_pg "$bin/initdb" -D "$dir" -U bantin --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" -l "$dir/log" -w start >/dev/null
    echo "postgres://bantin@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
esac
