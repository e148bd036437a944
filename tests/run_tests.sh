#!/usr/bin/env bash
# run_tests.sh: the one test command. Runs every suite against a build
# folder and ends with the total as "N passed, N failed".
#   tests/run_tests.sh [BUILD_DIR]
# Suites: the include fence of src/ (module layering), the words registry
# (every vocabulary table where test_words checks it), unit tests (C, with the fuzz-finding replay), golden cases and pattern probes
# (case.html + expected record), the C library as linked and installed
# (tests/library.py), pathological inputs under a time limit
# with a linearity check, the threads (DRD over -j 4:
# tests/thread_races.py), and, where ../shared/data exists beside the checkout,
# the html5lib tokenizer and encoding conformance cases, the WPT URL cases, and the Python
# module's pytest suite where the build has it. The parse-oracle
# differential check is slower and runs in the quality gate.
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
total_pass=0
total_fail=0
status=0

run_suite() {  # name, command...: parses the suite's "N passed, N failed" line
  local name=$1; shift
  local out rc
  out=$("$@" 2>&1); rc=$?
  # a failed suite's FAIL lines first: its tail alone can cut the one that failed
  [[ $rc -ne 0 ]] && printf '%s\n' "$out" | grep -E '^FAIL' | head -n 20 | sed "s/^/run_tests: $name: /"
  printf '%s\n' "$out" | tail -n 25
  local line
  line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [[ -z "$line" ]]; then
    echo "run_tests: suite $name printed no result line (exit $rc)"
    total_fail=$((total_fail + 1)); status=1; return
  fi
  local p f
  p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  if [[ $rc -ne 0 || $f -ne 0 ]]; then status=1; fi
}

[[ -x $build/lede ]] || { echo "run_tests: $build/lede not built (run make)"; exit 2; }
# Every suite runs under a time limit: a hang is a failure, not a stuck CI.
# the layering of src/ (which module may include which)
run_suite include-fence timeout 60 python3 tests/include_fence.py
# every vocabulary table listed where test_words checks it
run_suite words-registry timeout 60 python3 tests/words_registry.py
run_suite unit timeout 900 "$build/lede_unit"
run_suite golden timeout 300 python3 tests/run_golden.py "$build/lede"
# pages written for the kinds of misses held-out pages showed, in markup
# the golden cases were not written from (tests/probes/README.md)
run_suite probes timeout 300 python3 tests/run_golden.py "$build/lede" --dir tests/probes
# pathological's cases each run under their own CPU limit (a hang fails
# there); the suite's wall limit only stops a stuck suite, and leaves room
# for a loaded machine, where its ~110 s of CPU took 443 s of wall, and for
# the instruction-count fallback (callgrind) on a case near its bar.
run_suite pathological timeout 1200 python3 tests/pathological.py "$build/lede"
run_suite warc-cli timeout 300 python3 tests/warc_cli.py "$build/lede"
run_suite warc-jobs timeout 300 python3 tests/warc_jobs.py "$build/lede"
run_suite page-jobs timeout 300 python3 tests/page_jobs.py "$build/lede"
# threads share nothing that changes a result: DRD over page mode and
# lede warc -j 4 (tests/threads.supp); -j 4 against -j 1 is page-jobs above
run_suite thread-races timeout 600 python3 tests/thread_races.py "$build/lede"
run_suite cli-batch timeout 300 python3 tests/cli_batch.py "$build/lede"
# record counts only: the timing half of the batch benchmark is not a test
run_suite batch-mix timeout 300 python3 bench/batch_mix.py --lede "$build/lede" --no-timing
# The C library as users get it: exports, README examples, install. Not
# for a sanitizer build: the README's link lines carry no -fsanitize.
if grep -q '^LEDE_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  echo "run_tests: $build is a sanitizer build; library suite skipped"
else
  run_suite library timeout 600 python3 tests/library.py "$build"
fi
# The Python module, when the build has it (make python / make test do).
if grep -q '^LEDE_PYTHON:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  run_suite python timeout 900 "$build/venv/bin/python" python/tests/run.py "$build"
else
  echo "run_tests: $build has no Python module (make python); python suite skipped"
fi
if [[ -d ../shared/data/html5lib-tests ]]; then
  [[ -x $build/lede_tokdump ]] && run_suite html5lib python3 tests/html5lib_tokenizer.py --bin "$build/lede_tokdump"
  [[ -x $build/lede_charset ]] && run_suite encoding python3 tests/html5lib_encoding.py "$build/lede_charset"
  # WHATWG URL parser against the web-platform-tests cases (prints the pass rate)
  [[ -x $build/lede_url ]] && run_suite wpt-url timeout 120 python3 tests/wpt_url.py "$build/lede_url"
else
  echo "run_tests: ../shared/data not found; conformance suites skipped"
fi
echo "total: $total_pass passed, $total_fail failed"
exit $status
