#!/usr/bin/env python3
"""warc_cli.py: end-to-end tests of `lede warc` on small WARC files built
here (no data set needed): record kinds, compression, HTTP decoding,
damage, ordering, filters, output compression and sharding, and the
summary counts. Complements the reader's unit tests (tests/unit/test_warc.c).

    tests/warc_cli.py [build/lede]

Ends with "warc-cli: N passed, N failed"."""
import atexit, gzip, json, os, shutil, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testlib import Checks  # noqa: E402

ARTICLE = ("<html lang=en><head><title>Storm closes coast road | Gazette</title></head><body>"
           "<article><h1>Storm closes coast road</h1>"
           + "".join(f"<p>Paragraph {i}: the coast road was closed on Sunday after high waves damaged "
                     f"the sea wall, and engineers said repairs would take several weeks to finish.</p>"
                     for i in range(4))
           + "</article></body></html>")
# German text too, not only lang=de: lede checks the declaration against the text.
GERMAN = ("<html lang=de><head><title>Sturm sperrt die Küstenstraße | Anzeiger</title></head><body>"
          "<article><h1>Sturm sperrt die Küstenstraße</h1>"
          + "".join(f"<p>Absatz {i}: Die Küstenstraße wurde am Sonntag gesperrt, nachdem hohe Wellen die "
                    f"Ufermauer beschädigt hatten, und die Ingenieure sagten, die Reparatur dauere Wochen.</p>"
                    for i in range(4))
          + "</article></body></html>")


def http(body, ctype="text/html; charset=utf-8", status="200 OK", extra=""):
    if isinstance(body, str):
        body = body.encode()
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n").encode() + body


def record(wtype, uri, block, n, ctype="application/http; msgtype=response", length=None):
    head = (f"WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Date: 2026-11-01T12:00:00Z\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
            + f"Content-Type: {ctype}\r\nContent-Length: {len(block) if length is None else length}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def chunked(body):
    body = body.encode()
    return b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 100]), body[i:i + 100]) for i in range(0, len(body), 100)) + b"0\r\n\r\n"


def gz_members(records):
    return b"".join(gzip.compress(r) for r in records)


T = Checks("warc-cli")


def run(lede, args, stdin=None):
    r = subprocess.run([lede, "warc", "--no-progress"] + args, capture_output=True, input=stdin, timeout=120)
    recs = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
    return r, recs


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    w = tempfile.mkdtemp(prefix="lede-warc-")
    atexit.register(shutil.rmtree, w, True)  # ignore_errors: the folder goes however main ends
    recs = [
        record("warcinfo", None, b"software: test\r\n", 0, "application/warc-fields"),
        record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n", 1, "application/http; msgtype=request"),
        record("response", "https://a.example/1", http(ARTICLE), 2),
        record("metadata", "https://a.example/1", b"fetchTimeMs: 12\r\n", 3, "application/warc-fields"),
        record("response", "https://a.example/2", http(gzip.compress(GERMAN.encode(), mtime=0), extra="Content-Encoding: gzip\r\n"), 4),
        record("response", "https://a.example/3", http(b"", extra="Transfer-Encoding: chunked\r\n")[:-0 or None].replace(b"Content-Length: 0\r\n", b"") + chunked(ARTICLE), 5),
        record("response", "https://a.example/img.png", http(b"\x89PNG\r\n\x1a\nxxxx", ctype="image/png"), 6),
        record("revisit", "https://a.example/1", b"HTTP/1.1 200 OK\r\n\r\n", 7),
        record("response", "https://a.example/404", http(ARTICLE, status="404 Not Found"), 8),
        record("resource", "https://a.example/res", ARTICLE.encode(), 9, "text/html"),
    ]
    plain = os.path.join(w, "a.warc")
    open(plain, "wb").write(b"".join(recs))
    per_member = os.path.join(w, "a.warc.gz")
    open(per_member, "wb").write(gz_members(recs))
    whole = os.path.join(w, "whole.warc.gz")
    open(whole, "wb").write(gzip.compress(b"".join(recs)))

    for name, path in (("plain", plain), ("gzip per record", per_member), ("gzip whole file", whole)):
        r, out = run(lede, ["-j", "2", path])
        uris = [o.get("warc_target_uri") for o in out]
        T.check(f"{name}: html responses and resources in input order",
                uris == ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/res"],
                f"got {uris} exit {r.returncode} {r.stderr.decode()[-300:]}")
        T.check(f"{name}: article fields", all((o.get("title"), "Paragraph 3" in (o.get("text") or "") or "Absatz 3" in (o.get("text") or ""))
                    == (("Sturm sperrt die Küstenstraße" if o.get("warc_target_uri") == "https://a.example/2"
                         else "Storm closes coast road"), True) for o in out),
                str([(o.get("title"), (o.get("text") or "")[:40]) for o in out]))
        T.check(f"{name}: warc fields", all(o.get("warc_record_id", "").startswith("<urn:uuid:") and o.get("warc_date") and "http_status" in o for o in out))
        T.check(f"{name}: summary on stderr", b"records" in r.stderr and r.returncode == 0, r.stderr.decode()[-300:])

    r, out = run(lede, ["--any-status", per_member])
    T.check("--any-status includes the 404", any(o.get("http_status") == 404 for o in out), str([o.get("http_status") for o in out]))
    r, out = run(lede, ["--filter-lang", "de", per_member])
    T.check("--filter-lang de keeps only the German page", [o.get("warc_target_uri") for o in out] == ["https://a.example/2"],
            str([o.get("warc_target_uri") for o in out]))
    r, out = run(lede, ["--min-text", "100000", per_member])
    T.check("--min-text drops short articles", out == [], str(len(out)))
    # --min-text counts the record's text as it holds it: with --text-format
    # markdown the heading and marks count too
    r, base = run(lede, ["--text-format", "markdown", per_member])
    n = len(base[0]["text"])
    r, out = run(lede, ["--text-format", "markdown", "--min-text", str(n), per_member])
    T.check("--min-text N keeps the Markdown text of N characters", base[0]["warc_record_id"] in
            [o["warc_record_id"] for o in out], f"{n} {[len(o['text']) for o in out]}")
    r, out = run(lede, ["--text-format", "markdown", "--min-text", str(n + 1), per_member])
    T.check("--min-text N+1 drops it", base[0]["warc_record_id"] not in [o["warc_record_id"] for o in out])
    # the page limits of lede: --max-bytes, --max-nodes, --max-depth
    r, out = run(lede, ["--max-bytes", "200", per_member])
    T.check("--max-bytes: larger pages give too_large records",
            out and all((o.get("error") or {}).get("code") == "too_large" for o in out) and r.returncode == 0,
            str([o.get("error") for o in out])[:300])
    r, out = run(lede, ["--max-nodes", "12", "--max-depth=3", per_member])
    T.check("--max-nodes/--max-depth: pages cut short say truncated",
            out and all(o.get("truncated") for o in out if not o.get("error")), str([o.get("truncated") for o in out]))
    r, out = run(lede, ["--max-nodes", "-1", per_member])
    T.check("--max-nodes -1 is a usage error", r.returncode == 2 and b"--max-nodes" in r.stderr, r.stderr.decode())
    r = subprocess.run([lede, "warc", "--help"], capture_output=True, timeout=60)
    T.check("--help lists the limits", all(o in r.stdout for o in (b"--max-bytes", b"--max-nodes", b"--max-depth")))
    r, out = run(lede, ["--quotes", per_member])
    T.check("--quotes: records carry quotes (a list)", out and all(isinstance(o.get("quotes"), list) for o in out),
            str([o.get("quotes") for o in out])[:200])
    quotes = [(o, q) for o in out for q in o.get("quotes") or []]
    T.check("--quotes: each quote's spans index its field (text, or title for the headline's)",
            quotes and all(q["field"] in ("text", "title") and " ".join(
                (o[q["field"]] or "")[s:e] for s, e in q["spans"]) == q["text"] for o, q in quotes),
            str([(q.get("field"), q.get("text")) for o, q in quotes])[:300])
    r, out = run(lede, [per_member])
    T.check("quotes are opt-in: null by default", out and all(o.get("quotes") is None and "quotes" in o for o in out),
            str([o.get("quotes") for o in out])[:200])

    # damage: garbage between records, a truncated member, a lying Content-Length
    # mtime=0: the same bytes every run. The decoder of the cut member reads
    # on into the next member, and with some header bytes there it failed
    # just after the record's declared length, which the reader took for a
    # complete record (its last bytes garbage); it now reports such a record
    # damaged whatever the bytes (test_warc.c warc_member_fails_right_after_block).
    gz = lambda b: gzip.compress(b, mtime=0)
    bad = [gz(recs[2]), b"garbage between records\n" * 3, gz(recs[4])[:-30],
           gz(record("response", "https://a.example/liar", http(ARTICLE), 10, length=99999)),
           gz(recs[9])]
    damaged = os.path.join(w, "damaged.warc.gz")
    open(damaged, "wb").write(b"".join(bad))
    r, out = run(lede, [damaged])
    uris = [o.get("warc_target_uri") for o in out]
    T.check("damaged archive: intact records survive", "https://a.example/1" in uris and "https://a.example/res" in uris,
            f"{uris} {r.stderr.decode()[-400:]}")
    errs = {o.get("warc_target_uri"): (o.get("error") or {}).get("code") for o in out}
    T.check("damaged archive: each damaged record gives an error record",
            errs.get("https://a.example/2") and errs.get("https://a.example/liar"), str(errs))
    T.check("damaged archive: damage reported on stderr", b"damage" in r.stderr and b"corrupt" in r.stderr,
            r.stderr.decode()[-400:])

    # output compression and sharding
    outgz = os.path.join(w, "out.jsonl.gz")
    r, _ = run(lede, ["-o", outgz, per_member])
    lines = gzip.open(outgz).read().decode().splitlines() if os.path.exists(outgz) else []
    T.check("-o out.jsonl.gz writes gzip JSON Lines", len(lines) == 4 and all(json.loads(l) for l in lines), str(len(lines)))
    pattern = os.path.join(w, "part-%03d.jsonl")
    r, _ = run(lede, ["-o", pattern, per_member, plain])
    shards = sorted(f for f in os.listdir(w) if f.startswith("part-"))
    T.check("-o pattern: one shard per input", shards == ["part-000.jsonl", "part-001.jsonl"], str(shards))

    # stdin and a missing file
    r, out = run(lede, ["-"], stdin=open(per_member, "rb").read())
    T.check("standard input", len(out) == 4, str(len(out)))
    r, out = run(lede, [os.path.join(w, "missing.warc.gz")])
    T.check("missing input: exit 1, reported", r.returncode == 1 and r.stderr, f"exit {r.returncode}")
    vanishing_records(lede, w)
    output_files(lede, w)
    progress_and_short_options(lede, per_member)
    return T.end()


def progress_and_short_options(lede, path):
    """The progress bar (forced with --progress, as stderr is a pipe here)
    counts HTML pages, articles and error records, not WARC records; its
    time left is unknown for the first second rather than 0:00:00. And
    short options take attached values (-j2) as getopt does."""
    r, out = run(lede, ["--progress", "-j2", path])
    err = r.stderr.decode()
    lines = [l for l in err.replace("\r", "\n").split("\n") if "pages/s" in l and "ETA" in l]
    T.check("--progress -j2: the bar is drawn, with pages/s", r.returncode == 0 and lines and len(out) == 4,
            f"exit {r.returncode} {err[-300:]!r}")
    last = lines[-1] if lines else ""
    arts = int(last.split(" articles")[0].split()[-1]) if " articles" in last else -1
    errs = int(last.split(" errors")[0].split()[-1]) if " errors" in last else -1
    want_arts = sum(1 for o in out if not o.get("error"))
    T.check("progress: articles and errors as the records say", (arts, errs) == (want_arts, len(out) - want_arts),
            f"{last!r} want {want_arts} articles")
    T.check("progress: no records/s, a first ETA that says it is unknown",
            "rec/s" not in err and "ETA -:--:--" in err and "ETA 0:00:00" not in err, repr(err[-300:]))
    # -j 0 is every core, as for lede; the output is the same as -j 1's
    r0, out0 = run(lede, ["-j", "0", path])
    r1, out1 = run(lede, ["-j1", path])
    T.check("-j 0: every core, the records of -j 1", r0.returncode == 0 and out0 == out1 and len(out0) == 4,
            f"exit {r0.returncode} {r0.stderr.decode()[-200:]}")
    r, _ = run(lede, ["-j", "1025", path])
    T.check("-j 1025 is a usage error", r.returncode == 2, f"exit {r.returncode}")
    r, _ = run(lede, ["-qx", path])
    T.check("a flag with an attached value is a usage error", r.returncode == 2, f"exit {r.returncode}")


def page_records(n0, count, prefix="https://v.example/"):
    return [record("response", f"{prefix}{i}", http(ARTICLE), n0 + i) for i in range(count)]


def vanishing_records(lede, w):
    """Every record that could hold a page gives its record or an error record."""
    # a gzip member cut short, followed only by short members: its decoder
    # reads their bytes as its own until the end of the input, no error
    # (longer followers give invalid data first, which always resynced)
    tiny = "<html><title>Tide</title><p>The tide mill opens on Sunday.</p></html>"
    recs = page_records(100, 3) + [record("response", f"https://v.example/{i}", http(tiny), 110 + i)
                                   for i in range(3, 6)]
    members = [gzip.compress(r, mtime=0) for r in recs]  # mtime=0: the same bytes every run
    members[2] = members[2][:-12]  # the trailer and the last bytes of the deflate stream
    path = os.path.join(w, "cut-member.warc.gz")
    open(path, "wb").write(b"".join(members))
    r, out = run(lede, ["-j", "2", path])
    uris = [o["warc_target_uri"] for o in out]
    T.check("cut gzip member then short members: every record or its error record",
            uris == [f"https://v.example/{i}" for i in range(6)], f"{uris} {r.stderr.decode()[-300:]}")
    T.check("cut gzip member: its record is an error record",
            [bool(o["error"]) for o in out][:3] == [False, False, True], str([o["error"] for o in out]))
    # a WARC header over the 256 KiB cap, in a plain file and per-record gzip
    big = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://v.example/huge-header\r\n"
           b"WARC-Record-ID: <urn:uuid:huge>\r\n" + b"X-Padding: " + b"y" * 300000 + b"\r\n"
           b"Content-Length: 10\r\n\r\n0123456789\r\n\r\n")
    recs = page_records(200, 2) + [big] + page_records(300, 2, "https://v.example/after-")
    for name, data in (("plain", b"".join(recs)), ("gzip", b"".join(gzip.compress(x) for x in recs))):
        path = os.path.join(w, f"huge-header.{name}")
        open(path, "wb").write(data)
        r, out = run(lede, [path])
        got = [(o["warc_target_uri"], (o["error"] or {}).get("code")) for o in out]
        T.check(f"WARC header over 256 KiB ({name}): an error record, and the records after it",
                got == [("https://v.example/0", None), ("https://v.example/1", None),
                        ("https://v.example/huge-header", "io"), ("https://v.example/after-0", None),
                        ("https://v.example/after-1", None)], f"{got} {r.stderr.decode()[-300:]}")
    # the summary counts what was read, output and skipped
    T.check("summary: records read, pages, error records, bytes skipped",
            all(k in r.stderr for k in (b"records read: ", b"articles: 4", b"error records: 1", b"bytes skipped")),
            r.stderr.decode())
    # a truncated compressed HTTP body: cut text is flagged
    cut = gzip.compress(ARTICLE.encode())[:-25]
    path = os.path.join(w, "cut-body.warc")
    open(path, "wb").write(record("response", "https://v.example/cut-body",
                                  http(cut, extra="Content-Encoding: gzip\r\n"), 400))
    r, out = run(lede, [path])
    T.check("truncated gzip body: truncated true", len(out) == 1 and out[0]["truncated"] is True
            and "Paragraph 0" in (out[0]["text"] or ""), str(out)[:300])
    r, out = run(lede, [os.path.join(w, "cut-member.warc.gz")])
    T.check("whole bodies: truncated false", all(o["truncated"] is False for o in out if not o["error"]))
    # not a WARC at all
    path = os.path.join(w, "not-a-warc.bin")
    open(path, "wb").write(bytes(range(256)) * 40)
    r, out = run(lede, [path])
    T.check("not a WARC file: exit 1 and said", r.returncode == 1 and b"not a WARC file" in r.stderr,
            f"exit {r.returncode} {r.stderr.decode()[-200:]}")
    path = os.path.join(w, "empty.warc")
    open(path, "wb").write(b"")
    r, out = run(lede, [path])
    T.check("an empty file is an empty WARC: exit 0", r.returncode == 0 and out == [], f"exit {r.returncode}")


def output_files(lede, w):
    """Outputs are complete or absent; failures stop the run and say why."""
    import signal
    import time
    many = os.path.join(w, "many.warc.gz")
    open(many, "wb").write(b"".join(gzip.compress(x) for x in page_records(1000, 400)))
    d = os.path.join(w, "out")
    r, _ = run(lede, ["-o", os.path.join(d, "all.jsonl.zst"), many])
    T.check("-o: the finished output under its name, no temporary file left",
            r.returncode == 0 and os.listdir(d) == ["all.jsonl.zst"], str(os.listdir(d)))
    # a width that would overflow the name, or waste time, is refused
    r, _ = run(lede, ["-o", os.path.join(w, "p-%0999999d.jsonl"), many])
    T.check("-o pattern with a huge width: usage error", r.returncode == 2, f"exit {r.returncode}")
    r, _ = run(lede, ["-o", os.path.join(w, "x" * 4000 + "-%05d.jsonl"), many])
    T.check("-o pattern whose name is too long: exit 1, said", r.returncode == 1 and
            (b"too long" in r.stderr or b"File name too long" in r.stderr), r.stderr.decode()[-200:])
    # a full disk: the real reason, and the input is not read to its end
    r, _ = run(lede, ["-j", "1", "-o", "/dev/full", many])
    read = int(r.stderr.split(b"records read: ")[1].split()[0]) if b"records read: " in r.stderr else -1
    T.check("write error: exit 1 with the real errno", r.returncode == 1 and b"No space left on device" in r.stderr,
            r.stderr.decode()[-300:])
    T.check("write error: stops reading at once", 0 <= read < 400, f"records read {read}")
    # SIGTERM while writing: exit 128+15 and no partial output under any name
    d2 = os.path.join(w, "killed")
    os.makedirs(d2)
    p = subprocess.Popen([lede, "warc", "-q", "-o", os.path.join(d2, "part-%03d.jsonl.gz"), "-"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    data = open(many, "rb").read()
    p.stdin.write(data[: len(data) // 2])  # then nothing more: lede waits on the pipe
    p.stdin.flush()
    time.sleep(1.0)
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
    p.stdin.close()
    err = p.stderr.read()
    T.check("SIGTERM: exit 143, said", p.returncode == 143 and b"interrupted" in err, f"exit {p.returncode} {err[-200:]}")
    T.check("SIGTERM: no partial output left", os.listdir(d2) == [], str(os.listdir(d2)))


if __name__ == "__main__":
    sys.exit(main())
