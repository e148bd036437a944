#!/usr/bin/env python3
"""quotes_cost.py: what the quotes stage costs, lede with `--quotes` against
without (quotes are opt-in) over the same pages, in one run of this script.

    bench/quotes_cost.py [--lede build/lede] [--set trafilatura-eval]
                         [--rounds 5] [--callgrind-pages N] [--json FILE]

CPU seconds: `lede --format jsonl --input-list LIST` over every page of the
set (decompressed once into a temporary folder), quotes on and off in
alternation for --rounds rounds (so that a busy machine slows both alike);
each figure is the child's user + system time; the cost is the median of
on / off - 1 over the rounds (and the same for the least of each).
Instructions: callgrind's count for the whole process over all pages (or
the first --callgrind-pages N; 0 skips it), on and off: exact, the same on
a busy machine as on an idle one; and the quotes stage's own share
(quotes_find, inclusive) of the run with quotes. Needs valgrind for that
part (about 3 minutes per run over all 949 pages).
Output goes to /dev/null; only the time of extraction and printing counts."""
import argparse, json, os, re, resource, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stage_profile import inclusive_costs, pages_of  # noqa: E402


def cpu_of(cmd):
    """User + system seconds of one child run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd, tmp, tag):
    """The whole run's instruction count, and quotes_find's (inclusive)."""
    out = os.path.join(tmp, f"cg.{tag}")
    log = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    m = re.search(r"Collected : (\d+)", log)
    if not m:
        sys.exit("quotes_cost: callgrind gave no count")
    costs, _ = inclusive_costs(out)
    return int(m.group(1)), costs.get("quotes_find", 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "build", "lede"))
    ap.add_argument("--set", default="trafilatura-eval")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--callgrind-pages", type=int, default=10 ** 9, help="default: all pages")
    ap.add_argument("--json", help="write the figures as JSON here")
    a = ap.parse_args()
    lede = os.path.abspath(a.lede)
    res = {"set": a.set}
    with tempfile.TemporaryDirectory(prefix="quotes-cost-") as tmp:
        pages = pages_of(a.set, 10 ** 9, tmp)
        lst = os.path.join(tmp, "all.list")
        with open(lst, "w") as f:
            f.write("".join(f"{p}\t{u}\n" for p, u in pages))
        res["pages"] = len(pages)
        base = [lede, "--format", "jsonl", "--input-list"]
        with_quotes = [lede, "--quotes"] + base[1:]
        on, off = [], []
        for _ in range(a.rounds):
            on.append(cpu_of(with_quotes + [lst]))
            off.append(cpu_of(base + [lst]))
        res["cpu_s_on"] = [round(x, 3) for x in on]
        res["cpu_s_off"] = [round(x, 3) for x in off]
        res["cpu_cost_median_of_ratios"] = round(statistics.median(x / y - 1 for x, y in zip(on, off)), 4)
        res["cpu_cost_of_least"] = round(min(on) / min(off) - 1, 4)
        if a.callgrind_pages > 0:
            small = os.path.join(tmp, "first.list")
            with open(small, "w") as f:
                f.write("".join(f"{p}\t{u}\n" for p, u in pages[:a.callgrind_pages]))
            i_on, stage = instructions(with_quotes + [small], tmp, "on")
            i_off, _ = instructions(base + [small], tmp, "off")
            res.update({"callgrind_pages": min(a.callgrind_pages, len(pages)), "instr_on": i_on,
                        "instr_off": i_off, "instr_cost": round(i_on / i_off - 1, 4),
                        "instr_quotes_find": stage})
    print(json.dumps(res, indent=1))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
