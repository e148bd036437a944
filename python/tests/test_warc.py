"""test_warc.py: lede.iter_warc() and lede.WarcRecord against `lede warc`:
the same records with the same values, from paths and from file objects,
on damaged and garbage input, with the GIL released while it works."""
import gzip
import io
import json
import os
import pathlib
import random
import subprocess
import sys
import threading

import pytest

import lede
from conftest import REPO, assert_gil_released, lede_bin

PAGE = ("<html lang=en><head><title>Storm closes coast road | Gazette</title></head><body>"
        "<article><h1>Storm closes coast road</h1>"
        + "".join(f"<p>Paragraph {i}: the coast road was closed on Sunday after high waves damaged the "
                  f"sea wall, and engineers said repairs would take several weeks to finish.</p>"
                  for i in range(4))
        + "</article></body></html>")


def gz(data, mtime=0):
    """gzip with a fixed header time: gzip.compress stamps the current time
    into every member, so the test's bytes, and what a cut member decodes
    to, would change from second to second."""
    return gzip.compress(data, mtime=mtime)


def http(body, ctype="text/html; charset=utf-8", status="200 OK", extra=""):
    if isinstance(body, str):
        body = body.encode()
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def record(wtype, uri, block, n, ctype="application/http; msgtype=response", length=None):
    head = (f"WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{n:08d}>\r\n"
            f"WARC-Date: 2026-11-01T12:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(block) if length is None else length}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def sample_records(mtime=0):
    return [
        record("warcinfo", "", b"software: test\r\n", 0, "application/warc-fields"),
        record("response", "https://a.example/1", http(PAGE), 1),
        record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n", 2, "application/http"),
        record("response", "https://a.example/gz",
               http(gz(PAGE.encode(), mtime), extra="Content-Encoding: gzip\r\n"), 3),
        record("response", "https://a.example/404", http(PAGE, status="404 Not Found"), 4),
        record("response", "https://a.example/img.png", http(b"\x89PNG\r\n\x1a\n....", "image/png"), 5),
        record("resource", "https://a.example/res", PAGE.encode(), 6, "text/html"),
        record("response", "https://a.example/pdf", http(b"%PDF-1.4 binary", "text/html"), 7),
        record("response", "https://a.example/empty", http(b"   "), 8),
        # a truncated gzip body: what decodes is kept, and flagged truncated
        record("response", "https://a.example/cut",
               http(gz(PAGE.encode(), mtime)[:-40], extra="Content-Encoding: gzip\r\n"), 9),
        record("response", "https://a.example/big", http(PAGE * 3), 10),
    ]


def write_warc(path, records, per_record_gzip=True):
    data = b"".join(gz(r) for r in records) if per_record_gzip else b"".join(records)
    pathlib.Path(path).write_bytes(data)
    return str(path)


def cli_lines(path, *args):
    p = subprocess.run([lede_bin(), "warc", "-q", "-j", "2", *args, str(path)], capture_output=True,
                       timeout=300)
    return p.returncode, [json.loads(l) for l in p.stdout.decode().splitlines()]


def test_same_records_as_cli(tmp_path):
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    rc, want = cli_lines(path)
    got = [r.to_dict() for r in lede.iter_warc(path)]
    assert got == want
    assert len(got) == 7  # 1, gz, res, pdf (not_html), empty (empty), cut, big; no 404, no image
    uris = [r["warc_target_uri"] for r in got]
    assert "https://a.example/404" not in uris and "https://a.example/img.png" not in uris


def test_record_attributes(tmp_path):
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    recs = {r.target_uri: r for r in lede.iter_warc(path)}
    ok = recs["https://a.example/1"]
    assert ok.record_id == "<urn:uuid:00000001>" and ok.warc_date == "2026-11-01T12:00:00Z"
    assert ok.http_status == 200 and isinstance(ok.offset, int) and ok.offset > 0
    assert ok.error_code is None and ok.error_message is None
    assert isinstance(ok.article, lede.Article)
    assert ok.article.title == "Storm closes coast road"
    assert ok.article.url == "https://a.example/1" and ok.article.charset == "utf-8"
    assert ok.article.text == ok.to_dict()["text"]
    assert recs["https://a.example/res"].http_status is None
    bad = recs["https://a.example/pdf"]
    assert bad.article is None and bad.error_code == "not_html" and "PDF" in bad.error_message
    assert bad.to_dict()["error"] == {"code": "not_html", "message": bad.error_message}
    assert recs["https://a.example/cut"].article.truncated is True
    assert recs["https://a.example/1"].article.truncated is False
    offsets = [r.offset for r in lede.iter_warc(path)]
    assert offsets == sorted(offsets)


def test_any_status_and_format(tmp_path):
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    rc, want = cli_lines(path, "--any-status")
    got = [r.to_dict() for r in lede.iter_warc(path, any_status=True)]
    assert got == want and any(r["http_status"] == 404 for r in got)
    md = next(r for r in lede.iter_warc(path, format="markdown") if r.article)
    assert md.article.format == "markdown" and md.article.text.startswith("# Storm closes coast road")
    with pytest.raises(ValueError):
        lede.iter_warc(path, format="pdf")


def test_sources(tmp_path):
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    want = [r.to_dict() for r in lede.iter_warc(path)]
    assert [r.to_dict() for r in lede.iter_warc(pathlib.Path(path))] == want

    def strip(d):  # the source field names the input: a path, or the stream's name
        return {k: v for k, v in d.items() if k != "source"}
    with open(path, "rb") as f:
        assert [r.to_dict() for r in lede.iter_warc(f)] == want  # a named file: same source
    data = pathlib.Path(path).read_bytes()
    got = [strip(r.to_dict()) for r in lede.iter_warc(io.BytesIO(data))]
    assert got == [strip(d) for d in want]

    class Trickle:  # a stream that gives a few bytes at a time (like a network read)
        def __init__(self, b):
            self.b, self.pos = b, 0

        def read(self, n):
            k = min(n, 1000)
            out = self.b[self.pos:self.pos + k]
            self.pos += len(out)
            return out
    assert [strip(r.to_dict()) for r in lede.iter_warc(Trickle(data))] == [strip(d) for d in want]
    plain = write_warc(tmp_path / "p.warc", sample_records(), per_record_gzip=False)
    assert [strip(r.to_dict()) for r in lede.iter_warc(plain)] == [strip(d) for d in want]
    with pytest.raises(OSError):
        lede.iter_warc(tmp_path / "missing.warc.gz")
    with pytest.raises(TypeError):
        lede.iter_warc(42)


def test_read_errors_propagate():
    class Broken:
        def read(self, n):
            raise RuntimeError("bucket went away")
    it = lede.iter_warc(Broken())
    with pytest.raises(RuntimeError, match="bucket went away"):
        next(it)


def test_damaged_and_garbage(tmp_path):
    # mtime 0x6b16ca90 (a second when this test once failed): with zlib 1.2
    # and 1.3 the cut member then decodes the next member's bytes to exactly
    # the rest of its record's Content-Length before it fails, which the
    # reader took for a whole record
    for mtime in (0, 0x6b16ca90):
        recs = sample_records(mtime)
        members = [gz(r, mtime) for r in recs]
        members[3] = members[3][:-30]           # a member cut short, then short members
        path = tmp_path / f"d{mtime}.warc.gz"
        path.write_bytes(b"".join(members))
        rc, want = cli_lines(path)
        it = lede.iter_warc(str(path))
        got = [r.to_dict() for r in it]
        assert got == want
        assert it.stats["errors"] >= 1 and it.stats["records"] >= len(recs) - 1
        assert any(d["error"] and d["error"]["code"] == "io" for d in got), mtime

    # junk, also junk that starts like a gzip member, a zstd frame or a zstd
    # skippable frame: the same bytes on every run
    noise = random.Random(5000).randbytes(5000)
    for i, start in enumerate((b"", b"\x1f\x8b\x08\x00", b"\x28\xb5\x2f\xfd", b"\x5d\x2a\x4d\x18\x10\0\0\0")):
        junk = tmp_path / f"junk{i}.bin"
        junk.write_bytes(start + noise)
        with pytest.raises(ValueError, match="not a WARC file"):
            list(lede.iter_warc(str(junk)))
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert list(lede.iter_warc(str(empty))) == []


def stored_member(data, tail):
    """A gzip member made by hand: one stored deflate block holding data (not
    the last block), then tail (b"\\x06": an invalid block, so the decoder
    fails right after giving the data; b"": the input ends there)."""
    n = len(data)
    return (b"\x1f\x8b\x08\x00\0\0\0\0\0\xff" + bytes([0, n & 255, n >> 8, ~n & 255, (~n >> 8) & 255])
            + data + tail)


def test_member_failing_after_whole_block(tmp_path):
    """A member that gives a record's whole block, and part of its trailer,
    then fails or is cut: what it gave is unverified, so the record is an
    io error (it was taken as whole when the failure followed the block
    directly), in lede warc with any -j and in the iterator alike."""
    recs = sample_records()
    for tail in (b"\x06", b""):
        for drop in (2, 4):  # the trailer's CRLF CRLF: half of it, none of it
            members = [gz(r) for r in recs[:3]] + [stored_member(recs[3][:-drop], tail)]
            if tail:
                members += [gz(r) for r in recs[4:]]
            path = tmp_path / f"s{len(tail)}{drop}.warc.gz"
            path.write_bytes(b"".join(members))
            rc, want = cli_lines(path)
            for j in ("1", "4"):
                assert cli_lines(path, "-j", j)[1] == want
            got = [r.to_dict() for r in lede.iter_warc(str(path))]
            assert got == want
            cut = next(d for d in got if d["warc_target_uri"] == "https://a.example/gz")
            assert (cut["error"] or {}).get("code") == "io", (tail, drop)
            assert [d["warc_target_uri"] for d in got][-1] == ("https://a.example/big" if tail else
                                                               "https://a.example/gz")


def test_stats_during_and_after(tmp_path):
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    it = lede.iter_warc(path)
    assert it.stats["records"] == 0 and it.stats["pages"] == 0
    first = next(it)
    assert first.article is not None and it.stats["pages"] == 1 and it.stats["records"] >= 2
    rest = list(it)
    s = it.stats
    assert s["records"] == len(sample_records())
    assert s["pages"] + s["errors"] == 1 + len(rest)
    assert s["errors"] == sum(1 for r in [first] + rest if r.error_code)
    assert s["skipped_bytes"] == 0


@pytest.mark.skipif(not os.path.isdir(os.path.join(REPO, "..", "shared", "data", "trafilatura-eval")),
                    reason="dev set ../shared/data not present")
def test_dev_warc_equals_cli(tmp_path):
    out = tmp_path / "dev.warc.gz"
    subprocess.run([sys.executable, os.path.join(REPO, "bench", "make_warc.py"), "--out", str(out),
                    "--limit", "80"], check=True, capture_output=True, timeout=300)
    rc, want = cli_lines(out)
    assert rc == 0 and len(want) == 80
    assert [r.to_dict() for r in lede.iter_warc(str(out))] == want


def test_gil_released(tmp_path):
    """Inside a step the C code neither holds nor checks the GIL: the main
    thread must tick while another thread iterates over big pages."""
    big = ("<h1>Big</h1>" + "<div><p>" + "A sentence of the article body, long enough. " * 20
           + "</p></div>") * 2500
    path = write_warc(tmp_path / "big.warc.gz",
                      [record("response", f"https://a.example/{i}", http(big), i) for i in range(3)])
    assert_gil_released(lambda: lede.iter_warc(path))


def test_two_threads_two_files(tmp_path):
    a = write_warc(tmp_path / "a.warc.gz", sample_records())
    b = write_warc(tmp_path / "b.warc", sample_records(), per_record_gzip=False)
    want = {p: [r.to_dict() for r in lede.iter_warc(p)] for p in (a, b)}
    got = {}

    def work(p):
        got[p] = [r.to_dict() for r in lede.iter_warc(p)]
    threads = [threading.Thread(target=work, args=(p,)) for p in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_min_text_counts_what_the_cli_counts(tmp_path):
    """crawl.keep's min_text and `lede warc --min-text` count the same thing:
    the characters of the record's text in its text format (Markdown's
    heading and marks count with --text-format markdown). N is set to one
    record's own length, so the page at the limit is kept by both and one
    character more drops it from both."""
    from lede import crawl
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    for fmt in ("text", "markdown"):
        recs = list(lede.iter_warc(path, format=fmt))
        n = len(next(r for r in recs if r.target_uri == "https://a.example/1").to_dict()["text"])
        for limit in (n, n + 1):
            opts = crawl.Options("unused", min_text=limit, text_format=fmt)
            got = [r.record_id for r in recs if crawl.keep(crawl.record_row(r, path), opts)]
            rc, want = cli_lines(path, "--text-format", fmt, "--min-text", str(limit))
            assert rc == 0 and got == [w["warc_record_id"] for w in want], (fmt, limit)
            assert ("<urn:uuid:00000001>" in got) == (limit == n)


def test_limits_agree_with_cli(tmp_path):
    """max_bytes, max_nodes and max_depth of iter_warc are lede warc's
    --max-bytes, --max-nodes and --max-depth: the same records."""
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    for kw, args in (({"max_bytes": 1500}, ["--max-bytes", "1500"]),
                     ({"max_nodes": 12, "max_depth": 3}, ["--max-nodes", "12", "--max-depth", "3"])):
        rc, want = cli_lines(path, *args)
        got = [r.to_dict() for r in lede.iter_warc(path, **kw)]
        assert rc == 0 and got == want, kw
    codes = {d["warc_target_uri"]: (d["error"] or {}).get("code") for d in cli_lines(path, "--max-bytes", "1500")[1]}
    assert codes["https://a.example/big"] == "too_large" and codes["https://a.example/1"] is None
    truncated = [d["truncated"] for d in cli_lines(path, "--max-nodes", "12")[1] if not d["error"]]
    assert truncated and all(truncated)


def test_read_threads_same_records(tmp_path):
    """read_threads: helpers inflate the gzip members ahead of the iterator;
    the records are those of the single reader, damaged input included."""
    recs = sample_records() * 5
    members = [gz(r) for r in recs]
    members[7] = members[7][:-15]  # a member cut short
    members[20] = members[20][:30] + bytes([members[20][30] ^ 0x41]) + members[20][31:]  # a flipped byte
    path = tmp_path / "m.warc.gz"
    path.write_bytes(b"".join(members))
    want = [(r.to_dict(), r.article.text if r.article else None) for r in lede.iter_warc(str(path))]
    for n in (1, 3):
        got = [(r.to_dict(), r.article.text if r.article else None)
               for r in lede.iter_warc(str(path), read_threads=n)]
        assert got == want, n
    rc, cli = cli_lines(path, "-j", "4")
    assert [d for d, _ in want] == cli
    for bad in (-1, 65):
        with pytest.raises(ValueError):
            lede.iter_warc(str(path), read_threads=bad)
    with pytest.raises(TypeError):
        lede.iter_warc(str(path), read_threads="2")


def test_format_text_is_what_extract_renders(tmp_path):
    """Article.text in markdown / html comes from the record's JSON line
    (rendered once, in that format): the same text lede.extract renders
    from the same HTTP body."""
    path = write_warc(tmp_path / "s.warc.gz", sample_records())
    for fmt in ("markdown", "html"):
        recs = {r.target_uri: r for r in lede.iter_warc(path, format=fmt)}
        page = lede.extract(PAGE.encode(), url="https://a.example/1", format=fmt)
        got = recs["https://a.example/1"].article
        assert got.format == fmt and got.text == page.text and got.text
        assert recs["https://a.example/1"].to_dict()["text"] == page.text
