"""test_images.py: Article.images through the module and `lede warc`: the
same list of dicts as the CLI's record, absolute addresses resolved
against the URL given, and the page's icons and furniture left out."""
import json
import os
import subprocess

import lede
from conftest import GOLDEN, lede_bin, run_cli

CASE = os.path.join(GOLDEN, "images_figure")
URL = open(os.path.join(CASE, "url.txt")).read().strip()


def test_images_match_the_cli_record():
    html = open(os.path.join(CASE, "case.html"), "rb").read()
    art = lede.extract(html, URL)
    rc, out, _ = run_cli(["--url", URL, os.path.join(CASE, "case.html")])
    assert rc == 0
    rec = json.loads(out)
    assert art.images == rec["images"]
    assert art.to_dict()["images"] == art.images
    assert art.images[0] == {"src": "https://www.example.org/media/mill-1910.jpg", "alt": "The mill in 1910",
                             "caption": "The mill at high tide in 1910.", "credit": "Photo: Town Archive"}
    # the lead image is its own field, and the logo in the header is no content image
    assert all("logo" not in im["src"] for im in art.images)


def test_relative_without_a_url_and_resolved_with_one():
    page = (b"<html><body><article><p>" + b"The harbour wall was repaired over the winter months. " * 6
            + b"</p><figure><img src='pics/wall.jpg' alt='The wall'><figcaption>The new wall.</figcaption>"
            b"</figure></article></body></html>")
    assert lede.extract(page).images == [{"src": "pics/wall.jpg", "alt": "The wall",
                                          "caption": "The new wall.", "credit": None}]
    assert lede.extract(page, "https://news.example/a/b.html").images[0]["src"] == \
        "https://news.example/a/pics/wall.jpg"


def test_no_images_is_an_empty_list():
    art = lede.extract(b"<html><body><article><p>" + b"A plain sentence without any picture at all. " * 6
                       + b"</p></article></body></html>")
    assert art.images == []
    assert lede.Article().images == []
    assert lede.Article(images=({"src": "a.jpg"},)).images == [{"src": "a.jpg"}]


def test_warc_records_carry_images(tmp_path):
    html = open(os.path.join(CASE, "case.html"), "rb").read()
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            "WARC-Date: 2026-11-01T12:00:00Z\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (URL, len(body)))
    path = tmp_path / "i.warc"
    path.write_bytes(head.encode() + body + b"\r\n\r\n")
    p = subprocess.run([lede_bin(), "warc", "-q", str(path)], capture_output=True, timeout=120)
    line = json.loads(p.stdout)
    want = lede.extract(html, URL).images
    assert line["images"] == want and len(want) == 3
    recs = list(lede.iter_warc(str(path)))
    assert recs[0].article.images == want


def test_images_switch_off_gives_none():
    html = open(os.path.join(CASE, "case.html"), "rb").read()
    art = lede.extract(html, URL, images=False)
    assert art.images is None and art.to_dict()["images"] is None
    rc, out, _ = run_cli(["--no-images", "--url", URL, os.path.join(CASE, "case.html")])
    assert json.loads(out)["images"] is None
    assert lede.extract(html, URL, images=True).images == lede.extract(html, URL).images != []


def test_joined_pages_list_both_pages_images(tmp_path):
    page = ("<html><head><title>Ferry back</title><link rel='canonical' href='https://isle.example/{name}'>{next}"
            "</head><body><article><h1>Ferry back</h1>"
            "<p>The ferry to the island runs again from Monday after the storm damaged the landing stage, "
            "the operator said on Friday, and the first crossing leaves at seven.</p>{fig}"
            "<p>Crews rebuilt the landing stage over four weeks, working through the coldest days of the "
            "winter to have it ready before the spring season.</p></article></body></html>")
    fig1 = "<figure><img src='/img/stage.jpg' alt='The stage'><figcaption>The new stage.</figcaption></figure>"
    fig2 = ("<figure><img src='img/crew.jpg' alt='The crew'><figcaption>The crew.</figcaption></figure>"
            "<figure><img src='/img/stage.jpg' alt='The stage again'></figure>")
    p1, p2 = tmp_path / "ferry.html", tmp_path / "ferry-2.html"
    p1.write_text(page.format(name="ferry.html", next="<link rel='next' href='ferry-2.html'>", fig=fig1))
    p2.write_text(page.format(name="ferry-2.html", next="", fig=fig2))
    p = subprocess.run([lede_bin(), "--join-pages", "--input-list", "-"], input=f"{p1}\n{p2}\n".encode(),
                       capture_output=True, timeout=120)
    recs = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert len(recs) == 1
    assert [im["src"] for im in recs[0]["images"]] == ["https://isle.example/img/stage.jpg",
                                                        "https://isle.example/img/crew.jpg"]
