#!/usr/bin/env bash
# Extraction throughput and memory over the Wikinews corpus. Usage: extract.sh SHARED_DIR BIN_DIR
set -uo pipefail
"$2/kgbench" extract --corpus "$1/corpora/wikinews"
