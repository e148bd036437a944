#!/usr/bin/env bash
# setup-venv.sh: the Python environment of the lede tests: a venv at
# BUILD/venv with pytest and markdown-it-py (a CommonMark implementation: the
# Markdown safety test renders lede's Markdown with it), from the python3 on
# PATH (the same interpreter the module is built for). Idempotent: reuses
# the venv when the pinned versions are already there.
#   python/setup-venv.sh [BUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
venv=$build/venv
pytest_version=8.4.2
markdown_it_version=3.0.0
stamp=$venv/.lede-pytest-$pytest_version-mdit-$markdown_it_version
if [[ -f $stamp && -x $venv/bin/python ]]; then
  exit 0
fi
mkdir -p "$build"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pytest==$pytest_version" \
  "markdown-it-py==$markdown_it_version"
touch "$stamp"
echo "setup-venv: $venv with pytest $pytest_version, markdown-it-py $markdown_it_version"
