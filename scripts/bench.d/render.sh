#!/usr/bin/env bash
# Render benchmark: in-process libgvc against the dot command, by graph size.
# Usage: scripts/bench.d/render.sh SHARED_DIR BIN_DIR
set -uo pipefail
bin=${2:-.build/release}
if ! command -v dot >/dev/null 2>&1; then
    echo "bench render: installing graphviz for the dot command"
    { apt-get update -qq && apt-get install -y -qq graphviz; } >/dev/null 2>&1 || echo "bench render: could not install graphviz"
fi
echo "== kgbench render =="
"$bin/kgbench" render --dot-command "$(command -v dot || echo /usr/bin/dot)"
