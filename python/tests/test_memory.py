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


# Output amplification: an 8 KiB <base href> (the longest lede uses) and
# 20,000 short links and images. Unbounded, the Markdown and HTML of this
# 0.8 MB page were 321 MB (a 100 KB base: 4 GB); the renderers' budget is
# 1 MiB + 8 x the input (docs/robustness.md).
AMP = ('<html><head><base href="https://e.com/' + "b" * 8000 + '/"></head><body><article><p>'
       + "".join(f'<a href="x{i}">y</a> <img src="i{i}">' for i in range(20000))
       + "</p></article></body></html>").encode()

AMP_CHILD = """
import resource, sys, lede
page = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for fmt in ("text", "markdown", "html"):
    a = lede.extract(page, format=fmt)
    assert len(a.text.encode()) <= (2 << 20) + 16 * len(page), (fmt, len(a.text))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_amplification_within_memory_bound(tmp_path):
    import subprocess
    import sys
    page = tmp_path / "amp.html"
    page.write_bytes(AMP)
    # a fresh interpreter, so the peak RSS is this extraction's alone
    p = subprocess.run([sys.executable, "-c", AMP_CHILD, str(page)], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    grown_kb = int(p.stdout.split()[-1])
    # the documented bound: 16 MB + 128 x the input
    assert grown_kb * 1024 <= (16 << 20) + 128 * len(AMP), grown_kb
