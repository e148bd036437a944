"""Fixtures of the distributed suite: the input WARC files (made from the
trafilatura-eval dev pages by bench/make_warc.py, plus one damaged and one
garbage file and one path that does not exist), and what `lede warc -j 1`
prints for them: the reference every engine's output is compared with."""
import json
import os
import random
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOOD_FILES = 6
PAGES_PER_FILE = 150
# Each good file holds its pages 3 times (new record ids): ~0.5 CPU-s of
# lede per file, long enough for the test to catch a worker in mid-file.
COPIES = 3


@pytest.fixture(scope="session")
def build():
    return os.environ["LEDE_BUILD"]


@pytest.fixture(scope="session")
def lede_bin(build):
    return os.path.join(build, "lede")


def _damage(src, dst):
    """A WARC with a corrupt gzip member in the middle and a truncated end."""
    data = bytearray(open(src, "rb").read())
    mid = len(data) // 2
    for i in range(mid, mid + 64):
        data[i] ^= 0x5A
    open(dst, "wb").write(bytes(data[:len(data) - 5000]))


@pytest.fixture(scope="session")
def inputs(tmp_path_factory):
    """{"dir", "files" (in list order, the missing one last), "list", "missing",
    "good", "damaged", "garbage"}."""
    d = str(tmp_path_factory.mktemp("warcs"))
    good = []
    for i in range(GOOD_FILES):
        path = os.path.join(d, f"good-{i}.warc.gz")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_warc.py"), "--out", path,
                        "--offset", str(i * PAGES_PER_FILE), "--limit", str(PAGES_PER_FILE),
                        "--copies", str(COPIES)],
                       check=True, capture_output=True)
        good.append(path)
    raw = os.path.join(d, "raw-tail.warc.gz")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_warc.py"), "--out", raw,
                    "--offset", str(GOOD_FILES * PAGES_PER_FILE), "--limit", "40"],
                   check=True, capture_output=True)
    damaged = os.path.join(d, "damaged.warc.gz")
    _damage(raw, damaged)
    os.remove(raw)
    garbage = os.path.join(d, "garbage.warc.gz")
    rnd = random.Random(15)
    open(garbage, "wb").write(rnd.randbytes(300_000))
    missing = os.path.join(d, "missing.warc.gz")
    files = good[:3] + [damaged] + good[3:] + [garbage, missing]
    listing = os.path.join(d, "warcs.txt")
    open(listing, "w").write("\n".join(files) + "\n")
    return {"dir": d, "files": files, "list": listing, "missing": missing, "good": good,
            "damaged": damaged, "garbage": garbage}


@pytest.fixture(scope="session")
def reference(inputs, lede_bin):
    """`lede warc -j 1` over the readable inputs: the list of its records."""
    readable = [f for f in inputs["files"] if f != inputs["missing"]]
    p = subprocess.run([lede_bin, "warc", "-j", "1", "-q", *readable], capture_output=True, check=False)
    assert p.returncode in (0, 1), p.stderr.decode()
    records = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(records) > GOOD_FILES * PAGES_PER_FILE * 0.9
    return records
