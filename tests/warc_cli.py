#!/usr/bin/env python3
"""warc_cli.py: end-to-end tests of `lede warc` on small WARC files built
here (no data set needed): record kinds, compression, HTTP decoding,
damage, ordering, filters, output compression and sharding, and the
summary counts. Complements the reader's unit tests (tests/unit/test_warc.c).

    tests/warc_cli.py [build/lede]

Ends with "warc-cli: N passed, N failed"."""
import gzip, json, os, subprocess, sys, tempfile, zlib

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


class T:
    passed = failed = 0

    @classmethod
    def check(cls, name, cond, detail=""):
        print(("ok   " if cond else "FAIL ") + name + ("" if cond else "  " + detail))
        if cond:
            cls.passed += 1
        else:
            cls.failed += 1


def run(lede, args, stdin=None):
    r = subprocess.run([lede, "warc", "--no-progress"] + args, capture_output=True, input=stdin, timeout=120)
    recs = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
    return r, recs


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    w = tempfile.mkdtemp(prefix="lede-warc-")
    recs = [
        record("warcinfo", None, b"software: test\r\n", 0, "application/warc-fields"),
        record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n", 1, "application/http; msgtype=request"),
        record("response", "https://a.example/1", http(ARTICLE), 2),
        record("metadata", "https://a.example/1", b"fetchTimeMs: 12\r\n", 3, "application/warc-fields"),
        record("response", "https://a.example/2", http(gzip.compress(GERMAN.encode()), extra="Content-Encoding: gzip\r\n"), 4),
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

    # damage: garbage between records, a truncated member, a lying Content-Length
    bad = [gzip.compress(recs[2]), b"garbage between records\n" * 3, gzip.compress(recs[4])[:-30],
           gzip.compress(record("response", "https://a.example/liar", http(ARTICLE), 10, length=99999)),
           gzip.compress(recs[9])]
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
    print(f"warc-cli: {T.passed} passed, {T.failed} failed")
    return 1 if T.failed else 0


if __name__ == "__main__":
    sys.exit(main())
