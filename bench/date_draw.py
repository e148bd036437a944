#!/usr/bin/env python3
"""Draw the fresh date set's pages (tests/dates/README.md).

    bench/date_draw.py [--n 120] [--seed 20261206]   # prints one id per line
    bench/date_draw.py --n 90 --seed 20261207 --exclude tests/dates/fresh_dates.tsv

Pages of trafilatura-eval that are not in htmldate (the set lede's date
rules were tuned on): a page is excluded when its id, its URL (scheme,
"www." and a trailing slash ignored) or its HTML bytes equal an htmldate
case's. The eligible ids are sorted, then sampled with random.Random(seed),
so the draw is reproducible from the data alone. --exclude TSV (repeatable)
also leaves out the ids listed in an earlier draw's labelled file, so a
second set shares no page with the first.
"""
import argparse, gzip, hashlib, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data"))


def norm_url(u):
    return re.sub(r"^https?://(www\.)?", "", (u or "").strip().lower()).rstrip("/")


def cases(name):
    with open(os.path.join(DATA, name, "cases.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def digest(name, c):
    with gzip.open(os.path.join(DATA, name, c["file"])) as f:
        return hashlib.sha1(f.read()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--exclude", action="append", default=[],
                    help="a labelled tsv whose ids are left out (repeatable)")
    a = ap.parse_args()
    used = set()
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            used |= {l.split("\t")[0] for l in f
                     if l.strip() and not l.startswith("#") and not l.startswith("id\t")}
    h = cases("htmldate")
    hid = {c["id"] for c in h}
    hurl = {norm_url(c["url"]) for c in h}
    hsum = {digest("htmldate", c) for c in h}
    ok = sorted(c["id"] for c in cases("trafilatura-eval")
                if c["id"] not in hid and norm_url(c["url"]) not in hurl
                and digest("trafilatura-eval", c) not in hsum and c["id"] not in used)
    if a.n > len(ok):
        raise SystemExit(f"date_draw.py: only {len(ok)} eligible pages")
    for i in random.Random(a.seed).sample(ok, a.n):
        print(i)


if __name__ == "__main__":
    main()
