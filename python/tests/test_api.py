"""test_api.py: lede.extract()'s inputs, options, Article object and errors."""
import json
import pickle
import sys

import pytest

import lede
from conftest import run_cli

BODY = "<p>" + "The harbour council met on Monday to vote on the mill. " * 8 + "</p>"

# Categories, tags and an author with every kind of character the JSON
# record escapes: quotes, backslashes, tab, U+2028, non-ASCII, astral.
TRICKY = ("<html><head><title>Tricky</title><script type='application/ld+json'>"
          + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": "Quotes \"and\" back\\slashes",
                        "articleSection": ["Café \"Society\"", "Back\\slash", "Line\u2028Sep"],
                        "keywords": ["tab\there", "emoji \U0001F600", "ünïcödé"],
                        "author": {"@type": "Person", "name": "Zoë O\u2019Brien"},
                        "datePublished": "2024-05-14T08:30:00+01:00"})
          + "</script></head><body><article><h1>Quotes \"and\" back\\slashes</h1>" + BODY
          + "</article></body></html>")


def test_version():
    assert lede.__version__ == lede.LIBRARY_VERSION
    rc, out, _ = run_cli(["--version"])
    assert out.decode().strip() == "lede " + lede.__version__


def test_example_fields(example_bytes):
    art = lede.extract(example_bytes)
    assert isinstance(art, lede.Article)
    assert art.title == "Harbour town votes to restore its tidal mill"
    assert art.authors == ["Maren Holloway"]
    assert art.date == "2024-05-14T08:30:00+01:00"
    assert art.sitename == "The Lantern Gazette"
    assert art.language == "en"
    assert art.page_type == "article"
    assert art.charset == "utf-8"
    assert art.truncated is False
    assert art.text.startswith("Eastwick's town council voted on Monday night")
    assert "\n" in art.text and "£2.4 million" in art.text


def test_tricky_strings_equal_cli():
    html = TRICKY.encode("utf-8")
    art = lede.extract(html)
    rc, out, err = run_cli(["-"], html)
    rec = json.loads(out)
    assert rc == 0, err
    assert art.categories == rec["categories"] and art.tags == rec["tags"]
    assert art.authors == rec["authors"] and art.title == rec["title"]
    assert art.text == rec["text"]
    # and they are what the page says, so the parity is not vacuous
    assert "Café \"Society\"" in art.categories and "Back\\slash" in art.categories
    assert "emoji \U0001F600" in art.tags
    assert art.authors == ["Zoë O\u2019Brien"]


def test_str_equals_bytes(example_bytes):
    a = lede.extract(example_bytes)
    b = lede.extract(example_bytes.decode("utf-8"))
    assert a == b


def test_str_ignores_meta_charset():
    # a str is already decoded: a <meta charset> must not re-decode it
    page = "<meta charset='windows-1252'><h1>Crème brûlée</h1>" + BODY.replace("mill", "café")
    art = lede.extract(page)
    assert art.title == "Crème brûlée"
    assert "café" in art.text
    assert art.charset == "utf-8"


def test_str_with_lone_surrogate():
    art = lede.extract("<h1>a\udcffb</h1>" + BODY)
    assert art.title == "a\ufffdb"


def test_bytes_like_inputs(example_bytes):
    a = lede.extract(example_bytes)
    assert lede.extract(bytearray(example_bytes)) == a
    assert lede.extract(memoryview(example_bytes)) == a
    assert lede.extract(memoryview(b"xx" + example_bytes)[2:]) == a


def test_charset_option():
    page = ("<h1>Caf\xe9</h1>" + BODY.replace("mill", "caf\xe9")).encode("windows-1252")
    assert lede.extract(page, charset="windows-1252").title == "Café"
    assert lede.extract(page, charset="windows-1252").charset == "windows-1252"
    with pytest.raises(ValueError):
        lede.extract("<p>x</p>", charset="utf-8")


def test_url_resolves_links_and_is_reported():
    page = b"<h1>Mill</h1><img src='/img/mill.jpg'>" + BODY.encode()
    art = lede.extract(page, "https://news.example/2024/05/14/mill.html",
                       format="html")
    assert art.url == "https://news.example/2024/05/14/mill.html"
    assert lede.extract(page).url is None


def test_formats(example_bytes):
    md = lede.extract(example_bytes, format="markdown")
    assert md.text.startswith("# Harbour town votes to restore its tidal mill\n\n")
    assert "## Costs and timetable" in md.text and md.format == "markdown"
    html = lede.extract(example_bytes, format="html")
    assert html.text.startswith("<") and "<h2>Costs and timetable</h2>" in html.text
    # metadata does not depend on the format
    text = lede.extract(example_bytes)
    for f in lede.FIELDS:
        if f not in ("text", "format"):
            assert getattr(md, f) == getattr(text, f) == getattr(html, f), f


def test_limits_truncate(example_bytes):
    assert lede.extract(example_bytes).truncated is False
    page = ("<h1>Deep</h1>" + "<div>" * 600 + BODY + "</div>" * 600).encode()
    assert lede.extract(page).truncated is True
    assert lede.extract(page, max_depth=1000).truncated is False
    art = lede.extract(("<h1>Many</h1>" + BODY * 200).encode(), max_nodes=50)
    assert art.truncated is True
    assert len(art.text) < len(lede.extract(("<h1>Many</h1>" + BODY * 200).encode()).text)


def test_article_object(example_bytes):
    art = lede.extract(example_bytes, "https://x.example/a")
    with pytest.raises(AttributeError):
        art.title = "changed"
    d = art.to_dict()
    assert tuple(d) == lede.FIELDS
    d["authors"].append("Someone")            # a copy: the article is unchanged
    assert art.authors == ["Maren Holloway"]
    assert pickle.loads(pickle.dumps(art)) == art
    assert lede.Article(**art.to_dict()) == art
    assert lede.Article(title="x") != art
    assert "Harbour town" in repr(art)
    with pytest.raises(TypeError):
        hash(art)
    with pytest.raises(TypeError):
        lede.Article(nope=1)


def test_refcounts_unchanged(example_bytes):
    url = "https://x.example/" + "a" * 10
    before = sys.getrefcount(example_bytes), sys.getrefcount(url)
    for _ in range(100):
        lede.extract(example_bytes, url)
        with pytest.raises(lede.EmptyError):
            lede.extract(b"  ", url)
    assert (sys.getrefcount(example_bytes), sys.getrefcount(url)) == before


# ---- errors -------------------------------------------------------------

@pytest.mark.parametrize("bad", [None, 42, 3.5, ["<p>"], object()])
def test_bad_html_type(bad):
    with pytest.raises(TypeError, match="html must be"):
        lede.extract(bad)


def test_bad_arguments(example_bytes):
    with pytest.raises(TypeError):
        lede.extract()
    with pytest.raises(TypeError, match="url"):
        lede.extract(example_bytes, b"https://x.example/")
    with pytest.raises(ValueError, match="NUL"):
        lede.extract(example_bytes, "https://x.example/\0")
    with pytest.raises(ValueError, match="format"):
        lede.extract(example_bytes, format="pdf")
    with pytest.raises(TypeError):
        lede.extract(example_bytes, format=None)
    with pytest.raises(TypeError):
        lede.extract(example_bytes, "u", "text")       # format is keyword-only
    with pytest.raises(ValueError, match="max_bytes"):
        lede.extract(example_bytes, max_bytes=-1)
    with pytest.raises(TypeError, match="max_nodes"):
        lede.extract(example_bytes, max_nodes="10")
    with pytest.raises(TypeError):
        lede.extract(example_bytes, max_depth=True)
    with pytest.raises(TypeError):
        lede.extract(example_bytes, charset=b"utf-8")
    with pytest.raises(TypeError):
        lede.extract(example_bytes, nope=1)
    # huge limits are fine (clamped to what the library can hold)
    assert lede.extract(example_bytes, max_nodes=10**30, max_depth=2**40).title


@pytest.mark.parametrize("data", [b"", b" \n\t ", "", "   "])
def test_empty(data):
    with pytest.raises(lede.EmptyError) as ei:
        lede.extract(data)
    e = ei.value
    assert isinstance(e, lede.LedeError)
    assert (e.code, e.status) == ("empty", 2)
    assert e.article is None


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image"),
    (bytes(range(256)) * 64, None),
], ids=["pdf", "png", "bytes"])
def test_binary_input(data, kind):
    with pytest.raises(lede.NotHTMLError) as ei:
        lede.extract(data, "https://x.example/file")
    e = ei.value
    assert e.code == "not_html" and e.message.startswith("not HTML")
    if kind:
        assert kind in e.message
    assert e.url == "https://x.example/file"
    assert str(e) == "not_html: " + e.message
    # the same message as the CLI's record
    rc, out, _ = run_cli(["-"], data)
    assert json.loads(out)["error"] == e.to_dict()


def test_too_large():
    page = b"<h1>Big</h1>" + BODY.encode() * 10
    with pytest.raises(lede.TooLargeError) as ei:
        lede.extract(page, max_bytes=100)
    assert ei.value.code == "too_large" and str(len(page)) in ei.value.message
    assert lede.extract(page, max_bytes=None).title == "Big"
    assert lede.extract(page, max_bytes=0).title == "Big"
    # the default limit: 50,000,000 bytes
    huge = b"<p>" + b"x" * 50_000_000
    with pytest.raises(lede.TooLargeError):
        lede.extract(huge)


def test_error_pickles():
    with pytest.raises(lede.NotHTMLError) as ei:
        lede.extract(b"%PDF-1.4\n" + bytes(range(256)) * 8, "https://x.example/f.pdf")
    e = pickle.loads(pickle.dumps(ei.value))
    assert type(e) is lede.NotHTMLError
    assert (e.code, e.message, e.url) == (ei.value.code, ei.value.message, ei.value.url)


def test_error_classes():
    assert issubclass(lede.LedeMemoryError, MemoryError)
    assert issubclass(lede.UsageError, ValueError)
    codes = {c.code for c in (lede.LedeMemoryError, lede.EmptyError, lede.NotHTMLError,
                              lede.TooLargeError, lede.LedeIOError, lede.NoContentError,
                              lede.UsageError)}
    assert codes == {"nomem", "empty", "not_html", "too_large", "io", "no_content", "usage"}


def test_unknown_charset_warns_and_is_ignored():
    # as `lede --charset no-such-charset`: a warning, then the page's own
    # declaration decides
    page = "<meta charset=utf-8><h1>Café</h1>".encode() + BODY.encode()
    with pytest.warns(UserWarning, match="unknown charset 'no-such-charset'"):
        art = lede.extract(page, charset="no-such-charset")
    assert art.charset == "utf-8" and art.title == "Café"
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lede.extract(page, charset="latin1")  # a known label: no warning
