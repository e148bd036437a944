#!/bin/sh
# link_html.sh SETDIR DATASET: link the pages a body set names (SETDIR/cases.jsonl,
# "file": "html/ID.html.gz") from ../shared/data/DATASET/html beside the
# repository's root into SETDIR/html/, which ../shared/bench/score.py reads,
# instead of copying them into the repository. DATA overrides the data set's
# folder. Each set's own link_html.sh calls this with its data set's name.
set -e
here=$(cd "$1" && pwd)
data=${DATA:-$(cd "$here/../../../.." && pwd)/shared/data/$2}
mkdir -p "$here/html"
sed -n 's/.*"file": "html\/\([^"]*\)".*/\1/p' "$here/cases.jsonl" | while read -r f; do
    ln -sf "$data/html/$f" "$here/html/$f"
done
