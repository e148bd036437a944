#!/bin/sh
# Link the pages this set names from the htmldate set into html/ (what
# ../shared/bench/score.py reads: SETDIR/html/ID.html.gz), instead of
# copying them into the repository. DATA overrides the htmldate folder,
# which is ../shared/data/htmldate beside the repository's root.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${DATA:-$(cd "$here/../../../.." && pwd)/shared/data/htmldate}
mkdir -p "$here/html"
sed -n 's/.*"file": "html\/\([^"]*\)".*/\1/p' "$here/cases.jsonl" | while read -r f; do
    ln -sf "$data/html/$f" "$here/html/$f"
done
