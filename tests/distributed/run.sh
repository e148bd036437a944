#!/usr/bin/env bash
# run.sh: the distributed suite (what .ci/run runs; optional locally):
# a venv BUILD/venv-dist with the pinned PyPI packages below, the lede module
# built into BUILD/python for the same python3, then tests/distributed/run.py
# under a time limit. Needs a JDK 17 (scripts/install-deps.sh --dist) and
# ../shared/data/trafilatura-eval (the pages the test WARCs are made of).
#   tests/distributed/run.sh [BUILD] [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
shift || true
venv=$build/venv-dist
pins=(pyspark==4.0.1 pyarrow==21.0.0 datatrove==0.10.1 fsspec==2026.9.0 orjson==3.13.0 pytest==8.4.2)
stamp=$venv/.lede-$(printf '%s ' "${pins[@]}" | md5sum | cut -c1-12)
# Spark 4.0 runs on Java 17 or 21: prefer Debian's 17 where several JDKs are installed.
if [[ -z ${JAVA_HOME:-} && -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
if ! command -v java >/dev/null; then
  echo "distributed: no java on PATH (scripts/install-deps.sh --dist installs a JDK 17)"
  echo "distributed: 0 passed, 1 failed"
  exit 1
fi
if [[ ! -f $stamp ]]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${pins[@]}"
  touch "$stamp"
fi
make --no-print-directory python BUILD="$build" >/dev/null
exec timeout 840 "$venv/bin/python" tests/distributed/run.py "$build" "$@"
