"""lede.crawl without an engine: the stream path for URLs, the commit
protocol when reading fails half-way, and errors that are not the file's."""
import json
import os
import subprocess

import fsspec
import pyarrow.parquet as pq
import pytest

import lede
from lede import crawl


def rows_of(out):
    return pq.read_table(os.path.join(out, "parts")).to_pylist()


def test_url_goes_through_fsspec_stream(tmp_path, inputs):
    """memory:// is fsspec's in-process filesystem: the file reaches lede as a
    stream (read(n)), and gives the same rows as the local path."""
    data = open(inputs["good"][0], "rb").read()
    with fsspec.open("memory://bucket/good.warc.gz", "wb") as f:
        f.write(data)
    by_path, by_url = str(tmp_path / "a"), str(tmp_path / "b")
    for out, src in ((by_path, inputs["good"][0]), (by_url, "memory://bucket/good.warc.gz")):
        opts = crawl.Options(out)
        crawl.prepare(opts)
        assert crawl.process_file(src, opts)["status"] == "ok"
    strip = lambda rows: [{k: v for k, v in r.items() if k != "source_file"} for r in rows]
    assert strip(rows_of(by_url)) == strip(rows_of(by_path))
    assert len(rows_of(by_url)) > 100


def test_read_error_halfway_commits_nothing(tmp_path, inputs, monkeypatch):
    """A stream that fails after some records: no part, no manifest entry, an
    unreadable failure entry, the temporary part removed; the next attempt
    (a rerun) commits the file."""
    real = lede.iter_warc

    def failing(source, **kw):
        it = real(source, **kw)

        def gen():
            for i, rec in enumerate(it):
                if i == 50:
                    raise OSError("connection reset by peer")
                yield rec
        return gen()

    out = str(tmp_path / "out")
    opts = crawl.Options(out)
    crawl.prepare(opts)
    monkeypatch.setattr(lede, "iter_warc", failing)
    entry = crawl.process_file(inputs["good"][0], opts)
    assert entry["kind"] == "unreadable" and "connection reset" in entry["message"]
    assert os.listdir(os.path.join(out, "parts")) == []
    assert os.listdir(os.path.join(out, "_manifest")) == []
    assert os.listdir(os.path.join(out, "_tmp")) == []
    monkeypatch.setattr(lede, "iter_warc", real)
    entry = crawl.process_file(inputs["good"][0], opts)
    assert entry["status"] == "ok" and entry["rows"] > 100
    assert os.listdir(os.path.join(out, "_failures")) == []   # the old failure is cleared
    again = crawl.process_file(inputs["good"][0], opts)
    assert again["status"] == "skipped" and again["rows"] == entry["rows"]


def test_broken_installation_fails_the_task(tmp_path, inputs, monkeypatch):
    """An error that is not the input's (here: lede without iter_warc) raises,
    so Spark retries and then fails the job loudly, instead of listing every
    input as a failure."""
    out = str(tmp_path / "out")
    opts = crawl.Options(out)
    crawl.prepare(opts)
    monkeypatch.delattr(lede, "iter_warc")
    with pytest.raises(AttributeError):
        crawl.process_file(inputs["good"][0], opts)
    assert os.listdir(os.path.join(out, "_failures")) == []
    assert os.listdir(os.path.join(out, "_tmp")) == []


def test_filters_match_lede_warc_semantics():
    opts = crawl.Options("x", languages=["en", "pt-BR"], min_text=10)
    row = {"error_code": None, "page_type": "article", "language": "en-GB", "text": "x" * 10}
    assert crawl.keep(row, opts)
    assert not crawl.keep(dict(row, language="pt"), opts)        # pt-BR keeps only pt-BR
    assert crawl.keep(dict(row, language="pt-BR"), opts)
    assert not crawl.keep(dict(row, text="short"), opts)
    assert crawl.keep(dict(row, error_code="io", language=None), opts)   # errors stay
    assert not crawl.keep(dict(row, error_code="io"), crawl.Options("x", articles_only=True))
    assert not crawl.keep(dict(row, page_type="list"), crawl.Options("x", articles_only=True))


def test_quotes_column_is_the_record_quotes(tmp_path, inputs, lede_bin):
    """With quotes on (Options(quotes=True), lede.spark --quotes), the quotes
    column holds each record's quotes as `lede warc --quotes` prints them
    (spans as [start, end] lists), typed as the schema says, in Parquet and
    in JSONL parts alike; error rows have null, and so does every row with
    quotes off (the default)."""
    ref = subprocess.run([lede_bin, "warc", "-j", "1", "-q", "--quotes", inputs["good"][0]], capture_output=True,
                         check=True)
    want = {r["warc_record_id"]: r["quotes"] for r in map(json.loads, ref.stdout.splitlines())}
    assert sum(len(q or []) for q in want.values()) > 50  # the pages do carry quotes
    for fmt in ("parquet", "jsonl"):
        out = str(tmp_path / fmt)
        opts = crawl.Options(out, fmt=fmt, compression="none", quotes=True)
        crawl.prepare(opts)
        assert crawl.process_file(inputs["good"][0], opts)["status"] == "ok"
        part = os.path.join(out, "parts", os.listdir(os.path.join(out, "parts"))[0])
        if fmt == "parquet":
            table = pq.read_table(part)
            assert table.schema.field("quotes").type == crawl.arrow_schema().field("quotes").type
            rows = table.to_pylist()
        else:
            rows = [json.loads(line) for line in open(part, encoding="utf-8")]
        got = {r["warc_record_id"]: r["quotes"] for r in rows}
        assert got == want, fmt
    off = str(tmp_path / "off")
    opts = crawl.Options(off, compression="none")
    crawl.prepare(opts)
    assert crawl.process_file(inputs["good"][0], opts)["status"] == "ok"
    assert all(r["quotes"] is None for r in rows_of(off))


def test_page_columns_are_the_record_fields(tmp_path, inputs, lede_bin):
    """text_source, paywalled, next_page, images and (with comments on,
    Options(comments=True), lede.spark --comments) comments hold each record's
    values as `lede warc --comments` prints them, in Parquet and JSONL parts
    alike, typed as the schema says; comments are null with the option off
    (the default)."""
    columns = ("text_source", "paywalled", "next_page", "images", "comments")
    ref = subprocess.run([lede_bin, "warc", "-j", "1", "-q", "--comments", inputs["good"][0]], capture_output=True,
                         check=True)
    want = {r["warc_record_id"]: {c: r[c] for c in columns} for r in map(json.loads, ref.stdout.splitlines())}
    assert sum(len(v["images"] or []) for v in want.values()) > 20  # the pages do carry images
    assert any(v["text_source"] == "dom" for v in want.values())
    assert all(v["comments"] is not None for v in want.values())
    schema = crawl.arrow_schema()
    for fmt in ("parquet", "jsonl"):
        out = str(tmp_path / fmt)
        opts = crawl.Options(out, fmt=fmt, compression="none", comments=True)
        crawl.prepare(opts)
        assert crawl.process_file(inputs["good"][0], opts)["status"] == "ok"
        part = os.path.join(out, "parts", os.listdir(os.path.join(out, "parts"))[0])
        if fmt == "parquet":
            table = pq.read_table(part)
            for c in columns:
                assert table.schema.field(c).type == schema.field(c).type, c
            rows = table.to_pylist()
        else:
            rows = [json.loads(line) for line in open(part, encoding="utf-8")]
        got = {r["warc_record_id"]: {c: r[c] for c in columns} for r in rows}
        assert got == want, fmt
    off = str(tmp_path / "off")
    opts = crawl.Options(off, compression="none")
    crawl.prepare(opts)
    assert crawl.process_file(inputs["good"][0], opts)["status"] == "ok"
    assert all(r["comments"] is None for r in rows_of(off))
    assert any(r["images"] for r in rows_of(off))
