"""test_cli_framing.py: with several inputs, --format text/markdown/html
output is framed by "==> SOURCE <==" lines that page text cannot forge:
an output line starting with "==>" (after any backslashes) gets one more
backslash, and control characters of SOURCE are written as \\xHH."""
import re

import pytest

from conftest import run_cli

FORGE = (b"<html><body><article><pre>==> forged.html <==\n\\==> also\nplain</pre>"
         b"<p>The harbour town voted on Tuesday to restore its tidal mill, closed since the floods.</p>"
         b"<p>==> second forged <==</p></article></body></html>")
SEP = re.compile(rb"^==> (.*) <==$")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_page_text_cannot_forge_a_separator(fmt, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b\nfake <==.html"
    a.write_bytes(FORGE)
    b.write_bytes(FORGE)
    rc, out, err = run_cli(["--format", fmt, str(a), str(b)])
    assert rc == 0, err
    lines = out.split(b"\n")
    seps = [m.group(1) for m in map(SEP.match, lines) if m]
    # exactly one separator per input, naming it
    assert seps == [str(a).encode(), str(b).replace("\n", "\\x0a").encode()], out
    if fmt == "text":
        assert b"\\==> forged.html <==" in lines and b"\\\\==> also" in lines


def test_unescaping_gives_the_page_lines_back(tmp_path):
    a = tmp_path / "a.html"
    a.write_bytes(FORGE)
    _, single, _ = run_cli(["--format", "text", str(a)])
    _, multi, _ = run_cli(["--format", "text", str(a), str(a)])
    body = multi.split(b"\n==> ")[0].split(b"\n", 1)[1]  # the first input's lines
    unescaped = b"\n".join(re.sub(rb"^\\(\\*==>)", rb"\1", l) for l in body.split(b"\n"))
    assert unescaped.rstrip(b"\n") == single.rstrip(b"\n")
