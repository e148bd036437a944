#!/usr/bin/env python3
"""Draw the author-reading sample: N pages (default 50) of htmldate +
trafilatura-eval (or of the sets named in SETS, comma-separated) with a
fixed seed (default 2032), as a list for
`lede --format jsonl --input-list` (PATH<TAB>URL per line) on stdout.

    tests/authors/draw.py [SEED [N [SETS]]] > /tmp/sample.list
    build/lede --format jsonl --input-list /tmp/sample.list

DATA overrides the data folder (../shared/data beside the repository)."""
import json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.normpath(os.environ.get("DATA", os.path.join(here, "..", "..", "..", "shared", "data")))
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 2032
n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
sets = sys.argv[3].split(",") if len(sys.argv) > 3 else ["htmldate", "trafilatura-eval"]
pages = []
for s in sets:
    with open(os.path.join(data, s, "cases.jsonl")) as f:
        for line in f:
            c = json.loads(line)
            pages.append((s, c["id"], os.path.join(data, s, c["file"]), c.get("url", "")))
pages.sort()
random.Random(seed).shuffle(pages)
for i, (s, pid, path, url) in enumerate(pages[:n]):
    print(f"{path}\t{url}")
    print(f"{i}\t{s}\t{pid}", file=sys.stderr)
