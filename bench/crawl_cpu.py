#!/usr/bin/env python3
"""crawl_cpu.py: CPU seconds of the crawl-scale paths against `lede warc -j 1`
on the same WARC files (docs/distributed.md, "Measured").

    BUILD/venv-dist/bin/python bench/crawl_cpu.py [--build BUILD] [--runs 3] [--files 4]

Every figure is the CPU time of a whole process tree, counted by a cpuacct
cgroup made for each run (root and cgroup v1, as on the team machine), never
wall clock: the machine is shared. The input is bench/make_warc.py --copies 3 (2,847 pages, 83 MB),
linked under --files names.
  lede warc  `lede warc -j 1 -q` over the files, output to /dev/null.
  spark      `spark-submit --master local[1] lede/spark.py` (Parquet, zstd)
             over 1 file and over all files: per file = the difference / (files - 1),
             fixed = the 1-file run minus one file (JVMs, Python start-up).
             The tasks' own CPU (the manifest's cpu_s) is shown too.
  datatrove  LedeWarcReader alone (documents built, none written) in one
             process over all files, and the same with a JsonlWriter; the
             fixed cost is the same process over one empty WARC file.
Ratios are per-file CPU over `lede warc -j 1`'s per-file CPU; the median of
--runs runs is kept.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


CGROUP_ROOT = "/sys/fs/cgroup/cpuacct"


def cpu_run(cmd, env=None):
    """Runs cmd to completion; returns the CPU seconds of it and of every
    process it started. A cpuacct cgroup (v1) of its own counts them all,
    also the ones nobody reaps (Spark's Python workers are killed at
    shutdown, so rusage of children misses them); without one (not root, no
    cgroup v1), rusage of the reaped children is the fallback."""
    group = os.path.join(CGROUP_ROOT, f"lede-crawl-cpu-{os.getpid()}")
    use_cgroup = os.access(CGROUP_ROOT, os.W_OK)
    if use_cgroup:
        os.makedirs(group, exist_ok=True)

    def enter():
        if use_cgroup:
            with open(os.path.join(group, "cgroup.procs"), "w") as f:
                f.write(str(os.getpid()))

    try:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                             preexec_fn=enter)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code:
            raise RuntimeError(f"{' '.join(cmd[:3])}... exit {code}: {err.decode()[-3000:]}")
        if not use_cgroup:
            return ru.ru_utime + ru.ru_stime, err.decode()
        for _ in range(100):  # wait for stragglers (daemons being torn down) to leave
            with open(os.path.join(group, "cgroup.procs")) as f:
                if not f.read().strip():
                    break
            time.sleep(0.1)
        with open(os.path.join(group, "cpuacct.usage")) as f:
            return int(f.read()) / 1e9, err.decode()
    finally:
        if use_cgroup:
            try:
                os.rmdir(group)
            except OSError:
                pass


def median_of(runs, fn):
    return statistics.median(fn() for _ in range(runs))


def spark_cmd(files, out, build):
    import lede.spark
    spark_home = os.path.dirname(__import__("pyspark").__file__)
    py = sys.executable
    return [os.path.join(spark_home, "bin", "spark-submit"), "--master", "local[1]",
            "--driver-memory", "1g", "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1", "--conf", f"spark.pyspark.python={py}",
            "--conf", f"spark.pyspark.driver.python={py}", lede.spark.__file__, "--out", out, *files]


DATATROVE_SNIPPET = r"""
import sys, time
from lede.datatrove import LedeWarcReader
folder, write = sys.argv[1], sys.argv[2] == "write"
reader = LedeWarcReader(folder, glob_pattern="*.warc.gz")
n = 0
if write:
    from datatrove.pipeline.writers import JsonlWriter
    with JsonlWriter(sys.argv[3]) as w:
        for doc in reader.run():
            w.write(doc); n += 1
else:
    for doc in reader.run():
        n += 1
print(n, file=sys.stderr)
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--skip", default="", help="comma list of parts to skip: spark,datatrove")
    a = ap.parse_args()
    build = os.path.abspath(a.build)
    lede_bin = os.path.join(build, "lede")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (os.environ.get("PYTHONPATH"), os.path.join(build, "python")) if p))
    sys.path.insert(0, os.path.join(build, "python"))
    work = tempfile.mkdtemp(prefix="crawl_cpu.")
    try:
        src = os.path.join(HERE, "cache", "warc", "bench3.warc.gz")
        if not os.path.exists(src):
            subprocess.run([sys.executable, os.path.join(HERE, "make_warc.py"), "--copies", "3",
                            "--out", src], check=True)
        data = os.path.join(work, "data")
        os.makedirs(data)
        files = []
        for i in range(a.files):
            f = os.path.join(data, f"f{i}.warc.gz")
            os.symlink(src, f)
            files.append(f)
        pages = sum(1 for _ in subprocess.run([lede_bin, "warc", "-j", "1", "-q", src],
                                              capture_output=True, check=True).stdout.splitlines())
        results = {"pages_per_file": pages, "files": a.files}

        lede_file = median_of(a.runs, lambda: cpu_run([lede_bin, "warc", "-j", "1", "-q", *files])[0]) / a.files
        results["lede_warc_cpu_per_file"] = round(lede_file, 3)
        print(f"lede warc -j 1: {lede_file:.3f} CPU-s per file ({pages / lede_file:.0f} pages/CPU-s)")

        if "spark" not in a.skip:
            def spark(n):
                out = tempfile.mkdtemp(dir=work)
                cpu, _ = cpu_run(spark_cmd(files[:n], out, build), env)
                tasks = sum(json.load(open(os.path.join(out, "_manifest", m)))["cpu_s"]
                            for m in os.listdir(os.path.join(out, "_manifest")))
                shutil.rmtree(out)
                return cpu, tasks
            one = [spark(1) for _ in range(a.runs)]
            all_ = [spark(a.files) for _ in range(a.runs)]
            c1 = statistics.median(c for c, _ in one)
            cn = statistics.median(c for c, _ in all_)
            per_file = (cn - c1) / (a.files - 1)
            task = statistics.median(t for _, t in all_) / a.files
            results.update(spark_cpu_1=round(c1, 2), spark_cpu_n=round(cn, 2),
                           spark_per_file=round(per_file, 3), spark_fixed=round(c1 - per_file, 2),
                           spark_task_cpu_per_file=round(task, 3),
                           spark_ratio=round(per_file / lede_file, 3),
                           spark_task_ratio=round(task / lede_file, 3))
            print(f"spark local[1]: 1 file {c1:.2f} CPU-s, {a.files} files {cn:.2f} CPU-s -> "
                  f"{per_file:.3f} per file ({per_file / lede_file:.2f}x), fixed {c1 - per_file:.2f}; "
                  f"in-task {task:.3f} per file ({task / lede_file:.2f}x)")

        if "datatrove" not in a.skip:
            empty = os.path.join(work, "empty")   # one WARC with no record: imports + set-up only
            os.makedirs(empty)
            open(os.path.join(empty, "empty.warc.gz"), "wb").close()

            def dt(folder, mode):
                out = tempfile.mkdtemp(dir=work)
                cpu, _ = cpu_run([sys.executable, "-c", DATATROVE_SNIPPET, folder, mode, out], env)
                shutil.rmtree(out)
                return cpu
            fixed = median_of(a.runs, lambda: dt(empty, "read"))
            read = (median_of(a.runs, lambda: dt(data, "read")) - fixed) / a.files
            write = (median_of(a.runs, lambda: dt(data, "write")) - fixed) / a.files
            results.update(datatrove_fixed=round(fixed, 2), datatrove_reader_per_file=round(read, 3),
                           datatrove_reader_ratio=round(read / lede_file, 3),
                           datatrove_reader_writer_per_file=round(write, 3),
                           datatrove_reader_writer_ratio=round(write / lede_file, 3))
            print(f"datatrove LedeWarcReader: {read:.3f} CPU-s per file ({read / lede_file:.2f}x); "
                  f"+ JsonlWriter {write:.3f} ({write / lede_file:.2f}x); fixed {fixed:.2f}")
        print(json.dumps(results, sort_keys=True))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
