"""test_cli_parity.py: lede.extract() gives the same fields as the CLI.

Every golden case (tests/golden/*/case.html with its url.txt) and the
bundled example go through the CLI (one JSON record each) and through the
module; every field the record has must be equal, errors included (same
code, same message). The other formats must equal the CLI's output byte
for byte.
"""
import pytest

import lede
from conftest import EXAMPLE, cli_records, golden_cases, golden_options, run_cli

RECORD_FIELDS = ("url", "title", "authors", "date", "date_modified", "sitename", "language",
                 "description", "image", "page_type", "categories", "tags", "text", "truncated")

CASES = golden_cases() + [("example", EXAMPLE, None),
                          ("example_with_url", EXAMPLE, "https://news.example/2024/05/mill.html")]


@pytest.fixture(scope="module")
def records(cli_available):
    recs = cli_records([(page, url) for _, page, url in CASES])
    return {name: rec for (name, _, _), rec in zip(CASES, recs)}


def test_there_are_golden_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name,page,url", CASES, ids=[c[0] for c in CASES])
def test_record_fields_equal_cli(records, name, page, url):
    rec = records[name]
    with open(page, "rb") as f:
        html = f.read()
    if rec["error"] is None:
        art = lede.extract(html, url)
    else:
        with pytest.raises(lede.LedeError) as ei:
            lede.extract(html, url)
        err = ei.value
        assert err.code == rec["error"]["code"]
        assert err.message == rec["error"]["message"]
        assert err.url == url
        art = err.article
        if art is None:  # no article at all: the record is all nulls
            assert all(rec[k] in (None, [], False, "") for k in RECORD_FIELDS), rec
            return
    got = art.to_dict()
    for key in RECORD_FIELDS:
        assert got[key] == rec[key], key
    assert art.format == "text"


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("name,page,url",
                         [c for c in CASES if c[0].startswith(("format_", "keep_", "example"))],
                         ids=lambda v: v if isinstance(v, str) and "/" not in v else "")
def test_formats_equal_cli(cli_available, fmt, name, page, url):
    args = ["--format", fmt] + (["--url", url] if url else []) + [page]
    rc, out, err = run_cli(args)
    assert rc == 0, err
    with open(page, "rb") as f:
        art = lede.extract(f.read(), url, format=fmt)
    assert art.format == fmt
    # the CLI ends each output with one newline
    assert art.text + "\n" == out.decode("utf-8")


def test_expected_text_files(cli_available):
    """Independent of the CLI: the golden expected.txt files, exactly."""
    import os
    n = 0
    for name, page, url in golden_cases():
        exp = os.path.join(os.path.dirname(page), "expected.txt")
        if not os.path.isfile(exp):
            continue
        _, kw = golden_options(page)
        with open(page, "rb") as f, open(exp, encoding="utf-8") as g:
            assert lede.extract(f.read(), url, **kw).text == g.read().rstrip("\n"), name
        n += 1
    assert n >= 2
