#!/usr/bin/env python3
"""cli_batch.py: `lede` as a batch tool, through the command line only:
gzip- and zstd-compressed input, short options with attached values (-j4), the --charset warning, error
messages that name the file once, and the man page as groff renders it.
Inputs are built here from the golden cases; no data set needed.

    tests/cli_batch.py [build/lede]

Ends with "cli-batch: N passed, N failed"."""
import glob, gzip, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from testlib import Checks  # noqa: E402

ROOT = os.path.dirname(HERE)
PAGE = os.path.join(ROOT, "examples", "article.html")
T = Checks("cli-batch", detail_max=400)
check = T.check


def run(lede, args, stdin=None, cwd=None):
    p = subprocess.run([lede] + args, capture_output=True, input=stdin, timeout=300, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def golden_pages():
    """The golden pages that are plain HTML (not the compressed-input cases)."""
    return [p for p in sorted(glob.glob(os.path.join(HERE, "golden", "*", "case.html")))
            if open(p, "rb").read(2) != b"\x1f\x8b" and open(p, "rb").read(4) != b"\x28\xb5\x2f\xfd"]


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
    pages = golden_pages()[:12] + [PAGE]
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


def build_tree(tmp):
    """A folder of pages as crawls leave them: nested, mixed suffixes and
    cases, compressed copies, files to leave alone, a symbolic-link loop, a
    second link to a folder, a dangling link. Returns (root, {relative
    path: the plain page it holds}) for the files --input-dir must take."""
    pages = golden_pages()
    root = os.path.join(tmp, "site")
    want = {}
    layout = ["b.html", "a.htm", "A.HTML", "news/2024/x.html.gz", "news/2024/y.htm.zst",
              "news/z.html", "news-archive/z.html", "deep/" + "d/" * 30 + "leaf.html"]
    for i, rel in enumerate(layout):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = open(pages[i], "rb").read()
        if rel.endswith(".gz"):
            data = gzip.compress(data, mtime=0)
        elif rel.endswith(".zst"):
            if not shutil.which("zstd"):
                continue
            data = subprocess.run(["zstd", "-q", "-c"], input=data, capture_output=True, check=True).stdout
        with open(path, "wb") as f:
            f.write(data)
        want[rel] = pages[i]
    for rel in ("notes.txt", "news/feed.json", "news/2024/image.png.gz"):
        with open(os.path.join(root, rel), "wb") as f:
            f.write(b"<p>not a page by its name</p>")
    os.symlink("../..", os.path.join(root, "news", "2024", "loop"))  # back to the root
    os.symlink("news", os.path.join(root, "a-link-to-news"))         # sorts before news/
    os.symlink("missing.html", os.path.join(root, "dangling.html"))
    want["dangling.html"] = None
    return root, want


def input_dir(lede, tmp):
    root, want = build_tree(tmp)
    rels = sorted(want)  # byte order of the paths below root
    rc, out, err = run(lede, ["--format", "jsonl", "--input-dir", root])
    recs = records(out)
    got = [r["source"][len(root) + 1:] for r in recs]
    check("--input-dir: every page once, by suffix (any case, .gz/.zst too), in byte order, "
          "through a link loop, a folder under its own path", got == rels, f"{got} != {rels}")
    pages = [want[r] for r in rels if want[r]]
    _, plain, _ = run(lede, ["--format", "jsonl"] + pages)
    check("--input-dir: each record is the plain page's",
          [x for x, r in zip(strip_source(out), rels) if want[r]] == strip_source(plain), "")
    dangling = [r for r in recs if r["source"].endswith("dangling.html")]
    check("--input-dir: a dangling link gives its io record, exit 1",
          rc == 1 and dangling and dangling[0]["error"]["code"] == "io", (rc, dangling))
    rc2, out2, _ = run(lede, ["-j3", "--format", "jsonl", "--input-dir", root + "/"])
    check("--input-dir: the same on 3 threads, trailing slash or not", out2 == out and rc2 == rc, "")
    rc, out, _ = run(lede, ["--format", "jsonl", "--input-dir", root, "--input-ext", ".txt,.json"])
    got = sorted(r["source"][len(root) + 1:] for r in records(out))
    check("--input-ext .txt,.json takes those instead", got == ["news/feed.json", "notes.txt"], got)
    rc, out, _ = run(lede, ["--format", "jsonl", "--input-dir", root, "--input-ext", "*"])
    check("--input-ext * takes every file", len(records(out)) == len(want) + 3, len(records(out)))
    rc, _, err = run(lede, ["--input-dir", os.path.join(tmp, "no-such-folder")])
    check("--input-dir of a missing folder: said, exit 1", rc == 1 and b"no-such-folder" in err, err)
    rc, _, err = run(lede, ["--input-ext", ".html", PAGE])
    check("--input-ext without --input-dir: usage error", rc == 2, err)
    return root, want


def output_dir(lede, tmp, root, want):
    out_dir = os.path.join(tmp, "out")
    rc, out, err = run(lede, ["--format", "jsonl", "--input-dir", root, "--output-dir", out_dir])
    _, stdout_recs, _ = run(lede, ["--format", "jsonl", "--input-dir", root])
    files = sorted(os.path.relpath(os.path.join(d, f), out_dir) for d, _, fs in os.walk(out_dir) for f in fs)
    expect = sorted(re.sub(r"\.(html?|HTML)(\.gz|\.zst)?$", ".json", r) for r in want)
    check("--output-dir: one .json file per input at its path below the folder, nothing on stdout",
          files == expect and out == b"", f"{files} != {expect}")
    by_source = {r["source"]: l for r, l in zip(records(stdout_recs), stdout_recs.decode().splitlines())}
    same = all(open(os.path.join(out_dir, re.sub(r"\.(html?|HTML)(\.gz|\.zst)?$", ".json", r)), encoding="utf-8").read()
               == by_source[os.path.join(root, r)] + "\n" for r in want)
    check("--output-dir: each file holds the record standard output would have had", same, "")
    check("--output-dir: the failure said on stderr, its error record in its file, exit 1",
          rc == 1 and b"dangling.html" in err and b"cannot read" in err, (rc, err))
    rc, out, err = run(lede, ["-j2", "-fmarkdown", "--input-dir", root, "--output-dir", out_dir])
    mds = sorted(f for _, _, fs in os.walk(out_dir) for f in fs if f.endswith(".md"))
    check("--output-dir with markdown: .md files, none for the input that failed",
          len(mds) == len(want) - 1 and "dangling.md" not in mds and rc == 1, mds)
    check("--output-dir: no temporary file left", not any(".tmp." in f for _, _, fs in os.walk(out_dir) for f in fs), "")
    check("--output-dir markdown file = the standard output of that page alone",
          open(os.path.join(out_dir, "b.md"), "rb").read() == subprocess.run(
              [lede, "-fmarkdown", os.path.join(root, "b.html")], capture_output=True).stdout, "")
    mode = os.stat(os.path.join(out_dir, "b.md")).st_mode & 0o777
    um = os.umask(0)
    os.umask(um)
    check("--output-dir files get 0666 less the umask", mode == 0o666 & ~um, oct(mode))

    # FILE arguments: mirrored at their path as given; what cannot be is refused, not written elsewhere
    o2 = os.path.join(tmp, "out2")
    shutil.copy(PAGE, os.path.join(tmp, "page.html"))
    shutil.copy(PAGE, os.path.join(tmp, "page.htm"))
    rc, out, err = run(lede, ["--output-ext", ".rec", "--output-dir", o2, "page.html", "./page.htm",
                              os.path.join(tmp, "page.html"), "../" + os.path.basename(tmp) + "/page.html"], cwd=tmp)
    files = sorted(os.path.relpath(os.path.join(d, f), o2) for d, _, fs in os.walk(o2) for f in fs)
    check("FILEs under --output-dir: relative paths mirrored, absolute ones below the folder, --output-ext",
          files == sorted(["page.rec", os.path.join(tmp, "page.rec").lstrip("/")]), files)
    check("FILEs under --output-dir: a second input for one file and a path with .. are refused, exit 1",
          rc == 1 and b"./page.htm: not written" in err and b'with ".."' in err, err)
    rc, _, err = run(lede, ["--output-dir", o2, "-"], stdin=b"<p>x</p>")
    check("standard input with --output-dir: usage error", rc == 2, err)
    rc, _, err = run(lede, ["-fhtml", "--output-dir", tmp, "page.html"], cwd=tmp)
    check("an output file that is its own input is refused", rc == 1 and b"input itself" in err
          and open(os.path.join(tmp, "page.html"), "rb").read() == open(PAGE, "rb").read(), err)
    blocker = os.path.join(tmp, "a-file")
    open(blocker, "w").close()
    rc, _, err = run(lede, ["--output-dir", blocker, PAGE])
    check("an output folder that cannot be made: said, exit 1", rc == 1 and b"cannot write" in err, err)


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
        root, want = input_dir(lede, tmp)
        output_dir(lede, tmp, root, want)
        man_page(tmp)
    return T.end()


if __name__ == "__main__":
    sys.exit(main())
