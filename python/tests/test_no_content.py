"""test_no_content.py: a page without main text is an error, no_content,
that keeps the metadata found, the same through every surface: the
Python module (NoContentError with .article), the CLI (the record's error,
exit status 1) and `lede warc` (an error record, counted as an error)."""
import json
import subprocess

import pytest

import lede
from conftest import lede_bin, run_cli

PAGE = (b'<html lang="en"><head><title>Gallery: the harbour at dawn | Coast Gazette</title>'
        b'<meta name="author" content="Maren Holloway"></head><body><nav><a href="/">Home</a></nav>'
        b'<main><h1>Gallery: the harbour at dawn</h1><img src="/img/dawn.jpg"></main></body></html>')
ARTICLE = (b"<html><body><article><p>The harbour town voted on Tuesday to restore its tidal mill, "
           b"closed since the floods of 1953.</p></article></body></html>")


def test_module_raises_no_content_with_the_metadata():
    with pytest.raises(lede.NoContentError) as e:
        lede.extract(PAGE)
    assert e.value.code == "no_content"
    assert e.value.article.title == "Gallery: the harbour at dawn"
    assert e.value.article.authors == ["Maren Holloway"]
    assert e.value.article.text == ""
    assert lede.extract(ARTICLE).text


def test_extract_many_gives_the_error_in_place():
    out = list(lede.extract_many([ARTICLE, PAGE, ARTICLE], workers=2))
    assert isinstance(out[0], lede.Article) and isinstance(out[2], lede.Article)
    assert isinstance(out[1], lede.NoContentError)


def test_cli_record_and_exit_status(tmp_path):
    p = tmp_path / "gallery.html"
    p.write_bytes(PAGE)
    rc, out, err = run_cli([str(p)])
    rec = json.loads(out)
    assert rc == 1
    assert rec["error"] == {"code": "no_content", "message": "no main text found on the page"}
    assert rec["title"] == "Gallery: the harbour at dawn" and rec["text"] == ""
    rc, out, err = run_cli(["--format", "text", str(p)])
    assert rc == 1 and "no main text" in err


def warc_record(uri, body):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            b"WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n" % (uri.encode().hex()[:32].encode(), uri.encode(), len(http))
            + http + b"\r\n\r\n")


def test_warc_gives_an_error_record(tmp_path):
    w = tmp_path / "t.warc"
    w.write_bytes(warc_record("https://e.com/a", ARTICLE) + warc_record("https://e.com/g", PAGE))
    p = subprocess.run([lede_bin(), "warc", "-j", "1", str(w)], capture_output=True, timeout=120)
    recs = [json.loads(l) for l in p.stdout.splitlines()]
    assert len(recs) == 2, p.stderr
    assert recs[0]["error"] is None
    assert recs[1]["error"]["code"] == "no_content"
    assert recs[1]["title"] == "Gallery: the harbour at dawn"
    assert p.returncode == 0, p.stderr  # lede warc: exit status is about reading inputs
