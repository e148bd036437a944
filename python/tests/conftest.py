"""conftest.py: shared fixtures for the lede Python tests.

The module under test is the one on sys.path (python/tests/run.py puts the
build's python/ folder first; tests/wheel.sh installs the wheel and sets
LEDE_EXPECT_INSTALLED, and then any other lede is refused); the CLI it is compared with is LEDE_BIN, by
default build/lede of the same checkout.
"""
import json
import os
import subprocess
import threading
import time

import pytest

import lede

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(REPO, "tests", "golden")
EXAMPLE = os.path.join(REPO, "examples", "article.html")

if os.environ.get("LEDE_EXPECT_INSTALLED"):
    # tests/wheel.sh: the module under test must be the installed wheel's,
    # never this checkout's python/ or build/ folder.
    _where = os.path.realpath(lede.__file__)
    if _where.startswith(os.path.realpath(REPO) + os.sep) or "site-packages" not in _where:
        raise pytest.UsageError(f"lede imported from {_where}, not from an installed wheel")


def lede_bin():
    return os.environ.get("LEDE_BIN") or os.path.join(REPO, "build", "lede")


def run_cli(args, input_bytes=None):
    """Runs the CLI; returns (exit status, stdout bytes, stderr str)."""
    p = subprocess.run([lede_bin(), *args], input=input_bytes, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def cli_records(pairs):
    """One JSON record per (path, url) pair, from one CLI process."""
    lst = "".join(f"{p}\t{u}\n" if u else f"{p}\n" for p, u in pairs)
    rc, out, err = run_cli(["--format", "jsonl", "--input-list", "-"], lst.encode())
    recs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert len(recs) == len(pairs), err
    return recs


def assert_gil_released(steps):
    """steps() (called in a second thread) gives an iterator each of whose
    steps is one long call into the C code, three in all. The C code
    neither holds nor checks the GIL there: the main thread must tick while
    a step runs (if it held the GIL, the main thread could not run at all
    until the step returned)."""
    spans = []

    def work():
        it = steps()
        while True:
            start = time.perf_counter()
            try:
                next(it)
            except StopIteration:
                break
            spans.append((start, time.perf_counter()))

    ticks = []
    t = threading.Thread(target=work)
    t.start()
    while t.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.0002)
    t.join()
    assert len(spans) == 3 and all(e - s > 0.005 for s, e in spans), spans
    inside = [x for x in ticks if any(s < x < e for s, e in spans)]
    assert len(inside) > 20, (len(inside), spans)


def golden_cases():
    cases = []
    for name in sorted(os.listdir(GOLDEN)):
        d = os.path.join(GOLDEN, name)
        page = os.path.join(d, "case.html")
        if not os.path.isfile(page):
            continue
        url = None
        up = os.path.join(d, "url.txt")
        if os.path.isfile(up):
            with open(up, encoding="utf-8") as f:
                url = f.readline().strip() or None
        cases.append((name, page, url))
    return cases


def golden_options(page):
    """A golden case's options (its args.txt, tests/run_golden.py): the CLI
    arguments and the same as extract() keywords (--no-NAME: NAME=False,
    --NAME: NAME=True for a switch, --text-format FMT: format=FMT,
    --OPT VALUE: OPT=VALUE)."""
    p = os.path.join(os.path.dirname(page), "args.txt")
    if not os.path.isfile(p):
        return [], {}
    with open(p, encoding="utf-8") as f:
        args = f.read().split()
    kw, words = {}, iter(args)
    for a in words:
        name = a[2:].replace("-", "_")
        if name.startswith("no_") and name[3:] in lede.SWITCHES:
            kw[name[3:]] = False
        elif name in lede.SWITCHES:
            kw[name] = True
        elif name == "text_format":
            kw["format"] = next(words)   # Python's format is what the text holds
        else:
            kw[name] = next(words)
    return args, kw


@pytest.fixture(scope="session")
def example_bytes():
    with open(EXAMPLE, "rb") as f:
        return f.read()


@pytest.fixture(scope="session")
def cli_available():
    if not os.access(lede_bin(), os.X_OK):
        pytest.fail(f"the lede CLI {lede_bin()} is not built (set LEDE_BIN)")
    return True
