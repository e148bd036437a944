"""test_workers_cap.py: extract_many(workers=N) starts no more threads than
there are items (it started N threads for any input), and still uses N
threads when there are enough."""
import threading

import lede

PAGE = b"<html><body><article><p>" + b"The council met on Monday to vote on the mill. " * 20 + b"</p></article></body></html>"


def count_threads(monkeypatch):
    started = []
    real = threading.Thread.start

    def start(self):
        if self.name.startswith("lede-"):
            started.append(self.name)
        return real(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    return started


def test_threads_capped_by_a_list(monkeypatch):
    started = count_threads(monkeypatch)
    out = list(lede.extract_many([PAGE, PAGE], workers=16))
    assert len(out) == 2 and all(isinstance(a, lede.Article) for a in out)
    assert len(started) <= 2, started


def test_threads_capped_by_a_generator(monkeypatch):
    started = count_threads(monkeypatch)
    out = list(lede.extract_many((PAGE for _ in range(3)), workers=16))
    assert len(out) == 3
    assert 1 <= len(started) <= 3, started
    started.clear()
    assert list(lede.extract_many(iter([]), workers=16)) == []
    assert len(started) <= 1


def test_enough_items_use_every_worker(monkeypatch):
    started = count_threads(monkeypatch)
    out = list(lede.extract_many((PAGE for _ in range(200)), workers=4))
    assert len(out) == 200 and all(isinstance(a, lede.Article) for a in out)
    assert len(started) == 4, started
