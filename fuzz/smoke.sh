#!/usr/bin/env bash
# smoke.sh: a short run of every fuzz target on its seed corpus (fuzz/seeds.sh)
# and the committed regression inputs, for CI. A finding (crash, sanitizer
# report, timeout, leak) stops the target and fails the run; the input
# libFuzzer wrote is left in build-fuzz/findings/.
#   fuzz/smoke.sh [SECONDS per target, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
out=build-fuzz
mkdir -p "$out/findings"
fail=0
for t in fuzz_parse fuzz_extract fuzz_warc fuzz_gzip fuzz_args; do
    dict=()
    case $t in
    fuzz_parse | fuzz_extract) dict=(-dict=fuzz/html.dict) ;;
    fuzz_warc) dict=(-dict=fuzz/warc.dict) ;;
    esac
    # New inputs go to a scratch folder: the seed corpus stays as built.
    scratch=$(mktemp -d)
    # timeout: a hard stop past libFuzzer's own -max_total_time in case a
    # target hangs outside an input (start-up, corpus loading).
    if ! timeout --kill-after=10 $((secs + 120)) "$out/$t" "${dict[@]}" -max_len=65536 -timeout=20 \
        -rss_limit_mb=2048 -max_total_time="$secs" -print_final_stats=1 \
        -artifact_prefix="$out/findings/$t-" "$scratch" "$out/corpus-$t" >"$out/smoke-$t.log" 2>&1; then
        echo "fuzz smoke: $t FAILED (log: $out/smoke-$t.log)"
        tail -n 40 "$out/smoke-$t.log"
        fail=1
    else
        echo "fuzz smoke: $t ok, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/smoke-$t.log" | grep -o '[0-9]*$') runs in ${secs}s"
    fi
    rm -rf "$scratch"
done
exit $fail
