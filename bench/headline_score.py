#!/usr/bin/env python3
"""Score lede's `title` against the hand-checked headline set.

    bench/headline_score.py [--lede build/lede] [--tsv tests/headlines/dev_headlines.tsv | --holdout | --holdout2 | --holdout3 | --holdout4 | --holdout5 | --holdout6 | --holdout7 | --holdout8]
                            [--data ../shared/data] [--set NAME] [--json FILE] [--quiet]

A set (see tests/headlines/README.md) names pages of the dev sets in
../shared/data and, for each, the headline a reader sees on the page, written
down by reading the page's HTML. Three sets: dev_headlines.tsv (the default; the
headline rules were tuned on its pages), holdout_headlines.tsv (`--holdout`:
other pages, written down before any rule was changed against them, so its
score is the honest estimate of lede on unseen news pages), and
holdout2_headlines.tsv (`--holdout2`: a second such draw, made after rules had
been written against the first one's misses) and holdout3_headlines.tsv
(`--holdout3`: a third draw, labelled before lede was run on it) and
holdout4_headlines.tsv (`--holdout4`: a fourth, drawn and labelled the same way) and
holdout5_headlines.tsv (`--holdout5`: a fifth, likewise) and
holdout6_headlines.tsv (`--holdout6`: a sixth, likewise) and
holdout7_headlines.tsv (`--holdout7`: a seventh, likewise) and
holdout8_headlines.tsv (`--holdout8`: an eighth, the last pages of the
pool). This script runs
lede ONCE over all of them (`--format jsonl --input-list`, the page's URL from
the set's cases.jsonl) and prints exact match per set and overall, compared
after whitespace normalisation only (runs of white space become one space,
ends trimmed): case, quote marks, dashes and site parts all count. Then every
miss: id, set, the note column (e.g. "kicker"), the expected and the output.

The exit status is 0 whenever lede answered every page (a score is not a test);
2 when lede failed or a page got no record.
"""
import argparse
import collections
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def read_set(tsv):
    """Rows of (id, set, headline, note); '#' lines and the header are skipped."""
    rows = []
    with open(tsv, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("id\tset\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                sys.exit(f"{tsv}:{n}: want id<TAB>set<TAB>headline[<TAB>note]")
            rows.append((cols[0], cols[1], cols[2], cols[3] if len(cols) > 3 else ""))
    return rows


def case_index(data, name):
    """id -> (html path, url) for one data set, as score.py finds them."""
    d = os.path.join(data, name)
    out = {}
    with open(os.path.join(d, "cases.jsonl"), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            c = json.loads(line)
            path = os.path.join(d, c["file"]) if "file" in c else None
            if path is None:
                for ext in (".html.gz", ".html"):
                    p = os.path.join(d, "html", c["id"] + ext)
                    if os.path.exists(p):
                        path = p
                        break
            url = c.get("url") or ""
            out[c["id"]] = (path, "" if url.startswith("hard::") else url)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--tsv", default=os.path.join(ROOT, "tests", "headlines", "dev_headlines.tsv"))
    ap.add_argument("--holdout", action="store_true",
                    help="score tests/headlines/holdout_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout2", action="store_true",
                    help="score tests/headlines/holdout2_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout3", action="store_true",
                    help="score tests/headlines/holdout3_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout4", action="store_true",
                    help="score tests/headlines/holdout4_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout5", action="store_true",
                    help="score tests/headlines/holdout5_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout6", action="store_true",
                    help="score tests/headlines/holdout6_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout7", action="store_true",
                    help="score tests/headlines/holdout7_headlines.tsv instead of --tsv")
    ap.add_argument("--holdout8", action="store_true",
                    help="score tests/headlines/holdout8_headlines.tsv instead of --tsv")
    ap.add_argument("--data", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "data")))
    ap.add_argument("--set", action="append", help="only rows of this data set (repeatable)")
    ap.add_argument("--json", help="write every row with lede's title to this file")
    ap.add_argument("--quiet", action="store_true", help="scores only, no list of misses")
    a = ap.parse_args()
    if a.holdout:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout_headlines.tsv")
    if a.holdout2:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout2_headlines.tsv")
    if a.holdout3:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout3_headlines.tsv")

    if a.holdout4:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout4_headlines.tsv")
    if a.holdout5:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout5_headlines.tsv")
    if a.holdout6:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout6_headlines.tsv")
    if a.holdout7:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout7_headlines.tsv")
    if a.holdout8:
        a.tsv = os.path.join(ROOT, "tests", "headlines", "holdout8_headlines.tsv")

    rows = [r for r in read_set(a.tsv) if not a.set or r[1] in a.set]
    indexes = {}
    work = tempfile.mkdtemp(prefix="headline_score.")
    try:
        listfile = os.path.join(work, "list.tsv")
        paths = {}
        with open(listfile, "w", encoding="utf-8") as lf:
            for cid, name, _, _ in rows:
                if name not in indexes:
                    indexes[name] = case_index(a.data, name)
                if cid not in indexes[name]:
                    sys.exit(f"headline_score.py: no page {cid} in {name}")
                src, url = indexes[name][cid]
                # lede reads gzip itself, but a plain copy keeps the record's
                # source a unique key when two sets hold the same file name
                dst = os.path.join(work, f"{len(paths)}.html")
                with (gzip.open if src.endswith(".gz") else open)(src, "rb") as f, open(dst, "wb") as g:
                    shutil.copyfileobj(f, g)
                paths[dst] = (cid, name)
                lf.write(f"{dst}\t{url}\n")
        proc = subprocess.run([a.lede, "--format", "jsonl", "--input-list", listfile], capture_output=True)
        got = {}
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            if line.strip():
                rec = json.loads(line)
                key = paths.get(rec.get("source"))
                if key:
                    got[key] = rec.get("title") or ""
    finally:
        shutil.rmtree(work, ignore_errors=True)

    per = collections.defaultdict(lambda: [0, 0])
    misses, report = [], []
    for cid, name, want, note in rows:
        out = got.get((cid, name))
        ok = out is not None and norm(out) == norm(want)
        for k in (name, "all"):
            per[k][0] += ok
            per[k][1] += 1
        report.append({"id": cid, "set": name, "headline": want, "note": note, "title": out, "match": ok})
        if not ok:
            misses.append((cid, name, note, want, out))

    for k in sorted(per, key=lambda k: (k == "all", k)):
        hit, n = per[k]
        print(f"{k}: headline_exact={hit / n:.3f} ({hit}/{n})")
    if not a.quiet and misses:
        print(f"\nmisses ({len(misses)}):")
        for cid, name, note, want, out in misses:
            print(f"- {name}/{cid}{' [' + note + ']' if note else ''}")
            print(f"    want: {want}")
            print(f"    lede: {out if out is not None else '(no record)'}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
    if proc.returncode not in (0, 1) or len(got) != len(rows):
        print(f"headline_score.py: lede exited {proc.returncode}, {len(got)}/{len(rows)} records", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
