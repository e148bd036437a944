#!/usr/bin/env bash
# setup-venv.sh: the Python environment of the lede tests: a venv at
# BUILD/venv with pytest, from the python3 on PATH (the same interpreter the
# module is built for). Idempotent: reuses the venv when the pinned pytest
# is already there.
#   python/setup-venv.sh [BUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
venv=$build/venv
pytest_version=8.4.2
stamp=$venv/.lede-pytest-$pytest_version
if [[ -f $stamp && -x $venv/bin/python ]]; then
  exit 0
fi
mkdir -p "$build"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pytest==$pytest_version"
touch "$stamp"
echo "setup-venv: $venv with pytest $pytest_version"
