"""test_threads.py: the GIL is released while the library works, and
threads extracting at once give the same results as one thread."""
import threading

import lede
from conftest import assert_gil_released

BIG = (b"<h1>Big</h1>" + b"<div><p>" + b"A sentence of the article body, long enough. " * 20
       + b"</p></div>") * 3000   # ~3 MB: tens of milliseconds in C


def test_gil_released_during_extract():
    """A thread inside the C code of lede.extract() does not check for GIL
    switches: if it held the GIL, the main thread could not run at all until
    the call returns. The main thread must tick while the other extracts."""
    assert_gil_released(lambda: (lede.extract(BIG) for _ in range(3)))


def test_threads_same_results():
    pages = [b"<h1>T%d</h1>" % i + BIG[:20000] for i in range(40)]
    expected = [lede.extract(p) for p in pages]
    results = [None] * len(pages)

    def work(k):
        for i in range(k, len(pages), 4):
            results[i] = lede.extract(pages[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected
