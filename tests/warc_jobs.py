#!/usr/bin/env python3
"""warc_jobs.py: `lede warc -j N` prints exactly what `lede warc -j 1` prints
(the same bytes on stdout, the same notes and summary counts on stderr, the
same exit status) on every container and every kind of damage. With N > 1
gzip members are inflated by helper threads ahead of the reader
(lede_warc_set_threads), which guesses member starts from the gzip magic;
these inputs are where a guess can be wrong:

  - plain, gzip per record, gzip for the whole file, zstd per record
    (when the zstd command exists), several inputs in one run;
  - false member starts: records stored uncompressed (gzip level 0) whose
    HTTP bodies are themselves gzip, so the magic bytes sit inside members;
  - garbage between members, with and without a gzip magic in it;
  - corrupt members (a byte flipped at several places), members cut short,
    the file cut at several places, a lying Content-Length, a WARC header
    over 256 KiB, a record over --max-record-bytes;
  - a member that inflates to more than the reader's 1 MiB of room, and
    one over the helpers' 1 MiB of compressed input.

Then the reader's own CPU time (build/lede_warcread, thread CPU clock):
with helpers it must fall to well under what it is without them, which is
what lets `-j N` scale past the single reader.

    tests/warc_jobs.py [build/lede]

Ends with "warc-jobs: N passed, N failed"."""
import gzip, os, random, re, shutil, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testlib import Checks  # noqa: E402
from warc_cli import ARTICLE, GERMAN, http, record  # noqa: E402

T = Checks("warc-jobs")
check = T.check


def gz(data, level=6):
    return gzip.compress(data, compresslevel=level, mtime=0)


def pages(n0, count, body=ARTICLE, prefix="https://j.example/"):
    return [record("response", f"{prefix}{i}", http(body), n0 + i) for i in range(count)]


def run(lede, jobs, paths, extra=()):
    p = subprocess.run([lede, "warc", "--no-progress", "-j", str(jobs), *extra, *paths],
                       capture_output=True, timeout=300)
    # the summary's first line has times and rates; everything else must match
    err = re.sub(rb" in [0-9.]+ s: [^\n]*", b"", p.stderr)
    return p.returncode, p.stdout, err


def inputs(w):
    """name -> list of paths (one run over them)."""
    rnd = random.Random(14)
    recs = pages(0, 60) + [record("response", f"https://j.example/de{i}", http(GERMAN), 100 + i) for i in range(20)]
    rnd.shuffle(recs)
    files = {}

    def put(name, data):
        path = os.path.join(w, name)
        open(path, "wb").write(data)
        return path

    members = [gz(r) for r in recs]
    per = put("per.warc.gz", b"".join(members))
    files["gzip per record"] = [per]
    files["plain"] = [put("plain.warc", b"".join(recs))]
    files["gzip whole file"] = [put("whole.warc.gz", gz(b"".join(recs)))]
    if shutil.which("zstd"):
        frames = [subprocess.run(["zstd", "-q", "-c"], input=r, capture_output=True, check=True).stdout for r in recs]
        files["zstd per record"] = [put("per.warc.zst", b"".join(frames))]
    files["several inputs"] = [per, files["plain"][0], files["gzip whole file"][0], per]
    # false member starts: gzip bodies stored as they are (level 0)
    inner = gz(ARTICLE.encode())
    stored = [gz(record("response", f"https://j.example/s{i}", http(inner, extra="Content-Encoding: gzip\r\n"), 200 + i), 0)
              for i in range(40)]
    assert all(b"\x1f\x8b\x08\x00" in m[10:] for m in stored)
    files["gzip magic inside members"] = [put("stored.warc.gz", b"".join(stored))]
    mixed = [stored[i // 3] if i % 3 == 0 else members[i] for i in range(len(members))]
    files["stored and deflated members"] = [put("mixed.warc.gz", b"".join(mixed))]
    # garbage between members, one with a gzip magic followed by junk
    g = list(members)
    g.insert(5, b"garbage between records\n" * 4)
    g.insert(12, b"\x1f\x8b\x08\x00junk that is not deflate" * 3)
    g.insert(30, b"\x1f\x8b\x08\x00")
    files["garbage between members"] = [put("garbage.warc.gz", b"".join(g))]
    # corrupt members: one byte flipped, in several places
    blob = b"".join(members)
    for k in range(4):
        b = bytearray(blob)
        for _ in range(3):
            b[rnd.randrange(len(b))] ^= 0x41
        files[f"flipped bytes {k}"] = [put(f"flip{k}.warc.gz", bytes(b))]
    # members cut short, and the file cut
    c = list(members)
    for i in (3, 17, 18, 40):
        c[i] = c[i][: len(c[i]) - 12 - i % 7]
    files["members cut short"] = [put("cut-members.warc.gz", b"".join(c))]
    for k, at in enumerate((len(blob) // 3, len(blob) // 2 + 7, len(blob) - 5)):
        files[f"file cut {k}"] = [put(f"cut{k}.warc.gz", blob[:at])]
    # a lying Content-Length, a header over 256 KiB
    liar = gz(record("response", "https://j.example/liar", http(ARTICLE), 300, length=99999))
    big = gz(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://j.example/huge-header\r\n"
             b"X-Padding: " + b"y" * 300000 + b"\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n")
    files["lying length, huge header"] = [put("liar.warc.gz", b"".join(members[:10] + [liar] + members[10:20] + [big]
                                                                      + members[20:]))]
    # a member inflating to 3 MB (over the reader's room), one over 1 MiB compressed
    large = "<html><body><article>" + "<p>The harbour wall was rebuilt in stone.</p>" * 70000 + "</article></body></html>"
    noise = bytes(rnd.getrandbits(8) for _ in range(1_300_000))
    files["large members"] = [put("large.warc.gz", b"".join(
        members[:5] + [gz(record("resource", "https://j.example/large", large.encode(), 400, "text/html"))]
        + members[5:10] + [gz(record("resource", "https://j.example/noise", noise, 401, "text/html"))]
        + members[10:]))]
    return files


def reader_cpu(warcread, path, threads):
    """CPU seconds of the reading thread, least of three runs."""
    best = None
    for _ in range(3):
        out = subprocess.run([warcread, "--threads", str(threads), path], capture_output=True, text=True,
                             timeout=300).stdout
        m = re.search(r"reading thread ([0-9.]+)", out)
        t = float(m.group(1)) if m else float("inf")
        best = t if best is None else min(best, t)
    return best


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    w = tempfile.mkdtemp(prefix="lede-warc-jobs-")
    for name, paths in inputs(w).items():
        extra = ("--max-record-bytes", "2000000") if name == "large members" else ()
        ref = run(lede, 1, paths, extra)
        check(f"{name}: -j 1 gives records", ref[1].count(b"\n") > 0, ref[2].decode()[-300:])
        for jobs in (2, 4):
            got = run(lede, jobs, paths, extra)
            same = got == ref
            detail = "" if same else f"exit {got[0]}/{ref[0]}, stdout same {got[1] == ref[1]}\n{got[2].decode()[-600:]}\n---\n{ref[2].decode()[-600:]}"
            check(f"{name}: -j {jobs} prints what -j 1 prints", same, detail)

    # the reader thread's own work: helpers take the inflating off it (not
    # in a sanitizer build, which instruments the reader's copies and not
    # libdeflate's inflating)
    cache = os.path.join(os.path.dirname(os.path.abspath(lede)), "CMakeCache.txt")
    if os.path.exists(cache) and ("LEDE_SANITIZE:BOOL=ON" in open(cache).read() or "-fsanitize" in open(cache).read()):
        print("warc-jobs: a sanitizer build; the reader CPU check is skipped")
        shutil.rmtree(w, ignore_errors=True)
        return T.end()
    warcread = os.path.join(os.path.dirname(lede), "lede_warcread")
    big = os.path.join(w, "big.warc.gz")
    # text of random words compresses about as much as crawled HTML (~4x)
    rnd = random.Random(7)
    words = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 9))) for _ in range(3000)]
    body = http("<html><body><p>" + " ".join(rnd.choice(words) for _ in range(6000)) + "</p></body></html>")
    open(big, "wb").write(b"".join(gz(record("response", f"https://j.example/b{i}", body, i)) for i in range(1500)))
    alone, helped = reader_cpu(warcread, big, 0), reader_cpu(warcread, big, 2)
    check(f"reader thread: inflating moves to helpers ({helped:.3f} s of thread CPU with 2 helpers, {alone:.3f} s without; bar 0.75x)",
          helped < 0.75 * alone, f"{helped:.3f} s with helpers, {alone:.3f} s without")
    shutil.rmtree(w, ignore_errors=True)
    return T.end()


if __name__ == "__main__":
    sys.exit(main())
