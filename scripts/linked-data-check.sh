#!/usr/bin/env bash
# Checks kg's exports with real processors: pyld, rdflib, NetworkX (GraphML and GEXF),
# Python's csv reader for the neo4j-admin tables, and an Oxigraph server (PyPI
# `oxigraph`, which ships the `oxigraph serve` binary).
# Usage: scripts/linked-data-check.sh [KG_BINARY]   (default .build/debug/kg)
# Installs its Python packages into .build/venv (never committed). Exits non-zero
# when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${1:-.build/debug/kg}
venv=.build/venv
if [ ! -x "$kg" ]; then
    echo "linked-data-check: $kg is missing; run 'swift build' first" >&2
    exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import pyld, rdflib, networkx" 2>/dev/null || [ ! -x "$venv/bin/oxigraph" ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check pyld rdflib networkx oxigraph
fi
exec "$venv/bin/python" scripts/linked-data-check.py --kg "$kg" --oxigraph "$venv/bin/oxigraph"
