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


STORY = ('<html><head><title>Ferry back | Isle News</title><link rel="canonical" href="https://isle.example/{name}">'
         '{next}</head><body><article><h1>Ferry back</h1>{body}</article></body></html>')
PAGES = {
    "ferry.html": ('<link rel="next" href="ferry-2.html">',
                   "<p>The ferry service to the island resumes on Monday after a month of repairs to the landing "
                   "stage, the operator said.</p><p>\"We are glad to be back,\" the captain said on the quay.</p>"),
    "ferry-2.html": ('<link rel="next" href="ferry-3.html">',
                     "<p>The second page tells how the landing stage was rebuilt over four weeks by a crew of "
                     "twelve.</p><p>\"It was hard work in the cold,\" said Ana Reyes, who led the crew.</p>"),
    "ferry-3.html": ("", "<p>The third and last page lists the new timetable, with six crossings a day in "
                         "summer and four in winter.</p>"),
}


def write_story(tmp_path):
    paths = {}
    for name, (nxt, body) in PAGES.items():
        p = tmp_path / name
        p.write_text(STORY.format(name=name, next=nxt, body=body), encoding="utf-8")
        paths[name] = str(p)
    return paths


def run_list(args, lines):
    p = subprocess.run([lede_bin(), *args, "--input-list", "-"], input="".join(lines).encode(),
                       capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def test_join_pages_gives_one_record_per_story(tmp_path):
    paths = write_story(tmp_path)
    other = tmp_path / "other.html"
    other.write_text("<html><body><article><p>The Saturday market moves to the harbour square from next week "
                     "while the town hall is repainted.</p></article></body></html>", encoding="utf-8")
    lines = [paths["ferry.html"] + "\n", paths["ferry-2.html"] + "\n", paths["ferry-3.html"] + "\n",
             str(other) + "\n", str(tmp_path / "missing.html") + "\n", paths["ferry-2.html"] + "\n"]
    rc, out, err = run_list(["--join-pages", "--quotes"], lines)
    recs = [json.loads(l) for l in out.splitlines()]
    assert [os.path.basename(r["source"]) for r in recs] == ["ferry.html", "other.html", "missing.html",
                                                             "ferry-2.html"]
    first = recs[0]
    assert first["url"] == "https://isle.example/ferry.html" and first["next_page"] is None
    assert first["text"].splitlines()[2].startswith("The second page tells")
    assert first["text"].endswith("four in winter.")
    speakers = [q["speaker"] for q in first["quotes"]]
    assert "Ana Reyes" in speakers
    q = next(q for q in first["quotes"] if q["speaker"] == "Ana Reyes")
    assert first["text"][q["start"]:q["end"]] == q["text"]  # offsets into the joined text
    assert recs[2]["error"]["code"] == "io" and rc == 1
    assert recs[3]["next_page"] == "https://isle.example/ferry-3.html"  # a page alone: not joined
    # without the option: one record per input; with -j 4: the same as -j 1
    rc2, out2, _ = run_list([], lines)
    assert len(out2.splitlines()) == 6
    assert run_list(["--join-pages", "--quotes", "-j", "4"], lines)[1] == out


def test_join_pages_needs_the_url_chain(tmp_path):
    paths = write_story(tmp_path)
    # out of order: page 3 is not page 1's next page, so nothing is joined there
    lines = [paths["ferry.html"] + "\n", paths["ferry-3.html"] + "\n", paths["ferry-2.html"] + "\n"]
    rc, out, _ = run_list(["--join-pages"], lines)
    assert len(out.splitlines()) == 3 and rc == 0
    # the list's URL column counts too (here it names the page after the first)
    lines = [paths["ferry.html"] + "\thttps://isle.example/ferry.html\n",
             paths["ferry-3.html"] + "\thttps://isle.example/ferry-2.html\n"]
    rc, out, _ = run_list(["--join-pages"], lines)
    assert len(out.splitlines()) == 1
    rc, md, _ = run_list(["--join-pages", "--format", "markdown"],
                         [paths[n] + "\n" for n in ("ferry.html", "ferry-2.html", "ferry-3.html")])
    assert md.count("==> ") == 1 and md.index("Ferry back") < md.index("The third and last page")


def test_join_pages_with_output_dir(tmp_path):
    # a joined story goes to its first page's file under --output-dir; the
    # pages joined into it write none (every input is in exactly one record)
    paths = write_story(tmp_path)
    lines = [paths[n] + "\n" for n in ("ferry.html", "ferry-2.html", "ferry-3.html")]
    _, joined, _ = run_list(["--join-pages"], lines)
    out = tmp_path / "out"
    rc, stdout, err = run_list(["--join-pages", "--output-dir", str(out)], lines)
    files = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert rc == 0 and stdout == "" and files == ["ferry.json"], (files, err)
    assert next(out.rglob("ferry.json")).read_text(encoding="utf-8") == joined
