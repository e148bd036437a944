#!/usr/bin/env bash
# warc_peers.sh: lede warc against the Python pipelines that do the same job
# (bench/adapters/warc_pipeline.py: FastWARC + Resiliparse, warcio +
# trafilatura), on the same WARC, one core each (taskset), and the ratios.
#   bench/warc_peers.sh [BUILD_DIR] [COPIES]
# Builds the WARC with bench/make_warc.py (trafilatura-eval pages, per-record
# gzip) and needs bench/setup.sh's venv. Times are CPU seconds of the whole
# process (user + sys), so start-up is included for every tool alike; the
# pages counted are the HTML responses each tool extracted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"
copies="${2:-1}"
warc="$(mktemp -d)/bench.warc.gz"
python3 "$here/make_warc.py" --out "$warc" --copies "$copies" >/dev/null
py="$here/.venv/bin/python"
cpu() {  # prints user+sys CPU seconds of the command
    /usr/bin/time -f "%U %S" -o /tmp/warc_peers.time "$@" >/tmp/warc_peers.out 2>/dev/null || true
    awk '{printf "%.2f", $1 + $2}' /tmp/warc_peers.time
}
pages() { grep -c . /tmp/warc_peers.out || true; }
printf '%-24s %8s %8s %10s %8s\n' tool pages "CPU s" "pages/s" "lede x"
t=$(cpu taskset -c 0 "$build/lede" warc -j 1 -q "$warc"); p=$(pages)
lede_rate=$(awk -v p="$p" -v t="$t" 'BEGIN{printf "%.1f", p/t}')
printf '%-24s %8s %8s %10s %8s\n' "lede warc -j 1" "$p" "$t" "$lede_rate" "-"
for tool in fastwarc-resiliparse warcio-trafilatura; do
    t=$(cpu taskset -c 0 "$py" "$here/adapters/warc_pipeline.py" "$tool" "$warc"); p=$(pages)
    rate=$(awk -v p="$p" -v t="$t" 'BEGIN{printf "%.1f", p/t}')
    printf '%-24s %8s %8s %10s %8s\n' "$tool" "$p" "$t" "$rate" "$(awk -v a="$lede_rate" -v b="$rate" 'BEGIN{printf "x%.1f", a/b}')"
done
rm -rf "$(dirname "$warc")"
