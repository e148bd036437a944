"""test_compressed.py: lede.extract() takes gzip- and zstd-compressed bytes
(a .html.gz or .html.zst file read whole) and extracts the page they hold,
exactly as the CLI does with such a file: found by the magic bytes, the
decompressed size bounded by max_bytes, a stream cut short kept as a
truncated prefix, a corrupt one refused as not HTML.
"""
import gzip
import json
import shutil
import subprocess
import zlib

import pytest

import lede
from conftest import EXAMPLE, run_cli


def page():
    with open(EXAMPLE, "rb") as f:
        return f.read()


def test_gzip_bytes_give_the_same_article():
    plain = lede.extract(page(), format="markdown")
    packed = lede.extract(gzip.compress(page(), mtime=0), format="markdown")
    assert packed.to_dict() == plain.to_dict()
    assert packed.truncated is False


def test_multi_member_gzip():
    html = page()
    half = len(html) // 2
    two = gzip.compress(html[:half], mtime=0) + gzip.compress(html[half:], mtime=0)
    assert lede.extract(two).text == lede.extract(html).text


@pytest.mark.skipif(not shutil.which("zstd"), reason="no zstd command to make a frame")
def test_zstd_bytes_give_the_same_article():
    packed = subprocess.run(["zstd", "-q", "-c"], input=page(), capture_output=True, check=True).stdout
    assert lede.extract(packed).to_dict() == lede.extract(page()).to_dict()


def test_bomb_stops_at_max_bytes():
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = c.compress(b"<p>") + c.compress(b" " * (4 << 20)) + c.flush()
    assert len(bomb) < 10_000
    with pytest.raises(lede.TooLargeError) as ei:
        lede.extract(bomb, max_bytes=1_000_000)
    assert "decompresses to more than max_bytes 1000000" in str(ei.value)


def test_corrupt_gzip_is_not_html():
    with pytest.raises(lede.NotHTMLError) as ei:
        lede.extract(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    assert "gzip-compressed data that does not decode" in str(ei.value)


def test_cut_gzip_keeps_the_prefix_and_says_truncated():
    packed = gzip.compress(page(), mtime=0)
    art = lede.extract(packed[: len(packed) * 2 // 3])
    assert art.truncated is True
    assert art.title == lede.extract(page()).title


def test_same_record_as_the_cli(tmp_path):
    path = tmp_path / "article.html.gz"
    path.write_bytes(gzip.compress(page(), mtime=0))
    rc, out, _ = run_cli(["--format", "jsonl", str(path)])
    rec = json.loads(out)
    art = lede.extract(path.read_bytes())
    assert rec["text"] == art.text and rec["title"] == art.title and rec["error"] is None
