#!/usr/bin/env python3
"""Re-score a judged author sample (a TSV beside this script, e.g.
sample_2027.tsv: pos, set, id, the page's authors as read by hand, note)
against lede's `authors`.

    tests/authors/score_sample.py [--lede build/lede] [TSV]

Kinds, as in README.md: right (the same names, case folded), right-null
(no person named, lede gives none), missing (a person named, lede gives
none), wrong (lede gives names that are not the page's: another person,
the site, a desk). Prints the counts and every page that is not right.
DATA overrides the data folder (../shared/data beside the repository)."""
import argparse, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
data = os.path.normpath(os.environ.get("DATA", os.path.join(root, "..", "shared", "data")))
ap = argparse.ArgumentParser()
ap.add_argument("--lede", default=os.path.join(root, "build", "lede"))
ap.add_argument("tsv", nargs="?", default=os.path.join(here, "sample_2027.tsv"))
a = ap.parse_args()
rows = [l.rstrip("\n").split("\t") for l in open(a.tsv, encoding="utf-8") if l.strip() and not l.startswith("#")]
cases = {}
for s in sorted({r[1] for r in rows}):
    for line in open(os.path.join(data, s, "cases.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        cases[(s, c["id"])] = (os.path.join(data, s, c["file"]), c.get("url") or "")
with tempfile.NamedTemporaryFile("w", suffix=".list", delete=False) as f:
    for r in rows:
        path, url = cases[(r[1], r[2])]
        f.write(f"{path}\t{url}\n")
out = subprocess.run([a.lede, "--format", "jsonl", "--input-list", f.name], capture_output=True, text=True).stdout
os.unlink(f.name)
got = {}
for line in out.splitlines():
    rec = json.loads(line)
    got[rec["source"]] = rec.get("authors") or []
kinds = {"right": 0, "right-null": 0, "missing": 0, "wrong": 0}
for r in rows:
    want = [n.strip() for n in r[3].split(";") if n.strip()] if len(r) > 3 else []
    have = got.get(cases[(r[1], r[2])][0], [])
    if not want and not have:
        k = "right-null"
    elif sorted(n.lower() for n in want) == sorted(n.lower() for n in have):
        k = "right"
    elif want and not have:
        k = "missing"
    else:
        k = "wrong"
    kinds[k] += 1
    if k not in ("right", "right-null"):
        print(f"{k}\t{r[0]}\t{r[2]}\twant {want}\tgot {have}")
print("  ".join(f"{k} {v}" for k, v in kinds.items()), f" (of {len(rows)})")
sys.exit(0 if len(got) == len(rows) else 2)
