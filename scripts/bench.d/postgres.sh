#!/usr/bin/env bash
# SQLite against PostgreSQL: ingest rate with 1, 2 and 4 writers and `kg query --actor
# Russia` latency, in one run. Needs a server: `make bench` starts a throwaway one
# (scripts/postgres.sh) and sets KG_TEST_POSTGRES. Usage: postgres.sh SHARED_DIR BIN_DIR
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release}
if [ -z "${KG_TEST_POSTGRES:-}" ]; then
    echo "postgres: no server (KG_TEST_POSTGRES unset); skipped"
    exit 0
fi
"$bin/kgbench" postgres --corpus "$shared/corpora/wikinews" --kg "$bin/kg"
