#!/usr/bin/env bash
# The language model: load time and memory, then tagging + lemmas + parsing words
# per second over the Wikinews corpus. Usage: parse.sh SHARED_DIR BIN_DIR
set -uo pipefail
"$2/kgbench" parse --corpus "$1/corpora/wikinews"
# End to end: `kg extract` on one short article, model load included.
article=$(mktemp --suffix=.txt)
trap 'rm -f "$article"' EXIT
printf 'Talks\n\nChile and Peru signed a fishing accord on Monday, officials said.\n' > "$article"
start=$(date +%s.%N)
"$2/kg" extract "$article" > /dev/null
end=$(date +%s.%N)
echo "parse: kg extract on one short article, model load included: $(echo "$end - $start" | bc) s"
