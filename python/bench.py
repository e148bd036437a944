#!/usr/bin/env python3
"""bench.py: speed of lede.extract() against the CLI on the same pages, and
of two threads against one (the GIL is released while the C code works).

    build/venv/bin/python python/bench.py [BUILD] [--glob GLOB] [--repeat N]

Pages: ../shared/data/trafilatura-eval/html/*.html.gz by default,
decompressed in Python first; only extraction is timed. The CLI runs once
over the same decompressed pages (written to a temporary folder) with
--format jsonl --input-list; its time is the whole process (CPU of the
child, from os.wait4). Prints one line per measurement; best of N runs.
"""
import glob
import gzip
import os
import subprocess
import sys
import tempfile
import threading
import time


def main():
    args = sys.argv[1:]
    build = args.pop(0) if args and not args[0].startswith("--") else "build"
    pattern = "../shared/data/trafilatura-eval/html/*.html.gz"
    repeat = 3
    while args:
        a = args.pop(0)
        if a == "--glob":
            pattern = args.pop(0)
        elif a == "--repeat":
            repeat = int(args.pop(0))
    sys.path.insert(0, os.path.join(build, "python"))
    import lede

    paths = sorted(glob.glob(pattern))
    pages = []
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        pages.append(gzip.decompress(data) if p.endswith(".gz") else data)
    mb = sum(map(len, pages)) / 1e6
    print(f"lede {lede.__version__} ({lede.__file__}); {len(pages)} pages, {mb:.1f} MB")

    def run_one():
        t, c = time.perf_counter(), time.process_time()
        for p in pages:
            try:
                lede.extract(p)
            except lede.LedeError:
                pass
        return time.perf_counter() - t, time.process_time() - c

    def run_threads(n):
        def work(k):
            for p in pages[k::n]:
                try:
                    lede.extract(p)
                except lede.LedeError:
                    pass
        ts = [threading.Thread(target=work, args=(k,)) for k in range(n)]
        t = time.perf_counter()
        for th in ts:
            th.start()
        for th in ts:
            th.join()
        return time.perf_counter() - t

    def run_many(n):
        t = time.perf_counter()
        for _ in lede.extract_many(pages, workers=n):
            pass
        return time.perf_counter() - t

    run_one()  # warm up
    one = min((run_one() for _ in range(repeat)), key=lambda x: x[0])
    print(f"extract, 1 thread:          {one[0]:.3f} s wall, {one[1]:.3f} s CPU; "
          f"{len(pages) / one[0]:.0f} pages/s, {one[0] / len(pages) * 1e3:.3f} ms/page")
    two = min(run_threads(2) for _ in range(repeat))
    print(f"extract, 2 threads:         {two:.3f} s wall; {len(pages) / two:.0f} pages/s; "
          f"speed-up {one[0] / two:.2f}x")
    m1 = min(run_many(1) for _ in range(repeat))
    m2 = min(run_many(2) for _ in range(repeat))
    print(f"extract_many workers=1/2:   {m1:.3f} / {m2:.3f} s wall; speed-up {m1 / m2:.2f}x")

    with tempfile.TemporaryDirectory() as d:
        names = []
        for i, p in enumerate(pages):
            name = os.path.join(d, f"{i:05d}.html")
            with open(name, "wb") as f:
                f.write(p)
            names.append(name)
        lst = os.path.join(d, "list")
        with open(lst, "w") as f:
            f.write("\n".join(names) + "\n")
        best = None
        for _ in range(repeat):
            t = time.perf_counter()
            proc = subprocess.Popen([os.path.join(build, "lede"), "--format", "jsonl",
                                     "--input-list", lst], stdout=subprocess.DEVNULL)
            _, _, ru = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t
            cpu = ru.ru_utime + ru.ru_stime
            if best is None or wall < best[0]:
                best = (wall, cpu)
        print(f"CLI (whole process, JSON):  {best[0]:.3f} s wall, {best[1]:.3f} s CPU; "
              f"{len(pages) / best[0]:.0f} pages/s, {best[0] / len(pages) * 1e3:.3f} ms/page")


if __name__ == "__main__":
    main()
