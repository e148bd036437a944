#!/usr/bin/env bash
# warc_speed.sh: end-to-end speed of `lede warc` (read + gunzip + WARC
# framing + HTTP decoding + extraction + ordered JSONL output) in pages/s,
# on one core (-j 1 pinned with taskset -c 0) and on two cores (-j 2,
# taskset -c 0,1), and the ratio. Bars: >= 150 pages/s on one core, two
# cores >= 1.8x one core. It also prints the CPU seconds (user + sys, the
# median of the runs) of each setting and pages per CPU-second: on a shared
# machine the wall-clock ratio measures the neighbours, while 2 x CPU(-j 1)
# / CPU(-j 2) is what the pipeline itself allows on two idle cores (its
# extra work with -j 2: thread hand-overs, helper copies).
#   bench/warc_speed.sh [BUILD_DIR] [COPIES] [RUNS]
# The WARC is made by bench/make_warc.py (COPIES x the 949 trafilatura-eval
# pages, each a request/response/metadata triple, gzip per record) and
# cached under bench/cache/warc/. Each setting runs RUNS times (default 3)
# after one warm-up read of the file; the best wall time counts, as other
# processes on a shared machine only ever make a run slower. On a machine
# shared with other heavy jobs, NICE=-15 (root) gives the runs their CPU
# share back, otherwise the 2-core ratio measures the neighbours' load: the
# script then re-runs itself in a new session (its own scheduler autogroup,
# as Linux groups CPU time per session) and sets that group's nice, so
# nothing outside the benchmark keeps the priority.
set -euo pipefail
if [[ -n ${NICE:-} && -z ${WARC_SPEED_INNER:-} ]]; then
  exec setsid env WARC_SPEED_INNER=1 bash -c \
    'echo "$NICE" > /proc/self/autogroup 2>/dev/null || true; exec "$0" "$@"' "$0" "$@"
fi
cd "$(dirname "$0")/.."
build=${1:-build}
copies=${2:-3}
runs=${3:-3}
lede=$build/lede
[[ -x $lede ]] || { echo "warc_speed: $lede not built" >&2; exit 2; }
warc=bench/cache/warc/bench-x$copies.warc.gz
[[ -f $warc ]] || python3 bench/make_warc.py --copies "$copies" --out "$warc"
cat "$warc" > /dev/null # page cache warm: measure extraction, not the disk

ncpu=$(nproc)
if ((ncpu < 2)); then echo "warc_speed: needs 2 cores, this machine has $ncpu" >&2; exit 2; fi

# best_of CPUS JOBS: prints "seconds pages cpu_seconds" (best wall time,
# median CPU time)
best_of() {
  local cpus=$1 jobs=$2 best="" pages=0 cpus_list=""
  for ((i = 0; i < runs; i++)); do
    local t0 t1 log tm
    log=$(mktemp)
    tm=$(mktemp)
    t0=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$tm" nice -n "${NICE:-0}" taskset -c "$cpus" "$lede" warc -j "$jobs" --no-progress "$warc" > /dev/null 2> "$log"
    t1=$(date +%s.%N)
    pages=$(sed -nE 's/.*HTML responses: ([0-9]+).*/\1/p' "$log")
    cpus_list+="$(awk '{print $1 + $2}' "$tm") "
    rm -f "$log" "$tm"
    local t
    t=$(echo "$t1 - $t0" | bc -l)
    if [[ -z $best ]] || (($(echo "$t < $best" | bc -l))); then best=$t; fi
  done
  echo "$best $pages $(echo $cpus_list | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
}

read -r t1 p1 c1 < <(best_of 0 1)
read -r t2 p2 c2 < <(best_of 0,1 2)
r1=$(echo "$p1 / $t1" | bc -l)
r2=$(echo "$p2 / $t2" | bc -l)
ratio=$(echo "$r2 / $r1" | bc -l)
size=$(stat -c %s "$warc")
printf 'warc_speed: %s (%d bytes, %d HTML responses), best of %d runs, nice %s\n' "$warc" "$size" "$p1" "$runs" "${NICE:-0}"
printf '  1 core  (-j 1, taskset -c 0):   %6.2f s  %7.1f pages/s  %6.1f MB/s\n' "$t1" "$r1" "$(echo "$size / $t1 / 1000000" | bc -l)"
printf '  2 cores (-j 2, taskset -c 0,1): %6.2f s  %7.1f pages/s  %6.1f MB/s\n' "$t2" "$r2" "$(echo "$size / $t2 / 1000000" | bc -l)"
printf '  ratio 2 cores / 1 core: %.2fx\n' "$ratio"
printf '  CPU s (user + sys, median): -j 1 %.2f (%.0f pages per CPU-second), -j 2 %.2f (%.0f); 2 x CPU(-j 1) / CPU(-j 2) = %.2fx\n' \
  "$c1" "$(echo "$p1 / $c1" | bc -l)" "$c2" "$(echo "$p2 / $c2" | bc -l)" "$(echo "2 * $c1 / $c2" | bc -l)"
ok=1
(($(echo "$r1 >= 150" | bc -l))) || { echo "  BAR MISSED: 1 core below 150 pages/s"; ok=0; }
(($(echo "$ratio >= 1.8" | bc -l))) || { echo "  BAR MISSED: 2 cores below 1.8x (other load on the machine? see uptime: $(cut -d' ' -f1-3 /proc/loadavg))"; ok=0; }
((ok)) && echo "  bars met"
exit 0
