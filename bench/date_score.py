#!/usr/bin/env python3
"""Score lede's publication date on a hand-labelled date set (tests/dates).

    bench/date_score.py [--tsv tests/dates/fresh_dates.tsv] [--set trafilatura-eval]
                        [--lede build/lede] [--show] [--dump FILE]

Runs `lede --format jsonl --input-list LIST` once over the set's pages, each
list line PATH<TAB>URL with the URL of the data set's cases.jsonl (as
../shared/bench/score.py passes it), and compares the first 10 characters
of each record's "date" with the gold:

  date_day        over the pages whose gold is a day (YYYY-MM-DD): same day
  month_pages     pages whose gold is a month only (YYYY-MM): lede's date in
                  that month counts as right; reported apart and in `all`
  none_pages      pages whose gold is "none" (no publication date at all):
                  `none_silent` is how often lede gives no date there, and
                  `none_answered` how often it answers one anyway
  all             right answers over every page (a day or month gold met,
                  a none gold met by no date)

--show prints every page that is not right: gold, lede's date, the note.
Standard library only.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))


def load_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#") or line.startswith("id\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            rows.append((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", default=os.path.join(ROOT, "tests", "dates", "fresh_dates.tsv"))
    ap.add_argument("--set", default="trafilatura-eval")
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dump", help="write id<TAB>gold<TAB>lede per page to FILE")
    a = ap.parse_args()
    gold = load_gold(a.tsv)
    d = os.path.join(DATA, a.set)
    cases = {}
    with open(os.path.join(d, "cases.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            cases[c["id"]] = c
    with tempfile.NamedTemporaryFile("w", suffix=".list", delete=False, encoding="utf-8") as lf:
        for cid, _, _ in gold:
            c = cases[cid]
            lf.write(f"{os.path.join(d, c['file'])}\t{c.get('url') or ''}\n")
        listfile = lf.name
    try:
        out = subprocess.run([a.lede, "--format", "jsonl", "--input-list", listfile],
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(listfile)
    got = {}
    for line in out.splitlines():
        r = json.loads(line)
        got[r["source"]] = (r.get("date") or "")[:10]
    n_day = ok_day = n_month = ok_month = n_none = none_silent = 0
    misses, dump = [], []
    for cid, g, note in gold:
        mine = got.get(os.path.join(d, cases[cid]["file"]), "")
        dump.append(f"{cid}\t{g}\t{mine or 'none'}")
        if g == "none":
            n_none += 1
            right = not mine
            none_silent += right
        elif len(g) == 7:
            n_month += 1
            right = mine[:7] == g
            ok_month += right
        else:
            n_day += 1
            right = mine == g
            ok_day += right
        if not right:
            misses.append((cid, g, mine or "none", note))
    n = len(gold)
    ok_all = ok_day + ok_month + none_silent
    print(f"date set {os.path.relpath(a.tsv, ROOT)}: {n} pages")
    print(f"  date_day      {ok_day}/{n_day} = {ok_day / max(1, n_day):.3f}")
    print(f"  month_pages   {ok_month}/{n_month}")
    print(f"  none_pages    {n_none}: none_silent {none_silent}, none_answered {n_none - none_silent}"
          f" ({(n_none - none_silent) / max(1, n_none):.3f})")
    print(f"  all           {ok_all}/{n} = {ok_all / max(1, n):.3f}")
    if a.show:
        for cid, g, mine, note in misses:
            print(f"  MISS {cid}: gold {g}, lede {mine}  ({note})")
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            f.write("\n".join(dump) + "\n")


if __name__ == "__main__":
    main()
