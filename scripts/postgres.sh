#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and the benchmark.
#
#   scripts/postgres.sh run COMMAND...   start a cluster, run COMMAND with KG_TEST_POSTGRES
#                                        set to its URL, stop the cluster (even on failure)
#   scripts/postgres.sh install          install the Debian server package when missing
#
# The cluster lives in its own folder under /tmp with its own port, trusts local
# connections on 127.0.0.1 only, and runs as the user 'postgres' when started as root
# (initdb refuses root). Its role 'kg' owns the databases the tests create.
set -euo pipefail

bin_dir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

install_server() {
    if bin_dir >/dev/null; then return 0; fi
    echo "postgres.sh: installing the PostgreSQL server (Debian package postgresql)" >&2
    if [ "$(id -u)" != 0 ]; then echo "postgres.sh: run as root to install it, or install 'postgresql'" >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin_dir >/dev/null || { echo "postgres.sh: no initdb after installing postgresql" >&2; exit 1; }
}

run_with_cluster() {
    install_server
    # Globals: the EXIT trap reads them after this function returns.
    as_owner=()
    bin=$(bin_dir)
    data=$(mktemp -d /tmp/kg-postgres.XXXXXX)
    # A free port: start from one derived from our pid and skip those in use.
    port=$(( 20000 + $$ % 20000 ))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    log="$data/server.log"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        chown postgres "$data"
        as_owner=(runuser -u postgres --)
    fi
    stop() {
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$data"
    }
    trap stop EXIT
    "${as_owner[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
        || "${as_owner[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -l "$log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$log" >&2; exit 1; }
    "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE ROLE kg LOGIN SUPERUSER" >/dev/null
    export KG_TEST_POSTGRES="postgresql://kg@127.0.0.1:$port/postgres"
    echo "postgres.sh: throwaway PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $KG_TEST_POSTGRES" >&2
    set +e
    "$@"
    local status=$?
    set -e
    return $status
}

case "${1:-}" in
    install) install_server ;;
    run) shift; run_with_cluster "$@" ;;
    *) echo "usage: scripts/postgres.sh install | run COMMAND..." >&2; exit 64 ;;
esac
