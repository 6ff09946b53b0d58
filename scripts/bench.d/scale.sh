#!/usr/bin/env bash
# Scale benchmark: kg build on 3,000 / 30,000 / 100,000 documents (the Wikinews corpus
# repeated, a line of its own per copy), peak memory and time per document, then a
# second build with nothing new. Usage: scale.sh SHARED_DIR BIN_DIR
# KG_SCALE_SIZES=3000,30000 picks other sizes; KG_SCALE_FORMATS=jsonld,report other outputs.
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release}
corpus="$shared/corpora/wikinews"
if [ ! -d "$corpus" ]; then
    echo "scale: $corpus is absent; skipped"
    exit 0
fi
"$bin/kgbench" scale --corpus "$corpus" --kg "$bin/kg" \
    --sizes "${KG_SCALE_SIZES:-3000,30000,100000}" --formats "${KG_SCALE_FORMATS:-jsonld}"
