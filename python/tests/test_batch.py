"""test_batch.py: lede.extract_many() yields one result per input, in order,
with failures as exception objects in place, on one thread or several."""
import pytest

import lede

BODY = b"<p>" + b"The council met on Monday to vote on the future of the mill. " * 8 + b"</p>"


def page(i):
    return b"<h1>Page %d</h1>" % i + BODY


def mixed():
    return [page(0), b"", None, b"%PDF-1.5\n" + bytes(range(256)) * 4,
            (page(4), "https://x.example/4"), 42, "<h1>Page 6</h1>" + BODY.decode(),
            (page(7),), bytearray(page(8))]


def check_mixed(results):
    assert len(results) == 9
    assert [type(r).__name__ for r in results] == [
        "Article", "EmptyError", "TypeError", "NotHTMLError", "Article", "TypeError", "Article",
        "TypeError", "Article"]
    assert results[0].title == "Page 0" and results[6].title == "Page 6"
    assert results[4].url == "https://x.example/4" and results[8].title == "Page 8"
    assert results[1].code == "empty" and results[3].code == "not_html"


def test_mixed_one_thread():
    check_mixed(list(lede.extract_many(mixed())))


def test_mixed_threads():
    check_mixed(list(lede.extract_many(mixed(), workers=2)))


def test_order_and_equality_with_threads():
    pages = [page(i) for i in range(200)]
    one = list(lede.extract_many(pages))
    four = list(lede.extract_many(iter(pages), workers=4, format="markdown"))
    assert [a.title for a in one] == ["Page %d" % i for i in range(200)]
    assert [a.title for a in four] == [a.title for a in one]
    assert all(a.format == "markdown" and a.text.startswith("# Page") for a in four)


def test_options_passed_and_checked_early():
    res = list(lede.extract_many([page(1)], max_bytes=10))
    assert isinstance(res[0], lede.TooLargeError)
    with pytest.raises(ValueError):
        lede.extract_many([page(1)], format="pdf")       # raised at the call, not later
    with pytest.raises(TypeError):
        lede.extract_many([page(1)], nope=True)
    with pytest.raises(ValueError):
        lede.extract_many([page(1)], workers=0)


def test_lazy_consumption():
    seen = []

    def gen():
        for i in range(1000):
            seen.append(i)
            yield page(i)

    it = lede.extract_many(gen(), workers=2)
    first = next(it)
    assert first.title == "Page 0"
    assert len(seen) <= 2 * 4 + 1          # a bounded window, not the whole input
    it.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_source_errors_propagate(workers):
    def gen():
        yield page(0)
        yield page(1)
        raise RuntimeError("the crawl broke")

    it = lede.extract_many(gen(), workers=workers)
    assert next(it).title == "Page 0"
    assert next(it).title == "Page 1"        # results before the failure all come out
    with pytest.raises(RuntimeError):
        next(it)


def test_abandoned_iterator_stops_workers():
    import threading
    before = threading.active_count()
    it = lede.extract_many((page(i) for i in range(10000)), workers=2)
    next(it)
    it.close()
    assert threading.active_count() == before
