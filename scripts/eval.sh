#!/usr/bin/env bash
# Scores `kg extract` on the seed articles and the dev set in SHARED against the gold
# triples (strict and lenient F1, modality accuracy, the per-predicate table), and the
# language model (UPOS, lemma, UAS, LAS) on UD English-EWT test and PUD.
# Usage: scripts/eval.sh SHARED_DIR KG_BINARY [extract|parse]
set -euo pipefail
shared=${1:-../shared}
kg=${2:-.build/release/kg}
what=${3:-all}
if [ ! -f "$shared/eval/score.py" ]; then
    echo "eval: $shared/eval/score.py is absent; nothing to score"
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

score_set() { # NAME TEXT_DIR GOLD_DIR
    local name=$1 texts=$2 gold=$3
    mkdir -p "$out/$name"
    for article in "$texts"/*.txt; do
        "$kg" extract "$article" --format json > "$out/$name/$(basename "$article" .txt).json"
    done
    echo "== $name"
    python3 "$shared/eval/score.py" --gold "$gold" --pred "$out/$name" ${EVAL_FLAGS:-}
    python3 "$(dirname "$0")/per-predicate.py" "$gold" "$out/$name" --score "$shared/eval/score.py"
}

if [ "$what" != parse ]; then
    score_set seeds "$shared/seeds" "$shared/gold/seeds"
    if [ -d "$shared/gold/dev" ]; then
        mkdir -p "$out/devtexts"
        python3 "$shared/gold/make_dev_texts.py" "$out/devtexts" > /dev/null
        score_set dev "$out/devtexts" "$shared/gold/dev"
    fi
fi
if [ "$what" != extract ] && [ -d "$shared/data/ud" ]; then
    echo "== language model (gold tokens)"
    for name in EWT_en_ewt-ud-test PUD_en_pud-ud-test; do
        file="$shared/data/ud/$name.conllu"
        [ -f "$file" ] || continue
        "$kg" parse --conllu "$file" > "$out/$name.conllu"
        python3 scripts/ud-score.py "$file" "$out/$name.conllu" --name "${name%%_*}"
    done
fi
