#!/usr/bin/env bash
# setup-venv.sh: the Python environment of the lede tests: a venv at
# BUILD/venv with python/tests/requirements.txt (pytest, markdown-it-py),
# from the python3 on PATH (the same interpreter the module is built for).
# Idempotent: reuses the venv while the requirements file is unchanged.
#   python/setup-venv.sh [BUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
venv=$build/venv
req=python/tests/requirements.txt
stamp=$venv/.lede-requirements-$(cksum < "$req" | cut -d' ' -f1)
if [[ -f $stamp && -x $venv/bin/python ]]; then
  exit 0
fi
mkdir -p "$build"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
touch "$stamp"
echo "setup-venv: $venv with $(grep -v '^#' "$req" | tr '\n' ' ')"
