#!/usr/bin/env bash
# Graph store benchmark: facts stored per second, store size, and a second build of
# the same corpus (nothing new) against the first. Usage: store.sh SHARED_DIR BIN_DIR
set -uo pipefail
shared=${1:-../shared}
bin=${2:-.build/release}
corpus="$shared/corpora/wikinews"
if [ ! -d "$corpus" ]; then
    echo "store: $corpus is absent; skipped"
    exit 0
fi
"$bin/kgbench" store --corpus "$corpus"

# The same through the real command line: kg build twice (JSON-LD output only, so the
# numbers are the store's and not the renderer's).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/kgbench" store --corpus "$corpus" > /dev/null  # warm the file cache
python3 - "$corpus" "$work/articles" <<'PY'
import csv, os, sys
csv.field_size_limit(1 << 30)
corpus, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
n = 0
for name in sorted(os.listdir(corpus)):
    if name.endswith(".csv"):
        with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                with open(os.path.join(out, f"{n:04d}.txt"), "w", encoding="utf-8") as a:
                    a.write(row["title"] + "\n\n" + row["text"] + "\n")
                n += 1
PY
t0=$(date +%s.%N)
"$bin/kg" build "$work/articles" --out "$work/out" --format jsonld -q
t1=$(date +%s.%N)
"$bin/kg" build "$work/articles" --out "$work/out" --format jsonld -q
t2=$(date +%s.%N)
python3 -c "
first, second = $t1 - $t0, $t2 - $t1
print(f'store: kg build (jsonld only) first {first:.3f} s, second {second:.3f} s: {first / second:.1f}x faster')"
ls -l "$work/out/kg.sqlite" | awk '{print "store: kg build store file " $5 " bytes"}'
