#!/bin/sh
# Link the pages this set names from the readability set into html/ (what
# ../shared/bench/score.py reads: SETDIR/html/ID.html.gz), instead of
# copying them into the repository. DATA overrides the readability folder,
# which is ../shared/data/readability beside the repository's root; its pages
# lie in html/ID.html.gz, as trafilatura-eval's do.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${DATA:-$(cd "$here/../../../.." && pwd)/shared/data/readability}
mkdir -p "$here/html"
sed -n 's/.*"file": "html\/\([^"]*\)".*/\1/p' "$here/cases.jsonl" | while read -r f; do
    ln -sf "$data/html/$f" "$here/html/$f"
done
