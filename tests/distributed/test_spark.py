"""The Spark job (python -m lede.spark) on a real standalone cluster: a
master and two workers on 127.0.0.1, one worker killed with its executor in
the middle of a file. What must hold: the rows are exactly `lede warc`'s
records for the same files (none lost, none twice), the manifest and the
failures table account for every input, every part has the documented
schema, and a rerun does nothing but retry the unreadable input."""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from lede import crawl
from sparkcluster import Cluster, spark_home

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JOB_TIMEOUT = 240


def read_parts(out, fmt="parquet"):
    paths = sorted(glob.glob(os.path.join(out, "parts", "part-*")))
    rows = []
    for p in paths:
        if fmt == "parquet":
            t = pq.read_table(p)
            assert t.schema.equals(crawl.arrow_schema()), f"{p}: {t.schema}"
            rows += t.to_pylist()
        else:
            import gzip
            with gzip.open(p, "rt", encoding="utf-8") as f:
                rows += [json.loads(line) for line in f]
    return paths, rows


def key(source, rid, title, date, text, code):
    return (source, rid, title, date, hash(text), code)


def check_against(rows, reference):
    """Same records as `lede warc`, each exactly once."""
    got = collections.Counter(key(r["source_file"], r["warc_record_id"], r["title"], r["date"],
                                  r["text"], r["error_code"]) for r in rows)
    want = collections.Counter(key(r["source"], r["warc_record_id"], r["title"], r["date"], r["text"],
                                   (r["error"] or {}).get("code")) for r in reference)
    assert len(rows) == len(reference)
    ids = collections.Counter((r["source_file"], r["warc_record_id"]) for r in rows
                              if r["warc_record_id"])
    assert [k for k, n in ids.items() if n > 1] == [], "duplicated records"
    assert got == want


def check_tables(out, inputs, rows, ext="parquet"):
    read = (lambda p: pq.read_table(p).to_pylist()) if ext == "parquet" else \
        (lambda p: [json.loads(line) for line in open(p)])
    manifest = {m["source_file"]: m for m in read(os.path.join(out, f"manifest.{ext}"))}
    failures = {f["source_file"]: f for f in read(os.path.join(out, f"failures.{ext}"))}
    readable = [f for f in inputs["files"] if f != inputs["missing"]]
    assert sorted(manifest) == sorted(readable)
    per_file = collections.Counter(r["source_file"] for r in rows)
    for src, m in manifest.items():
        assert m["rows"] == per_file.get(src, 0), src
        assert os.path.exists(os.path.join(out, m["part"]))
        want = {inputs["damaged"]: "damaged", inputs["garbage"]: "not_warc"}.get(src, "ok")
        assert m["status"] == want, src
    assert {s: f["kind"] for s, f in failures.items()} == {
        inputs["damaged"]: "damaged", inputs["garbage"]: "not_warc", inputs["missing"]: "unreadable"}
    assert failures[inputs["garbage"]]["skipped_bytes"] == 300_000
    assert failures[inputs["damaged"]]["errors"] >= 1
    assert not os.path.exists(os.path.join(out, "_tmp")), "temporary parts left behind"


def submit_cmd(master, out, listing, *extra):
    import lede.spark
    py = sys.executable
    return [os.path.join(spark_home(), "bin", "spark-submit"), "--master", master,
            "--driver-memory", "512m",
            "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=512m",
            "--conf", f"spark.pyspark.python={py}", "--conf", f"spark.pyspark.driver.python={py}",
            "--conf", f"spark.executorEnv.PYTHONPATH={os.environ.get('PYTHONPATH', '')}",
            lede.spark.__file__, "--out", out, "--input-list", listing, *extra]


def summary_of(stdout):
    lines = [l for l in stdout.splitlines() if l.startswith("{")]
    assert lines, stdout
    return json.loads(lines[-1])


@pytest.fixture
def cluster(tmp_path):
    c = Cluster(str(tmp_path / "cluster"), sys.executable, os.environ.get("PYTHONPATH", ""))
    try:
        yield c.start()
    finally:
        c.stop()   # always, also when start() or the test failed


def test_killed_worker_loses_and_duplicates_nothing(tmp_path, cluster, inputs, reference):
    out = str(tmp_path / "out")
    log = open(tmp_path / "driver.log", "w+")
    driver = subprocess.Popen(submit_cmd(cluster.url, out, inputs["list"]), stdout=subprocess.PIPE,
                              stderr=log, text=True, env=dict(os.environ, SPARK_LOCAL_IP="127.0.0.1"))
    killed = None
    deadline = time.monotonic() + JOB_TIMEOUT
    try:
        while driver.poll() is None and time.monotonic() < deadline:
            done = len(glob.glob(os.path.join(out, "_manifest", "*.json")))
            if killed is None and done >= 1:
                for name in ("worker0", "worker1"):
                    held = cluster.open_files(name, os.path.join(out, "_tmp"))
                    if any(p.endswith(".part") for p in held):
                        cluster.kill(name)   # mid-file: its part is half written
                        killed = (name, held, done)
                        break
            time.sleep(0.05)
        stdout, _ = driver.communicate(timeout=max(1, deadline - time.monotonic()))
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait()
    log.seek(0)
    assert driver.returncode == 0, log.read()[-4000:]
    assert killed, "the job ended before a worker could be killed in the middle of a file"
    summary = summary_of(stdout)
    assert summary["done"] == len(inputs["files"]) - 1
    assert summary["unreadable"] == 1
    paths, rows = read_parts(out)
    assert len(paths) == len(inputs["files"]) - 1   # one part per readable input, garbage too
    check_against(rows, reference)
    check_tables(out, inputs, rows)
    assert summary["rows"] == len(reference)


def test_local_mode_filters_format_and_rerun(tmp_path, inputs, lede_bin):
    """local[2], JSONL + gzip parts, --filter-lang en --min-text 500: the rows
    are `lede warc`'s with the same filters; a rerun skips every finished
    file and retries only the unreadable one."""
    out = str(tmp_path / "out")
    cmd = submit_cmd("local[2]", out, inputs["list"], "--format", "jsonl", "--compression", "gzip",
                     "--filter-lang", "en", "--min-text", "500", "--partitions", "3")
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=JOB_TIMEOUT, env=env)
    assert first.returncode == 0, first.stderr[-4000:]
    readable = [f for f in inputs["files"] if f != inputs["missing"]]
    ref = subprocess.run([lede_bin, "warc", "-j", "1", "-q", "--filter-lang", "en", "--min-text", "500",
                          *readable], capture_output=True)
    reference = [json.loads(line) for line in ref.stdout.splitlines()]
    _, rows = read_parts(out, "jsonl")
    assert all(list(r) == [c[0] for c in crawl.SCHEMA] for r in rows)
    check_against(rows, reference)
    check_tables(out, inputs, rows, "jsonl")
    stamps = {p: os.stat(p).st_mtime_ns for p in glob.glob(os.path.join(out, "parts", "*"))}

    second = subprocess.run(cmd, capture_output=True, text=True, timeout=JOB_TIMEOUT, env=env)
    assert second.returncode == 0, second.stderr[-4000:]
    summary = summary_of(second.stdout)
    assert summary["skipped_done"] == len(readable)
    assert summary["unreadable"] == 1
    assert {p: os.stat(p).st_mtime_ns for p in glob.glob(os.path.join(out, "parts", "*"))} == stamps
    _, rows2 = read_parts(out, "jsonl")
    assert len(rows2) == len(rows)


def test_schema_is_the_documented_one():
    """docs/distributed.md's schema table lists exactly crawl.SCHEMA."""
    text = open(os.path.join(ROOT, "docs", "distributed.md"), encoding="utf-8").read()
    section = text.split("## Output schema", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \| ([a-z0-9<>]+) \|", section, re.M)
    assert documented == [(name, typ) for name, typ, _ in crawl.SCHEMA]
