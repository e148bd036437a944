"""test_comments.py: Article.comments through the module's comments=
keyword, the CLI's --comments and `lede warc --comments`: the same list of
{author, date, text}, None when not asked for, and the body unchanged."""
import json
import os
import subprocess

import lede
from conftest import GOLDEN, lede_bin, run_cli

CASE = os.path.join(GOLDEN, "comments_wordpress", "case.html")


def test_comments_keyword_matches_the_cli():
    html = open(CASE, "rb").read()
    art = lede.extract(html, comments=True)
    rc, out, _ = run_cli(["--comments", CASE])
    rec = json.loads(out)
    assert art.comments == rec["comments"] and len(art.comments) == 3
    assert art.comments[1] == {"author": "Anna Smit", "date": "2024-05-14T10:30:00+01:00",
                               "text": "Count me in too!"}
    assert art.to_dict()["comments"] == art.comments
    # the body is the same with and without comments
    assert art.text == lede.extract(html).text and "About time" not in art.text


def test_off_by_default_is_none():
    html = open(CASE, "rb").read()
    assert lede.extract(html).comments is None
    assert lede.extract(html, comments=False).comments is None
    rc, out, _ = run_cli([CASE])
    assert json.loads(out)["comments"] is None


def test_page_without_comments_gives_an_empty_list():
    art = lede.extract(b"<html><body><article><p>" + b"Nobody has said anything about this yet. " * 6
                       + b"</p></article></body></html>", comments=True)
    assert art.comments == []


def test_warc_comments(tmp_path):
    html = open(CASE, "rb").read()
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            "WARC-Date: 2026-11-01T12:00:00Z\r\nWARC-Target-URI: https://www.example.org/mill\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(body))
    path = tmp_path / "c.warc"
    path.write_bytes(head.encode() + body + b"\r\n\r\n")
    want = lede.extract(html, "https://www.example.org/mill", comments=True).comments
    p = subprocess.run([lede_bin(), "warc", "-q", "--comments", str(path)], capture_output=True, timeout=120)
    assert json.loads(p.stdout)["comments"] == want and len(want) == 3
    p = subprocess.run([lede_bin(), "warc", "-q", str(path)], capture_output=True, timeout=120)
    assert json.loads(p.stdout)["comments"] is None
    assert list(lede.iter_warc(str(path), comments=True))[0].article.comments == want
