#!/usr/bin/env bash
# Install the peer extractors for bench/run.py into bench/ only (nothing system-wide):
#   bench/.venv         Python venv from requirements.txt (exact pins, PyPI)
#   bench/node_modules  from package.json + package-lock.json (exact pins, npm)
# Needs python3 (>= 3.9; checked with 3.11) and node (>= 20.19; checked with 20.20) + npm.
# Re-running is cheap: both steps are skipped when already in sync.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
PY="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.requirements.sha
want="$(sha256sum requirements.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
    .venv/bin/python -m pip check
    echo "$want" > "$stamp"
fi

if ! command -v npm >/dev/null; then
    echo "setup.sh: npm not found; Readability.js will be skipped" >&2
else
    lockstamp=node_modules/.lock.sha
    want="$(sha256sum package-lock.json | cut -d' ' -f1)"
    if [ "$(cat "$lockstamp" 2>/dev/null || true)" != "$want" ]; then
        npm ci --no-audit --no-fund --silent
        echo "$want" > "$lockstamp"
    fi
fi
echo "bench/setup.sh: peers ready in bench/.venv and bench/node_modules"
