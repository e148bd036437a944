#!/usr/bin/env python3
"""page_scaling.py: how page mode scales with cores: `lede -j N` (one
process, N threads) against N separate `lede -j 1` processes, each taking
a contiguous 1/N of the same list, on the same pages.

    bench/page_scaling.py [--lede build/lede] [--pages DIR] [--max-jobs N]
                          [--copies K] [--runs R]

Self-contained: Python's standard library and a lede binary, nothing else
(no network, no build). The binary's own folder goes first on
LD_LIBRARY_PATH, so a prebuilt `lede` copied with its .so files beside it
runs anywhere. Pages: every .html / .html.gz file under --pages (default
../shared/data/trafilatura-eval, 949 pages, 137 MB), unpacked once into a
temporary folder and listed K times (--copies, default 4) so that one run
lasts long enough to time.

Counts N: 1, 2, 4, 8, ... up to --max-jobs (default: the online cores),
and --max-jobs itself. Each setting runs R times (default 3) and the best
wall time counts: on a shared machine other processes only ever make a
run slower. Prints, per N: wall seconds and pages/s of the threads and of
the processes, each as a multiple of -j 1, the threads' share of the
processes' rate, and the CPU seconds (user + system) both spent. Most of
the time goes to the -j 1 and 2-way runs, so the whole run stays short on
many cores."""
import argparse, gzip, os, resource, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def unpack(src, dst):
    """Copies every page under src into dst (gunzipping .gz); returns paths."""
    paths = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not (name.endswith(".html") or name.endswith(".html.gz") or name.endswith(".htm")):
                continue
            s = os.path.join(root, name)
            d = os.path.join(dst, f"{len(paths):06d}.html")
            with (gzip.open if name.endswith(".gz") else open)(s, "rb") as f, open(d, "wb") as g:
                shutil.copyfileobj(f, g)
            paths.append(d)
    return paths


def timed(cmds):
    """Starts every command at once, waits for all; returns (wall, cpu)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL) for c in cmds]
    codes = [p.wait() for p in procs]
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if any(c not in (0, 1) for c in codes):
        sys.exit(f"page_scaling: lede exited {codes}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best(cmds, runs):
    res = [timed(cmds) for _ in range(runs)]
    return min(res)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "build", "lede"))
    ap.add_argument("--pages", default=os.path.join(HERE, "..", "..", "shared", "data", "trafilatura-eval"))
    ap.add_argument("--max-jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    lede = os.path.abspath(a.lede)
    if not os.access(lede, os.X_OK):
        sys.exit(f"page_scaling: no lede binary at {lede}")
    libdir = os.path.dirname(lede)
    os.environ["LD_LIBRARY_PATH"] = libdir + (":" + os.environ["LD_LIBRARY_PATH"]
                                               if os.environ.get("LD_LIBRARY_PATH") else "")
    counts, n = [], 1
    while n < a.max_jobs:
        counts.append(n)
        n *= 2
    counts.append(a.max_jobs)
    with tempfile.TemporaryDirectory(prefix="page-scaling-") as tmp:
        pages = unpack(a.pages, tmp)
        if not pages:
            sys.exit(f"page_scaling: no .html or .html.gz pages under {a.pages}")
        work = pages * a.copies
        mb = sum(os.path.getsize(p) for p in pages) * a.copies / 1e6
        full = os.path.join(tmp, "all.list")
        with open(full, "w") as f:
            f.write("".join(p + "\n" for p in work))
        timed([[lede, "--input-list", full]])  # warm the page cache

        version = subprocess.run([lede, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"{version}; {len(work)} pages ({len(pages)} x {a.copies}, {mb:.0f} MB); "
              f"{os.cpu_count()} online cores; best of {a.runs}; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        print(f"{'N':>4} {'-j N s':>8} {'pages/s':>8} {'x -j 1':>7} {'N procs s':>10} {'pages/s':>8} "
              f"{'x 1':>6} {'threads/procs':>13} {'cpu -j N':>9} {'cpu procs':>9}")
        base = None
        for n in counts:
            wj, cj = best([[lede, "-j", str(n), "--input-list", full]], a.runs)
            chunks = []
            for i in range(n):
                part = work[len(work) * i // n: len(work) * (i + 1) // n]
                lf = os.path.join(tmp, f"part-{n}-{i}.list")
                with open(lf, "w") as f:
                    f.write("".join(p + "\n" for p in part))
                chunks.append([lede, "--input-list", lf])
            wp, cp = (wj, cj) if n == 1 else best(chunks, a.runs)
            if base is None:
                base = wj
            print(f"{n:>4} {wj:>8.2f} {len(work) / wj:>8.0f} {base / wj:>7.2f} {wp:>10.2f} "
                  f"{len(work) / wp:>8.0f} {base / wp:>6.2f} {wp / wj:>13.2f} {cj:>9.2f} {cp:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
