#!/usr/bin/env bash
# Extraction throughput and memory over the Wikinews corpus, plus one 50 MB single-line
# document and one 10,000-word sentence. Usage: extract.sh SHARED_DIR BIN_DIR
set -uo pipefail
"$2/kgbench" extract --corpus "$1/corpora/wikinews" --big-megabytes 50
