#!/usr/bin/env python3
"""Body scores by the depth of the chosen root.

    bench/body_roots.py [--build build] [--set trafilatura-eval] [--list N] [--depth D]

For every page of a dev set (../shared/data/SET) it runs build/lede (jsonl,
the text) and build/lede_explain (the chosen body subtrees with their
ancestors), takes the root's depth below <body> (0: <body> itself, 1: a
direct child of <body>, a page-level wrapper; with joined siblings the
shallowest subtree counts) and scores each page the way score.py scores
the set: snippet leaks (unwanted snippets kept) and misses for a set with
snippets, 4-gram shingle F1 for a set with gold text. Prints, per depth
class (high: depth <= 1, deep: the rest), the pages, the pages that fail
(a leak or a miss, or shingle F1 < 0.9), the pages with a leak and
the mean page F1; --list N
prints the N worst high-root pages, --depth D the pages whose root is at
depth D or less with their scores.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "bench"))
sys.path.insert(0, SCORE_DIR)
import score  # noqa: E402  (../shared/bench/score.py: the scorer's own functions)


def root_depth(explain, path):
    """Depth below <body> of the shallowest body subtree, or None."""
    out = subprocess.run([explain, path], capture_output=True).stdout.decode("utf-8", "replace")
    best = None
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("[") or " < " not in line:
            continue
        chain = line.split("] ", 1)[1].split(" text=")[0]
        parts = [p.strip() for p in chain.split(" < ") if p.strip()]
        depth = 0
        for p in parts:
            if p.startswith("<body"):
                break
            depth += 1
        else:
            depth = None  # no <body> in the chain
        if depth is not None and (best is None or depth < best):
            best = depth
    return best


def page_scores(case, text):
    """(fail, f1, detail) for one page."""
    text = score.norm(text)
    if "with" in case:
        tp = sum(1 for w in case["with"] if score.norm(w) in text)
        fp = sum(1 for w in case["without"] if score.norm(w) in text)
        fn = len(case["with"]) - tp
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return fp > 0 or fn > 0, f1, f"leak={fp} miss={fn}"
    t, fp, fn = score.shingle_counts(case.get("text") or "", text)
    p = t / (t + fp) if t + fp else 1.0
    r = t / (t + fn) if t + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1 < 0.9, f1, f"P={p:.3f} R={r:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--set", action="append")
    ap.add_argument("--list", type=int, default=0)
    ap.add_argument("--depth", type=int)
    a = ap.parse_args()
    lede = os.path.join(a.build, "lede")
    explain = os.path.join(a.build, "lede_explain")
    for spec in a.set or ["trafilatura-eval", "readability"]:
        name, setdir, cases = score.load_set(spec)
        cases = [c for c in cases if "with" in c or c.get("text") is not None]
        with tempfile.TemporaryDirectory(prefix="roots-") as work:
            paths = score.materialise(setdir, cases, work)
            listfile = os.path.join(work, "pages.list")
            with open(listfile, "w", encoding="utf-8") as f:
                for c in cases:
                    f.write(f"{paths[c['id']]}\t{c.get('url') or ''}\n")
            proc = subprocess.run([lede, "--format", "jsonl", "--input-list", listfile], capture_output=True)
            out, _ = score.parse_output(proc.stdout, paths)
            rows = []
            for c in cases:
                fail, f1, detail = page_scores(c, (out.get(c["id"]) or {}).get("text") or "")
                rows.append((root_depth(explain, paths[c["id"]]), fail, f1, c["id"], detail))
        classes = {"high (depth<=1)": [r for r in rows if r[0] is not None and r[0] <= 1],
                   "deep (depth>=2)": [r for r in rows if r[0] is not None and r[0] >= 2],
                   "no body": [r for r in rows if r[0] is None]}
        for label, rs in classes.items():
            if not rs:
                continue
            fails = sum(1 for r in rs if r[1])
            leaks = sum(1 for r in rs if r[4].startswith("leak=") and not r[4].startswith("leak=0 "))
            print(f"{name} {label}: pages={len(rs)} fail={fails} ({100.0 * fails / len(rs):.1f}%)"
                  + (f" leak={leaks} ({100.0 * leaks / len(rs):.1f}%)" if rs[0][4].startswith("leak=") else "")
                  + f" mean_f1={sum(r[2] for r in rs) / len(rs):.4f}")
        high = sorted(classes["high (depth<=1)"], key=lambda r: r[2])
        for r in high[:a.list]:
            print(f"  depth={r[0]} f1={r[2]:.3f} {r[4]} {r[3]}")
        if a.depth is not None:
            for r in sorted(rows, key=lambda r: r[2]):
                if r[0] is not None and r[0] <= a.depth:
                    print(f"  depth={r[0]} f1={r[2]:.3f} {r[4]} {r[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
