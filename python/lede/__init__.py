"""lede: news articles (headline, authors, dates, body...) out of HTML pages.

A CPython extension over the lede C library; the GIL is released while the
library works, so threads extract in parallel.

    >>> import lede
    >>> art = lede.extract(open("page.html", "rb").read(), "https://example.com/a")
    >>> art.title, art.authors, art.date
    >>> print(art.text)

extract() raises a LedeError subclass for a page it cannot use;
extract_many() runs a batch and yields exactly one result per input, the
Article or the exception, in input order. iter_warc() reads WARC crawl
files (a path or a binary stream) and yields a WarcRecord per page.
"""
from ._errors import (EmptyError, LedeError, LedeIOError, LedeMemoryError, NoContentError,
                      NotHTMLError, TooLargeError, UsageError)
from ._lede import FIELDS, LIBRARY_VERSION, SWITCHES, Article, check_options as _check_options, extract
from ._warc import WarcRecord, iter_warc

__version__ = LIBRARY_VERSION

__all__ = ["extract", "extract_many", "iter_warc", "WarcRecord", "Article", "FIELDS", "SWITCHES", "LedeError", "LedeMemoryError",
           "EmptyError", "NotHTMLError", "TooLargeError", "LedeIOError", "NoContentError",
           "UsageError", "__version__"]

# Per-input failures extract_many() yields in place instead of raising.
_RECORD_ERRORS = (LedeError, TypeError, ValueError, MemoryError)


def _one(item, options):
    """extract() on one batch item: HTML, or a (html, url) pair."""
    try:
        if isinstance(item, tuple):
            if len(item) != 2:
                raise TypeError(f"a batch item must be html or (html, url), not a {len(item)}-tuple")
            return extract(item[0], item[1], **options)
        return extract(item, **options)
    except _RECORD_ERRORS as e:
        return e


def extract_many(items, *, workers=1, **options):
    """Extracts every page of an iterable; yields one result per item, in order.

    items: an iterable of pages, each HTML (bytes or str) or a (html, url)
        tuple. It is consumed lazily, so it may be a generator over a crawl.
    workers: threads extracting at once (the GIL is released while the C
        library works, so 2 workers use 2 cores). At most 4 * workers pages
        are in flight. Never more threads than items: a thread is started
        only with an item in hand.
    options: extract()'s keyword options (format, charset, max_bytes...,
        the switches of lede.SWITCHES such as quotes=False), checked
        before the first page (bad ones raise TypeError/ValueError).

    Yields an Article for each page that gave one, else the exception object
    (a LedeError subclass, or TypeError/ValueError for an item of the wrong
    type), never raising it: no input is lost, and results stay aligned with
    the inputs. Use isinstance(result, lede.LedeError) to tell them apart.
    """
    _check_options(**options)
    if not isinstance(workers, int) or workers < 1:
        raise ValueError("workers must be an int >= 1")
    if hasattr(items, "__len__"):
        workers = min(workers, max(len(items), 1))
    if workers == 1:
        return (_one(item, options) for item in items)
    return _threaded(items, workers, options)


def _threaded(items, workers, options):
    """Worker threads pull items from the shared iterator (under a lock) and
    park results by index; this generator yields them in input order. A
    worker waits while it is a window of 4 * workers ahead of the consumer.
    Threads start lazily: one at first, and a worker that takes an item
    while fewer than `workers` run takes the next one too and starts a
    thread with it, so an iterator of 2 items never starts 16 threads.
    (Plain threads: concurrent.futures measured 1.1x on 2 cores here, these
    1.9x; see docs/python.md.)"""
    import threading
    window = 4 * workers
    cond = threading.Condition()
    source = iter(items)
    state = {"next_in": 0, "next_out": 0, "done": False, "error": None, "stop": False}
    results = {}

    threads = []

    def take():
        """The next (index, item), or None at the end (under cond)."""
        if state["stop"] or state["done"]:
            return None
        try:
            item = next(source)
        except StopIteration:
            state["done"] = True
            cond.notify_all()
            return None
        except BaseException as e:  # the iterable itself failed
            state["done"], state["error"] = True, e
            cond.notify_all()
            return None
        k = state["next_in"]
        state["next_in"] += 1
        return k, item

    def spawn(job):
        """Starts a worker with its first item (under cond)."""
        t = threading.Thread(target=work, args=(job,), name=f"lede-{len(threads)}", daemon=True)
        threads.append(t)
        t.start()

    def work(job):
        while True:
            if job is None:
                with cond:
                    while (not state["stop"] and not state["done"]
                           and state["next_in"] - state["next_out"] >= window):
                        cond.wait()
                    job = take()
                    if job is None:
                        return
                    if len(threads) < workers:
                        extra = take()
                        if extra is not None:
                            spawn(extra)
            k, item = job
            r = _one(item, options)
            with cond:
                results[k] = r
                cond.notify_all()
            job = None

    with cond:
        spawn(None)
    try:
        while True:
            with cond:
                k = state["next_out"]
                while k not in results and not (state["done"] and k >= state["next_in"]):
                    cond.wait()
                if k not in results:
                    break
                r = results.pop(k)
                state["next_out"] += 1
                cond.notify_all()
            yield r
        if state["error"] is not None:
            raise state["error"]
    finally:
        with cond:
            state["stop"] = True
            cond.notify_all()
            started = list(threads)  # no thread starts once stop is set
        for t in started:
            t.join()
