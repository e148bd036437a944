#!/usr/bin/env python3
"""html5lib_encoding.py: runs html5lib's encoding-sniffing cases through
lede's sniffing (BOM, transport, <meta> prescan: `lede_charset --prescan`)
and prints "encoding: N passed, N failed", listing failures and skips.

Data: ../shared/data/html5lib-tests/encoding/ beside the repository (or
$LEDE_HTML5LIB_DIR). If absent, prints "skipped: ../shared not found" and
exits 0.

Usage: tests/html5lib_encoding.py [PATH/TO/lede_charset]
Binary: the argument, else $LEDE_CHARSET, else build/lede_charset or
build-enc/lede_charset;
if none exists it is compiled here with cc from src/ (the encoding stage
does not depend on the rest of the library), into a temporary folder.
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("LEDE_HTML5LIB_DIR") or os.path.join(
    ROOT, "..", "shared", "data", "html5lib-tests", "encoding")
FILES = ["tests1.dat", "tests2.dat", "test-yahoo-jp.dat"]


def parse_dat(path):
    """Yields (index, data bytes, expected encoding) from a .dat file. The
    data is the lines between #data and #encoding, without the newline
    that ends the last one."""
    with open(path, "rb") as f:
        raw = f.read()
    for i, chunk in enumerate(raw.split(b"#data\n")[1:], 1):
        if b"\n#encoding\n" not in chunk:
            continue
        data, rest = chunk.split(b"\n#encoding\n", 1)
        yield i, data, rest.split(b"\n", 1)[0].strip().decode("ascii")


def find_binary(tmp):
    if len(sys.argv) > 1:
        return sys.argv[1]
    env = os.environ.get("LEDE_CHARSET")
    if env:
        return env
    for d in ("build", "build-enc"):
        p = os.path.join(ROOT, d, "lede_charset")
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "uchardet"],
                           capture_output=True, text=True)
    pc = flags.stdout.split() if flags.returncode == 0 else ["-luchardet"]
    out = os.path.join(tmp, "lede_charset")
    src = [os.path.join(ROOT, p) for p in (
        "tools/dev/lede_charset.c", "src/encoding/encoding.c",
        "src/encoding/encoding_labels.c", "src/core/buf.c", "src/core/utf8.c")]
    cmd = [cc, "-std=c11", "-O1", "-I" + os.path.join(ROOT, "include"),
           "-I" + os.path.join(ROOT, "src"), "-o", out] + src
    r = subprocess.run(cmd + pc, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        return None
    return out


def main():
    if not os.path.isdir(DATA):
        print("skipped: ../shared not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        binary = find_binary(tmp)
        if not binary:
            print("encoding: could not build lede_charset")
            return 1
        passed, failed, skipped = 0, [], []
        scripted = os.path.join(DATA, "scripted")
        if os.path.isdir(scripted):
            for name in sorted(os.listdir(scripted)):
                if name.endswith(".dat"):
                    for i, _, _ in parse_dat(os.path.join(scripted, name)):
                        skipped.append(("scripted/%s #%d" % (name, i),
                                        "needs a script engine (document.write)"))
        for name in FILES:
            path = os.path.join(DATA, name)
            if not os.path.isfile(path):
                skipped.append((name, "file not found"))
                continue
            for i, data, want in parse_dat(path):
                page = os.path.join(tmp, "page.html")
                with open(page, "wb") as f:
                    f.write(data)
                r = subprocess.run([binary, "--prescan", page],
                                   capture_output=True, text=True)
                got = r.stdout.strip()
                if r.returncode == 0 and got.lower() == want.lower():
                    passed += 1
                else:
                    snippet = data[:60].decode("utf-8", "replace").replace("\n", "\\n")
                    failed.append("%s #%d: got %r, want %r: %s" % (name, i, got, want, snippet))
        for f in failed:
            print("FAIL " + f)
        for what, why in skipped:
            print("SKIP %s: %s" % (what, why))
        line = "encoding: %d passed, %d failed" % (passed, len(failed))
        if skipped:
            line += ", %d skipped" % len(skipped)
        print(line)
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
