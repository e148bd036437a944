"""test_memory.py: no growth over 10,000 extractions (RSS for the C side,
tracemalloc for Python objects), error paths included."""
import gc
import tracemalloc

import lede
from test_api import TRICKY

BODY = b"<p>" + b"The council met on Monday to vote on the future of the mill. " * 8 + b"</p>"


def rss_kb():
    with open("/proc/self/statm") as f:
        import os
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def one_round(example, i):
    """Every path once: formats, str input, errors with and without article."""
    fmt = ("text", "markdown", "html")[i % 3]
    a = lede.extract(example, "https://x.example/%d" % i, format=fmt)
    assert a.title
    a.to_dict()
    lede.extract(example.decode("utf-8"))
    t = lede.extract(TRICKY, format=fmt)      # authors, categories, tags, escapes
    assert t.tags and t.categories and t.authors
    lede.extract("<h1>a\udcffb</h1>" + TRICKY)  # str with a lone surrogate
    for bad in (b"", b"%PDF-1.4\n" + bytes(range(200)), None):
        try:
            lede.extract(bad)
        except (lede.LedeError, TypeError):
            pass
    try:
        lede.extract(example, max_bytes=10)
    except lede.TooLargeError:
        pass
    list(lede.extract_many([example, b" ", 1]))


def test_rss_stable_over_10000(example_bytes):
    example = example_bytes + BODY
    for i in range(1000):          # warm up allocator pools
        one_round(example, i)
    gc.collect()
    before = rss_kb()
    for i in range(10000):
        one_round(example, i)
    gc.collect()
    grown = rss_kb() - before
    # one leaked article per call would be 10,000 x tens of KB
    assert grown < 4096, f"RSS grew by {grown} KB over 10,000 rounds"


def test_no_python_object_growth(example_bytes):
    for i in range(200):
        one_round(example_bytes, i)
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(200):
            one_round(example_bytes, i)
        gc.collect()
        base, _ = tracemalloc.get_traced_memory()
        for i in range(2000):
            one_round(example_bytes, i)
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # one leaked small object per round would be >= 2000 x 32 bytes
    assert after - base < 32 * 1024, after - base
