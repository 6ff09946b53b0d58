#!/usr/bin/env bash
# Runs every benchmark on release builds. Usage: scripts/bench.sh SHARED_DIR BIN_DIR
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release}
corpus="$shared/corpora/wikinews"
if [ ! -d "$corpus" ]; then
    echo "bench: $corpus is absent; corpus benchmarks skipped"
fi
for bench in scripts/bench.d/*.sh; do
    [ -e "$bench" ] || continue
    bash "$bench" "$shared" "$bin"
done
