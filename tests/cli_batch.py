#!/usr/bin/env python3
"""cli_batch.py: `lede` as a batch tool, through the command line only:
gzip- and zstd-compressed input, short options with attached values (-j4), the --charset warning, error
messages that name the file once, and the man page as groff renders it.
Inputs are built here from the golden cases; no data set needed.

    tests/cli_batch.py [build/lede]

Ends with "cli-batch: N passed, N failed"."""
import glob, gzip, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGE = os.path.join(ROOT, "examples", "article.html")
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "  " + str(detail)[:400]))
    if ok:
        passed += 1
    else:
        failed += 1


def run(lede, args, stdin=None, cwd=None):
    p = subprocess.run([lede] + args, capture_output=True, input=stdin, timeout=300, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def records(out):
    return [json.loads(l) for l in out.decode().splitlines() if l.strip()]


def small_things(lede, tmp):
    rc, out, err = run(lede, ["-j", "1", "--format", "jsonl", PAGE])
    rc2, out2, err2 = run(lede, ["-j1", "-fjsonl", PAGE])
    check("-j1 -fjsonl is -j 1 --format jsonl", rc == rc2 == 0 and out == out2 and out, f"{rc} {rc2} {err2!r}")
    rc, _, err = run(lede, ["-j", "x", PAGE])
    check("-jx is a usage error", rc == 2 and b"-j" in err, err)

    rc, out, err = run(lede, ["--charset", "no-such-charset", PAGE])
    check("unknown --charset: a warning on stderr, the page still extracted",
          rc == 0 and b"warning" in err and b"no-such-charset" in err and records(out)[0]["title"], err)
    for label in ("latin1", "Windows-1252", "text/html; charset=koi8-r"):
        rc, out, err = run(lede, ["--charset", label, PAGE])
        check(f"known --charset {label!r}: no warning", rc == 0 and err == b"", err)

    missing = os.path.join(tmp, "missing-page.html")
    rc, out, err = run(lede, [missing])
    rec = records(out)[0]
    check("io error record: the message does not repeat the source",
          rc == 1 and rec["error"]["code"] == "io" and missing not in rec["error"]["message"]
          and "No such file" in rec["error"]["message"], rec["error"])
    rc, out, err = run(lede, ["--format", "text", missing])
    check("text format: the stderr line names the file once", rc == 1 and err.decode().count(missing) == 1, err)


def strip_source(out):
    return [{k: v for k, v in r.items() if k != "source"} for r in records(out)]


def compressed(lede, tmp):
    """.gz and .zst pages (found by their magic bytes, whatever their
    name) give the record the plain page gives, from FILE arguments, an
    --input-list and standard input; a cut stream keeps its prefix and says
    truncated; a corrupt one is not_html with the reason."""
    pages = sorted(glob.glob(os.path.join(HERE, "golden", "*", "case.html")))[:12] + [PAGE]
    packed = []
    for i, page in enumerate(pages):
        data = open(page, "rb").read()
        gz = os.path.join(tmp, f"p{i}.html.gz")
        with open(gz, "wb") as f:
            f.write(gzip.compress(data, mtime=0))
        packed.append(gz)
        if shutil.which("zstd"):
            zst = os.path.join(tmp, f"p{i}.zst.bin")  # a name that says nothing: the magic decides
            subprocess.run(["zstd", "-q", "-f", page, "-o", zst], check=True)
            packed.append(zst)
    plain_list = [p for p in pages for _ in range(len(packed) // len(pages))]
    rc, want, _ = run(lede, ["--format", "jsonl"] + plain_list)
    rc2, got, err = run(lede, ["--format", "jsonl"] + packed)
    check(f"{len(packed)} compressed pages (gzip{', zstd' if shutil.which('zstd') else ''}) "
          "give the plain pages' records", rc == rc2 and strip_source(got) == strip_source(want), err)
    listfile = os.path.join(tmp, "packed.list")
    with open(listfile, "w") as f:
        f.write("".join(p + "\n" for p in packed))
    rc3, got3, _ = run(lede, ["-j2", "--format", "jsonl", "--input-list", listfile])
    check("the same through --input-list on 2 threads", got3 == got and rc3 == rc2, "")
    rc, out, _ = run(lede, ["--format", "text", "-"], stdin=open(packed[-1], "rb").read())
    rc2, want, _ = run(lede, ["--format", "text", PAGE])
    check("compressed standard input", rc == rc2 == 0 and out == want and out, out[:200])

    data = gzip.compress(open(PAGE, "rb").read(), mtime=0)
    cut = os.path.join(tmp, "cut.html.gz")
    with open(cut, "wb") as f:
        f.write(data[: len(data) * 2 // 3])
    rc, out, _ = run(lede, [cut])
    rec = records(out)[0]
    check("a cut gzip stream: its prefix extracted, truncated: true",
          rec["error"] is None and rec["truncated"] is True and rec["title"], rec)
    bad = os.path.join(tmp, "corrupt.html.gz")
    with open(bad, "wb") as f:
        f.write(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8)
    rc, out, _ = run(lede, [bad])
    err = records(out)[0]["error"]
    check("a corrupt gzip stream: not_html that says so", rc == 1 and err["code"] == "not_html"
          and "does not decode" in err["message"], err)
    twice = os.path.join(tmp, "twice.html.gz.gz")
    with open(twice, "wb") as f:
        f.write(gzip.compress(data, mtime=0))
    rc, out, _ = run(lede, [twice])
    err = records(out)[0]["error"]
    check("compressed twice: not_html (one level is decoded)", rc == 1 and err["code"] == "not_html"
          and "compressed again" in err["message"], err)
    small = os.path.join(tmp, "small-limit.html.gz")
    with open(small, "wb") as f:
        f.write(gzip.compress(b"<p>" + b"word " * 10000, mtime=0))
    rc, out, _ = run(lede, ["--max-bytes", "20000", small])
    err = records(out)[0]["error"]
    check("--max-bytes bounds the decompressed size", rc == 1 and err["code"] == "too_large"
          and "decompressed input larger than --max-bytes 20000" in err["message"], err)


def man_page(tmp):
    """groff's rendering of man/lede.1: the error object keeps its quotes,
    `lede warc` has its section, and groff has no complaint."""
    groff = shutil.which("groff")
    if not groff:
        print("skip man page: no groff")
        return
    # -P-cbou: plain text, no overstriking or escape sequences; -rLL: no line breaks to undo
    p = subprocess.run([groff, "-man", "-Tutf8", "-P-cbou", "-ww", "-rLL=200n", os.path.join(ROOT, "man", "lede.1")],
                       capture_output=True, timeout=60)
    text = re.sub(r"[ \t]+", " ", p.stdout.decode())  # justification widens spaces
    check("man page renders without groff warnings", p.returncode == 0 and not p.stderr.strip(), p.stderr)
    check('man page: the error object reads {"code": ..., "message": ...}',
          '{"code": ..., "message": ...}' in text, [l for l in text.splitlines() if "code" in l][:3])
    check("man page documents lede warc's options",
          "LEDE WARC" in text and "--max-record-bytes" in text and "--filter-lang" in text, "")


def main():
    lede = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/lede")
    with tempfile.TemporaryDirectory(prefix="lede-batch-") as tmp:
        small_things(lede, tmp)
        compressed(lede, tmp)
        man_page(tmp)
    print(f"cli-batch: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
