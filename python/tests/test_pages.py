"""test_pages.py: the record fields text_source, paywalled and next_page
through the Python module: lede.extract and lede.iter_warc give the values
the CLI and `lede warc` give, on pages made for each rule (the golden cases
jsonld_body_*, paywall_*, next_page_*)."""
import json
import os
import subprocess

import lede
from conftest import GOLDEN, cli_records, lede_bin
from test_warc import http, record, write_warc


def golden(name):
    d = os.path.join(GOLDEN, name)
    with open(os.path.join(d, "case.html"), "rb") as f:
        page = f.read()
    url = None
    if os.path.exists(os.path.join(d, "url.txt")):
        with open(os.path.join(d, "url.txt"), encoding="utf-8") as f:
            url = f.readline().strip()
    return d, page, url


CASES = {
    # case: (text_source, paywalled, next_page)
    "jsonld_body_plain": ("jsonld", False, None),
    "jsonld_body_escaped": ("jsonld", False, None),
    "jsonld_body_teaser_kept": ("dom", False, None),
    "jsonld_body_paywall_hidden": ("dom", True, None),
    "paywall_content_tier": ("dom", True, None),
    "next_page_pager": ("dom", False, "https://city.example/news/council-bridge?page=2"),
    "next_page_not_next_post": ("dom", False, None),
}


def test_extract_fields_and_cli_agree():
    pairs = []
    for name, (source, paywalled, next_page) in CASES.items():
        d, page, url = golden(name)
        art = lede.extract(page, url)
        assert (art.text_source, art.paywalled, art.next_page) == (source, paywalled, next_page), name
        assert art.to_dict()["text_source"] == source
        pairs.append((os.path.join(d, "case.html"), url))
    recs = cli_records(pairs)
    for rec, (name, want) in zip(recs, CASES.items()):
        assert (rec["text_source"], rec["paywalled"], rec["next_page"]) == want, name


def test_jsonld_text_is_the_article_body():
    _, page, url = golden("jsonld_body_plain")
    art = lede.extract(page, url)
    assert art.text.splitlines()[1] == ("Port officials said divers had checked every berth overnight "
                                        "& found the channel clear of debris.")
    md = lede.extract(page, url, format="markdown")
    assert md.text_source == "jsonld" and "\n\nPort officials said" in md.text


def test_no_content_has_no_text_source():
    page = (b'<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x",'
            b'"isAccessibleForFree":false}</script></head><body><div id="app"></div></body></html>')
    try:
        lede.extract(page)
        raise AssertionError("expected NoContentError")
    except lede.NoContentError as e:
        assert e.article.text_source is None and e.article.paywalled is True


def test_iter_warc_carries_the_fields(tmp_path):
    recs = []
    for i, name in enumerate(["jsonld_body_plain", "paywall_declared_jsonld", "next_page_pager"]):
        _, page, url = golden(name)
        recs.append(record("response", url or f"https://city.example/p{i}", http(page), i + 1))
    path = write_warc(tmp_path / "pages.warc.gz", recs)
    got = list(lede.iter_warc(path))
    assert [r.article.text_source for r in got] == ["jsonld", "dom", "dom"]
    assert [r.article.paywalled for r in got] == [False, True, False]
    assert got[2].article.next_page == "https://city.example/news/council-bridge?page=2"
    p = subprocess.run([lede_bin(), "warc", "-q", path], capture_output=True, timeout=120)
    lines = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert [r.to_dict() for r in got] == lines
    assert [l["text_source"] for l in lines] == ["jsonld", "dom", "dom"]
