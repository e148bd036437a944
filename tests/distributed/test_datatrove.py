"""The datatrove blocks: LedeWarcReader in a LocalPipelineExecutor run over
the same inputs as the Spark tests (a garbage and a damaged file must not
stop it and must show in its stats), and LedeExtractor as the Trafilatura
step, in-process, on pathological pages."""
import collections
import gzip
import inspect
import json
import os
import resource
import shutil
import time

import pytest
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.extractors import Trafilatura
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.pipeline.writers import JsonlWriter

import lede
from lede.datatrove import LedeExtractor, LedeWarcReader


def run_pipeline(folder, data_dir, tasks=2, **reader_options):
    LocalPipelineExecutor(
        pipeline=[LedeWarcReader(data_dir, glob_pattern="*.warc.gz", **reader_options),
                  JsonlWriter(os.path.join(folder, "out"))],
        tasks=tasks, workers=2, logging_dir=os.path.join(folder, "logs"),
    ).run()
    docs = []
    for name in sorted(os.listdir(os.path.join(folder, "out"))):
        with gzip.open(os.path.join(folder, "out", name), "rt", encoding="utf-8") as f:
            docs += [json.loads(line) for line in f]
    stats = json.load(open(os.path.join(folder, "logs", "stats.json")))
    return docs, {k: v["total"] if isinstance(v, dict) else v
                  for k, v in stats[0]["stats"].items()}


def test_reader_run_matches_lede_warc(tmp_path, inputs, reference):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for f in inputs["files"]:
        if os.path.exists(f):
            shutil.copy(f, data_dir)
    docs, stats = run_pipeline(str(tmp_path), str(data_dir))
    # a Document per record with an article and text; damaged records counted
    want = collections.Counter((os.path.basename(r["source"]), r["warc_record_id"], r["title"], r["date"])
                               for r in reference if r["error"] is None and r["text"])
    got = collections.Counter((os.path.basename(d["metadata"]["file_path"]), d["id"],
                               d["metadata"].get("title"), d["metadata"].get("date")) for d in docs)
    assert got == want
    assert len({d["id"] for d in docs}) == len(docs), "duplicated documents"
    assert stats["error_records"] == sum(1 for r in reference if r["error"])
    assert stats["damaged_records"] >= 1
    assert stats["not_warc_files"] == 1
    assert stats["skipped_bytes"] >= 300_000
    assert stats["input_files"] == len(inputs["files"]) - 1
    text = {d["id"]: d["text"] for d in docs}
    r = next(r for r in reference if r["error"] is None and r["text"])
    assert text[r["warc_record_id"]] == r["text"]


def test_reader_counts_an_unreadable_file(tmp_path, inputs):
    """A file that vanishes between listing and reading: counted, the task goes on."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(inputs["good"][0], data_dir)
    os.symlink(inputs["missing"], data_dir / "dangling.warc.gz")
    docs, stats = run_pipeline(str(tmp_path), str(data_dir), tasks=1)
    assert stats["unreadable_files"] == 1
    assert len(docs) > 100


def pathological_pages():
    yield "deep", "<div>" * 100_000 + "x"
    yield "unclosed_p", "<p>a" * 1_000_000
    yield "big_text", "<html><body><p>" + "word " * 2_000_000 + "</p></body></html>"
    yield "attrs", "<div " + " ".join(f"a{i}=x" for i in range(100_000)) + ">x</div>"


def test_extractor_is_a_drop_in_without_sandbox(examples_page):
    """Same constructor and extract() as Trafilatura; pathological pages run
    in this process with bounded CPU and memory, no timeout needed."""
    step = LedeExtractor(favour_precision=True, include_images=False, timeout=0.1, deduplicate=True)
    assert isinstance(step, BaseExtractor)
    theirs = inspect.signature(Trafilatura.__init__).parameters
    ours = inspect.signature(LedeExtractor.__init__).parameters
    assert all(name in ours and ours[name].default == p.default
               for name, p in theirs.items() if p.kind == p.POSITIONAL_OR_KEYWORD)
    assert step.extract(examples_page) == lede.extract(examples_page).text
    docs = [Document(text=examples_page, id="ok", metadata={"url": "https://example.com/a"})]
    docs += [Document(text=html, id=name, metadata={}) for name, html in pathological_pages()]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu0 = time.process_time()
    out = {d.id: d for d in step.run(iter(docs))}
    cpu = time.process_time() - cpu0
    rss_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    print(f"pathological pages: {cpu:.2f} CPU-s, peak RSS +{rss_mb:.0f} MB")
    assert cpu < 30, cpu          # ~2 s on an idle core; no page near a second
    assert rss_mb < 1500, rss_mb
    assert out["ok"].metadata["title"] == lede.extract(examples_page).title
    assert out["ok"].metadata["url"] == "https://example.com/a"   # the reader's key is kept
    assert "big_text" in out and len(out["big_text"].text) > 9_000_000


@pytest.fixture(scope="session")
def examples_page():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    return open(os.path.join(root, "examples", "article.html"), encoding="utf-8").read()
