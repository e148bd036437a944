#!/usr/bin/env python3
"""Draw the author-reading sample: N pages (default 50) of htmldate +
trafilatura-eval (or of the sets named in SETS, comma-separated) with a
fixed seed (default 2032), as a list for
`lede --format jsonl --input-list` (PATH<TAB>URL per line) on stdout.

    tests/authors/draw.py [--exclude SEED:N[:SETS] | --exclude SAMPLE.tsv]... [SEED [N [SETS]]] > /tmp/sample.list
    build/lede --format jsonl --input-list /tmp/sample.list

--exclude leaves out the pages of an earlier draw (its seed, size and
sets, as they were given), so that a new sample reads pages no rule was
written from; positions are then counted in the list without them. An
earlier draw that was itself made with --exclude is not SEED:N[:SETS]
again (its list skipped pages): give its judged TSV instead
(--exclude tests/authors/sample_2028.tsv), whose rows name the pages
(set and id columns).
--by-id leaves out a page of the other set whose id is an excluded page's
(a page in both sets is one page: read once, it is not unread in the
other set); without it only the same set and id are left out, as the
draws up to seed 2029 were made.
DATA overrides the data folder (../shared/data beside the repository)."""
import argparse, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.normpath(os.environ.get("DATA", os.path.join(here, "..", "..", "..", "shared", "data")))
ap = argparse.ArgumentParser()
ap.add_argument("--exclude", action="append", default=[], metavar="SEED:N[:SETS]|SAMPLE.tsv")
ap.add_argument("--by-id", action="store_true")
ap.add_argument("seed", nargs="?", type=int, default=2032)
ap.add_argument("n", nargs="?", type=int, default=50)
ap.add_argument("sets", nargs="?", default="htmldate,trafilatura-eval")
a = ap.parse_args()


def draw(seed, n, sets):
    pages = []
    for s in sets:
        with open(os.path.join(data, s, "cases.jsonl")) as f:
            for line in f:
                c = json.loads(line)
                pages.append((s, c["id"], os.path.join(data, s, c["file"]), c.get("url", "")))
    pages.sort()
    random.Random(seed).shuffle(pages)
    return pages if n is None else pages[:n]


excluded = set()
for e in a.exclude:
    if e.endswith(".tsv"):
        # a judged sample: its rows (pos, set, id, ...) are the pages it read
        with open(e, encoding="utf-8") as f:
            excluded |= {tuple(l.split("\t")[1:3]) for l in f if l.strip() and not l.startswith("#")}
        continue
    parts = e.split(":")
    sets = parts[2].split(",") if len(parts) > 2 else ["htmldate", "trafilatura-eval"]
    excluded |= {(s, pid) for s, pid, _, _ in draw(int(parts[0]), int(parts[1]), sets)}
ids = {pid for _, pid in excluded} if a.by_id else set()
pages = [p for p in draw(a.seed, None, a.sets.split(",")) if (p[0], p[1]) not in excluded and p[1] not in ids][:a.n]
for i, (s, pid, path, url) in enumerate(pages):
    print(f"{path}\t{url}")
    print(f"{i}\t{s}\t{pid}", file=sys.stderr)
