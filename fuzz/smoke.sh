#!/usr/bin/env bash
# smoke.sh: a short run of every fuzz target on its seed corpus (fuzz/seeds.sh)
# and the committed regression inputs, for CI. A finding (crash, sanitizer
# report, timeout, leak) stops the target and fails the run; the input
# libFuzzer wrote is left in build-fuzz/findings/.
#   fuzz/smoke.sh [SECONDS per target, default 60]
# The run is reproducible: a fixed seed (FUZZ_SEED, default 1) and a cap
# on the inputs run per target (below), so CI runs the same inputs on any
# machine, or a prefix of them where the time limit comes first; a CI
# failure is then one anybody can rerun, never a new random draw. Random
# campaigns (new seeds, hours) are a separate job:
#   FUZZ_SEED=random fuzz/smoke.sh 600   (or make fuzz-smoke FUZZ_SEED=random)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
seed=${FUZZ_SEED:-1}
seed_arg=()
[ "$seed" = random ] || seed_arg=(-seed="$seed")
# runs TARGET: the cap on inputs, about what 60 s gives each target on an
# idle core of this project's 2-core machines (docs/robustness.md).
runs() {
    case $1 in
    fuzz_parse) echo 40000 ;;
    fuzz_extract) echo 6000 ;;
    fuzz_warc | fuzz_gzip) echo 15000 ;;
    fuzz_args) echo 1500000 ;;
    esac
}
# maxlen TARGET: the longest input libFuzzer makes. fuzz_args' inputs are
# command lines (words split at NUL) and it returns at once on anything
# over 4096 bytes (fuzz/fuzz_args.c), so a longer input is a run spent on
# nothing. The others read pages, WARC records and gzip streams: 64 KiB,
# six times the largest seed page (the golden and probe pages are all
# under 10 KB).
maxlen() {
    case $1 in
    fuzz_args) echo 4096 ;;
    *) echo 65536 ;;
    esac
}
out=build-fuzz
mkdir -p "$out/findings"
fail=0
# report LOG: what a CI log must show of a finding. The tail alone is not
# enough: after the stack libFuzzer prints the mutation, the input's bytes
# and the artifact, which pushed the first frames (where the bug is) out of
# a 40-line tail. So: the seed (to rerun the campaign), the finding's block
# from its first line ("==N==ERROR", "deadly signal", a UBSan "runtime
# error", libFuzzer's timeout ALARM or out-of-memory) with its first 60
# lines, and then the last lines (the SUMMARY and where the input went).
report() {
    local log=$1 first
    grep -m1 '^INFO: Seed:' "$log" || true
    first=$(grep -n -m1 -E '==[0-9]+== ?ERROR|deadly signal|runtime error:|^ALARM:|out-of-memory|^MS: ' \
        "$log" | cut -d: -f1 || true)
    if [ -n "$first" ]; then
        sed -n "${first},$((first + 59))p" "$log"
        if [ "$(wc -l <"$log")" -gt $((first + 59)) ]; then
            echo "[...]"
            tail -n 12 "$log"
        fi
    else
        tail -n 40 "$log"
    fi
}
for t in fuzz_parse fuzz_extract fuzz_warc fuzz_gzip fuzz_args; do
    dict=()
    case $t in
    fuzz_parse | fuzz_extract) dict=(-dict=fuzz/html.dict) ;;
    fuzz_warc) dict=(-dict=fuzz/warc.dict) ;;
    esac
    # New inputs go to a scratch folder: the seed corpus stays as built.
    scratch=$(mktemp -d)
    # timeout: a hard stop past libFuzzer's own -max_total_time in case a
    # target hangs outside an input. -max_total_time does not cut the first
    # pass over the corpus, and fuzz_extract's 1,278 seed pages (the whole
    # pipeline under ASan) took 130-160 s at a load average of 10 on two
    # cores, past the old margin of 120 s: so 600 s of margin.
    rc=0
    cap=()
    [ "$seed" = random ] || cap=(-runs="$(runs $t)")
    timeout --kill-after=10 $((secs + 600)) "$out/$t" "${dict[@]}" "${seed_arg[@]}" "${cap[@]}" -max_len="$(maxlen $t)" \
        -timeout=20 -rss_limit_mb=2048 -max_total_time="$secs" -print_final_stats=1 \
        -artifact_prefix="$out/findings/$t-" "$scratch" "$out/corpus-$t" >"$out/smoke-$t.log" 2>&1 || rc=$?
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        echo "fuzz smoke: $t FAILED: stopped by the hard stop at $((secs + 600)) s, no finding written" \
            "(a hang outside an input, or the corpus pass too slow; log: $out/smoke-$t.log)"
        tail -n 20 "$out/smoke-$t.log"
        fail=1
    elif [ "$rc" -ne 0 ]; then
        echo "fuzz smoke: $t FAILED (log: $out/smoke-$t.log)"
        report "$out/smoke-$t.log"
        fail=1
    else
        echo "fuzz smoke: $t ok, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/smoke-$t.log" | grep -o '[0-9]*$') runs" \
            "(seed $seed, cap ${cap[*]#-runs=} inputs or ${secs} s)"
    fi
    rm -rf "$scratch"
done
exit $fail
