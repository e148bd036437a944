#!/usr/bin/env bash
# scaling.sh: how `lede warc -j N` scales with cores, against N separate
# `lede warc -j 1` processes on the same files (the ceiling: no sharing).
# Self-contained, to run on a many-core machine that has no compiler, no
# -dev packages and no network, from a prebuilt lede:
#
#   here:        bench/scaling.sh --pack DIR      # DIR/lede + DIR/lib/*.so* (ldd) + the WARC builder
#                                                 # + this script; copy DIR to the big machine
#   big machine: DIR/scaling.sh DIR PAGES_DIR [N] # PAGES_DIR: *.html or *.html.gz pages
#                                                 # (e.g. trafilatura-eval/html); N: files/cores
#                                                 # (default: all cores)
#
# It builds one WARC (gzip per record, the pages once each) with python3,
# copies it N times, then runs `lede warc -j J` for J = 1, 2, 4, ... up to N
# over the N files, and N processes `lede warc -j 1`, one file each, all at
# once. Prints wall seconds, CPU seconds (user + sys), pages/s (wall) and
# the ratios. About 2 minutes on 16 cores with 949 pages; LIMIT=K uses only
# the first K pages (a quick check).
set -euo pipefail

if [[ ${1:-} == --pack ]]; then
  dir=${2:?usage: scaling.sh --pack DIR}
  here=$(cd "$(dirname "$0")/.." && pwd)
  mkdir -p "$dir/lib"
  cp "$here/build/lede" "$dir/lede"
  cp "$here/bench/make_warc.py" "$here/bench/scaling.sh" "$dir/"
  # every shared library but the C library's own (those must be the host's)
  ldd "$here/build/lede" | awk '/=> \// {print $3}' | while read -r lib; do
    case $(basename "$lib") in
      libc.so*|libm.so*|libpthread.so*|libdl.so*|librt.so*|ld-linux*) ;;
      *) cp -L "$lib" "$dir/lib/" ;;
    esac
  done
  echo "packed: $(ls "$dir" | tr '\n' ' ')+ lib/: $(ls "$dir/lib" | tr '\n' ' ')"
  exit 0
fi

dir=$(cd "${1:?usage: scaling.sh DIR PAGES_DIR [N]}" && pwd)
pages=${2:?usage: scaling.sh DIR PAGES_DIR [N]}
n=${3:-$(nproc)}
export LD_LIBRARY_PATH="$dir/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
lede="$dir/lede"
work=$(mktemp -d "${TMPDIR:-/tmp}/lede-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$lede" --version >/dev/null || { echo "scaling: $lede does not run (missing libraries?)"; exit 1; }

limit=()
[[ -n ${LIMIT:-} ]] && limit=(--limit "$LIMIT")
python3 "$dir/make_warc.py" --pages "$pages" --out "$work/one.warc.gz" "${limit[@]}" 2>"$work/make.log"
per_file=$(grep -oE '[0-9]+ pages' "$work/make.log" | grep -oE '[0-9]+')
files=()
for ((i = 0; i < n; i++)); do
  cp "$work/one.warc.gz" "$work/f$i.warc.gz"
  files+=("$work/f$i.warc.gz")
done
total=$((per_file * n))
cat "${files[@]}" >/dev/null  # into the page cache

# run LABEL CMD...: wall and CPU seconds of CMD (bash's time: no /usr/bin/time needed)
results=()
run() {
  local label=$1; shift
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -n 1)
  results+=("$label $t")
}
procs() {
  local f
  for f in "${files[@]}"; do "$lede" warc -q -j 1 "$f" >/dev/null & done
  wait
}

echo "scaling: $n files x $per_file pages = $total pages, $(nproc) cores, $(uname -m)"
js=()
for ((j = 1; j <= n; j *= 2)); do js+=("$j"); done
[[ ${js[-1]} -ne $n ]] && js+=("$n")
for j in "${js[@]}"; do run "lede warc -j $j" "$lede" warc -q -j "$j" "${files[@]}"; done
run "$n processes -j 1" procs

base=$(awk '{print $(NF-2)}' <<<"${results[0]}")
best=$(awk '{print $(NF-2)}' <<<"${results[-1]}")
printf '%-22s %8s %8s %10s %10s %12s\n' run "wall s" "CPU s" "pages/s" "x -j 1" "x processes"
for r in "${results[@]}"; do
  read -r -a f <<<"$r"
  k=${#f[@]}
  wall=${f[k-3]} cpu=$(awk -v u="${f[k-2]}" -v s="${f[k-1]}" 'BEGIN {printf "%.2f", u + s}')
  label=${r% * * *}
  awk -v l="$label" -v w="$wall" -v c="$cpu" -v t="$total" -v b="$base" -v p="$best" \
    'BEGIN {printf "%-22s %8.2f %8.2f %10.0f %10.2f %12.2f\n", l, w, c, t / w, b / w, p / w}'
done
