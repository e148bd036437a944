#!/usr/bin/env python3
"""batch_mix.py: one batch of 1,000 inputs mixing good pages, empty files,
binary files, truncated pages and hostile markup, through one
`lede --format jsonl --input-list` process. Checks that exactly one record
comes out per input (the good ones articles, the others error records or
articles), and times the mixed batch against a batch of its good pages
alone (CPU time of the child, median of 3 runs).

    bench/batch_mix.py [--lede build/lede] [--no-timing]

Good pages: ../shared/data/trafilatura-eval when present, else the golden
cases repeated. Prints the counts, the ratio, and "batch-mix: N passed,
N failed" (the record checks, and the ratio < 3 unless --no-timing)."""
import argparse, glob, gzip, json, os, random, resource, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "trafilatura-eval", "html"))


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(lede, listfile):
    t0 = cpu()
    r = subprocess.run([lede, "--format", "jsonl", "--input-list", listfile], capture_output=True)
    return r, cpu() - t0


def main():
    work = tempfile.mkdtemp(prefix="lede-mix-")
    try:
        return check(work)
    finally:  # the 1,000 pages written are ~100 MB: never leave them in /tmp
        shutil.rmtree(work, ignore_errors=True)


def check(work):
    ap = argparse.ArgumentParser()
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--no-timing", action="store_true")
    a = ap.parse_args()
    rng = random.Random(7)
    srcs = sorted(glob.glob(os.path.join(DATA, "*.html.gz")))
    if srcs:
        good_bytes = [gzip.open(p).read() for p in srcs[:600]]
    else:  # the golden pages that are articles (not the error cases)
        good_bytes = []
        for p in sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*", "case.html"))):
            exp = os.path.join(os.path.dirname(p), "expected.json")
            if os.path.exists(exp) and "error" in json.load(open(exp, encoding="utf-8")):
                continue
            good_bytes.append(open(p, "rb").read())
    inputs = []  # (kind, bytes)
    for i in range(600):
        inputs.append(("good", good_bytes[i % len(good_bytes)]))
    for i in range(100):
        inputs.append(("empty", b"" if i % 2 else b"   \n\t "))
    for i in range(100):
        inputs.append(("binary", bytes(rng.randrange(256) for _ in range(2000 + i * 10)) if i % 3 else
                       b"%PDF-1.7\n" + os.urandom(3000)))
    for i in range(100):
        page = good_bytes[(i * 7) % len(good_bytes)]
        inputs.append(("truncated", page[: max(1, len(page) * (i % 9 + 1) // 10)]))
    hostile = [lambda n: b"<div>" * n, lambda n: b"<p>x" * n, lambda n: b"<b><i>" * n,
               lambda n: b"<table><tr><td>" * (n // 4), lambda n: b"<a href=x>" * n,
               lambda n: b"<div " + b" ".join(b"a%d=1" % k for k in range(n // 4)) + b">",
               lambda n: b"<!--" + b"-" * n, lambda n: b"<script>" + b"<!--<script>" * (n // 10),
               lambda n: b"<" * n, lambda n: b"\0" * n]
    for i in range(100):
        inputs.append(("hostile", hostile[i % len(hostile)](5000 + 500 * i)))
    rng.shuffle(inputs)
    mixed = os.path.join(work, "mixed.list")
    goods = os.path.join(work, "good.list")
    with open(mixed, "w") as fm, open(goods, "w") as fg:
        for k, (kind, data) in enumerate(inputs):
            path = os.path.join(work, f"{k:04d}-{kind}.html")
            open(path, "wb").write(data)
            fm.write(path + "\n")
            if kind == "good":
                fg.write(path + "\n")
    passed = failed = 0
    r, _ = run(a.lede, mixed)
    recs = [json.loads(l) for l in r.stdout.decode("utf-8", "replace").splitlines() if l.strip()]
    kinds = {}
    for rec in recs:
        kind = os.path.basename(rec["source"]).split("-")[1][:-5]
        err = (rec.get("error") or {}).get("code") or "article"
        kinds.setdefault(kind, {}).setdefault(err, 0)
        kinds[kind][err] += 1
    ok = len(recs) == len(inputs) == 1000 and len({x["source"] for x in recs}) == 1000 and r.returncode == 1
    print(f"{'ok  ' if ok else 'FAIL'} {len(recs)} records for {len(inputs)} inputs, exit {r.returncode}")
    passed, failed = passed + ok, failed + (not ok)
    for kind in sorted(kinds):
        print(f"     {kind:10} {kinds[kind]}")
    ok = kinds.get("good", {}).get("article", 0) == 600
    print(f"{'ok  ' if ok else 'FAIL'} every good page gave an article")
    passed, failed = passed + ok, failed + (not ok)
    if not a.no_timing:
        tm = sorted(run(a.lede, mixed)[1] for _ in range(3))[1]
        tg = sorted(run(a.lede, goods)[1] for _ in range(3))[1]
        ratio = tm / tg if tg else 0
        ok = ratio < 3
        print(f"{'ok  ' if ok else 'FAIL'} CPU time: mixed {tm:.3f} s, good pages alone {tg:.3f} s, ratio {ratio:.2f} (< 3)")
        passed, failed = passed + ok, failed + (not ok)
    print(f"batch-mix: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
