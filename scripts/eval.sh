#!/usr/bin/env bash
# Runs `kg extract` over the seed articles and scores the output against the gold.
# Usage: scripts/eval.sh SHARED_DIR KG_BINARY
set -euo pipefail
shared=${1:-../shared}
kg=${2:-.build/release/kg}
if [ ! -d "$shared/seeds" ] || [ ! -f "$shared/eval/score.py" ]; then
    echo "eval: $shared/seeds or $shared/eval/score.py is absent; nothing to score"
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for article in "$shared"/seeds/*.txt; do
    name=$(basename "$article" .txt)
    "$kg" extract "$article" --format json > "$out/$name.json"
done
python3 "$shared/eval/score.py" --gold "$shared/gold/seeds" --pred "$out" ${EVAL_FLAGS:-}
