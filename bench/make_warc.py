#!/usr/bin/env python3
"""make_warc.py: builds a Common-Crawl-like WARC file from the pages of
../shared/data/trafilatura-eval/html/*.html.gz, to measure `lede warc`.

How the file is made (deterministic: same inputs, same bytes):
  - one warcinfo record, then for every page, in sorted file-name order,
    the triple Common Crawl writes: a request record, a response record and
    a metadata record (WARC/1.0 headers with WARC-Record-ID, WARC-Date,
    WARC-Target-URI, Content-Type, Content-Length);
  - the response block is a synthetic HTTP/1.1 head ("200 OK",
    "Content-Type: text/html; charset=utf-8" when the page decodes as UTF-8,
    plain "text/html" otherwise, Date, Server, Content-Length) followed by
    the page bytes as stored; every 10th response is sent with
    "Content-Encoding: gzip" and every 15th with "Transfer-Encoding:
    chunked", so body decoding is part of what is measured;
  - the target URI is made from the case id (https://<host>/<rest>), as the
    data set has no real URLs;
  - each record is its own gzip member (level 6), like Common Crawl;
    --compress none writes an uncompressed .warc.
  --copies N repeats the page set N times (new record ids) for a bigger file;
  --offset N skips the first N pages, so --offset/--limit cut the set into
  distinct files (the cluster tests in tests/distributed/ do);
  --pages DIR takes the pages from DIR instead (*.html.gz or *.html).

    bench/make_warc.py [--out PATH] [--copies N] [--offset N] [--limit N] [--compress gzip|none] [--pages DIR]
"""
import argparse, gzip, hashlib, os, sys, uuid, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "trafilatura-eval", "html"))
DATE = "2026-11-01T12:00:00Z"
HTTP_DATE = "Sun, 01 Nov 2026 12:00:00 GMT"


def rid(*parts):
    return "<urn:uuid:%s>" % uuid.UUID(hashlib.md5("/".join(parts).encode()).hexdigest())


def record(wtype, uri, block, ctype, parts):
    head = ["WARC/1.0", "WARC-Type: " + wtype, "WARC-Date: " + DATE, "WARC-Record-ID: " + rid(*parts)]
    if uri:
        head.append("WARC-Target-URI: " + uri)
    head += ["Content-Type: " + ctype, "Content-Length: %d" % len(block)]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def url_for(name):
    case = name.split(".html")[0]
    host, _, rest = case.partition("-")
    if "." not in host:
        host, rest = "example.org", case
    return "https://%s/%s" % (host.lower(), rest)


def chunked(body, size=4096):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(HERE, "cache", "warc", "bench.warc.gz"))
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--compress", choices=["gzip", "none"], default="gzip")
    ap.add_argument("--pages", default=DATA)
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.pages) if n.endswith((".html.gz", ".html")))
    names = names[a.offset:]
    if a.limit:
        names = names[:a.limit]
    pages = []
    for n in names:
        opener = gzip.open if n.endswith(".gz") else open
        with opener(os.path.join(a.pages, n), "rb") as f:
            pages.append((n, f.read()))
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    pack = (lambda b: gzip.compress(b, 6, mtime=0)) if a.compress == "gzip" else (lambda b: b)
    count = 0
    with open(a.out, "wb") as out:
        info = b"software: lede bench/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        out.write(pack(record("warcinfo", None, info, "application/warc-fields", ["info"])))
        for c in range(a.copies):
            for i, (name, html) in enumerate(pages):
                uri = url_for(name) + ("" if c == 0 else "?copy=%d" % c)
                k = str(c)
                req = ("GET /%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: lede-bench\r\n\r\n" %
                       (uri.split("/", 3)[3], uri.split("/")[2])).encode()
                out.write(pack(record("request", uri, req, "application/http; msgtype=request", [k, name, "q"])))
                try:
                    html.decode("utf-8")
                    ct = "text/html; charset=utf-8"
                except UnicodeDecodeError:
                    ct = "text/html"
                hdr = ["HTTP/1.1 200 OK", "Date: " + HTTP_DATE, "Server: bench", "Content-Type: " + ct]
                body = html
                if i % 10 == 9:
                    body = gzip.compress(body, 6, mtime=0)
                    hdr.append("Content-Encoding: gzip")
                if i % 15 == 14:
                    body = chunked(body)
                    hdr.append("Transfer-Encoding: chunked")
                else:
                    hdr.append("Content-Length: %d" % len(body))
                block = ("\r\n".join(hdr) + "\r\n\r\n").encode() + body
                out.write(pack(record("response", uri, block, "application/http; msgtype=response", [k, name, "r"])))
                meta = b"fetchTimeMs: 120\r\ncharset-detected: UTF-8\r\n"
                out.write(pack(record("metadata", uri, meta, "application/warc-fields", [k, name, "m"])))
                count += 1
    print("make_warc: %d pages, %d bytes -> %s" % (count, os.path.getsize(a.out), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
