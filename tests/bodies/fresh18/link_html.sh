#!/bin/sh
# Link the pages this set names from the trafilatura-eval set into html/ (what
# ../shared/bench/score.py reads: SETDIR/html/ID.html.gz), instead of
# copying them into the repository. DATA overrides the trafilatura-eval folder,
# which is ../shared/data/trafilatura-eval beside the repository's root.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${DATA:-$(cd "$here/../../../.." && pwd)/shared/data/trafilatura-eval}
mkdir -p "$here/html"
sed -n 's/.*"file": "html\/\([^"]*\)".*/\1/p' "$here/cases.jsonl" | while read -r f; do
    ln -sf "$data/html/$f" "$here/html/$f"
done
