#!/usr/bin/env bash
# seeds.sh: builds the seed corpora of the fuzz targets from the project's
# own test inputs, into build-fuzz/corpus-<target>/:
#   fuzz_parse    every golden case page and tests/regress/parse input
#   fuzz_extract  the same pages, each behind a first byte choosing options,
#                 and the tests/regress/extract inputs
#   fuzz_warc     the WARC regress inputs plus a small WARC of golden pages
#   fuzz_args     a few command lines
#   fuzz_gzip     small golden pages behind a shape byte, real gzip data,
#                 and the tests/regress/gzip inputs
# Then, for example:
#   build-fuzz/fuzz_extract -dict=fuzz/html.dict -max_len=65536 build-fuzz/corpus-fuzz_extract
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-fuzz
mkdir -p "$out"/corpus-fuzz_parse "$out"/corpus-fuzz_extract "$out"/corpus-fuzz_warc "$out"/corpus-fuzz_args \
    "$out"/corpus-fuzz_gzip
i=0
for page in tests/golden/*/case.html tests/regress/parse/*.html examples/article.html; do
    name=$(echo "$page" | tr '/' '_')
    cp "$page" "$out/corpus-fuzz_parse/$name"
    { printf "\\$(printf '%03o' $((i % 32)))"; cat "$page"; } > "$out/corpus-fuzz_extract/$name"
    i=$((i + 1))
done
# the kept findings (tests/regress/<target>/, in each target's input format)
# go into the corpora too, so every smoke run replays them first
cp tests/regress/extract/*.bin "$out/corpus-fuzz_extract/" 2>/dev/null || true
cp tests/regress/warc/*.bin "$out/corpus-fuzz_warc/" 2>/dev/null || true
cp tests/regress/gzip/*.bin "$out/corpus-fuzz_gzip/" 2>/dev/null || true
python3 - "$out/corpus-fuzz_warc/golden.warc" <<'PY'
import glob, sys
out = open(sys.argv[1], "wb")
for n, page in enumerate(sorted(glob.glob("tests/golden/*/case.html"))[:8]):
    body = open(page, "rb").read()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    out.write(b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%036d>\r\n"
              b"WARC-Target-URI: https://example.com/%d\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: %d\r\n\r\n" % (n, n, len(http)) + http + b"\r\n\r\n")
PY
# fuzz_gzip: small golden pages behind every shape byte (fuzz/fuzz_gzip.c: one
# member, several, cut, lying length or CRC, bytes after, a flipped byte),
# and real gzip data as it is (shape 7): one member, two concatenated, one
# cut, one with a file name, an empty member.
python3 - "$out/corpus-fuzz_gzip" <<'PY'
import glob, gzip, os, sys, zlib
out = sys.argv[1]
pages = [p for p in sorted(glob.glob("tests/golden/*/case.html")) if os.path.getsize(p) < 4096][:24]
for n, page in enumerate(pages):
    body = open(page, "rb").read()
    shape = n % 7
    arg = (n * 37) & 0xFF
    cfg = shape | ((n // 7) % 4) << 3 | (32 if n % 3 == 0 else 0)
    open(os.path.join(out, "shape%d-%02d" % (shape, n)), "wb").write(bytes([cfg, arg]) + body)
body = open(pages[0], "rb").read() if pages else b"<html><title>t</title><p>Text.</p>"
one = gzip.compress(body, mtime=0)
named = bytearray(one[:3]) + bytes([one[3] | 8]) + one[4:10] + b"page.html\0" + one[10:]
raw = {"one": one, "two": one + gzip.compress(body[::-1], mtime=0), "cut": one[: len(one) // 2],
       "named": bytes(named), "empty": gzip.compress(b"", mtime=0), "junk-after": one + b"\0\0junk"}
for name, data in raw.items():
    open(os.path.join(out, "raw-" + name), "wb").write(bytes([7 | 32, 0]) + data)
PY
printf -- '--format\0json\0a.html' > "$out/corpus-fuzz_args/json"
printf -- '-l\0list.txt\0--max-bytes=10\0--charset\0koi8-r' > "$out/corpus-fuzz_args/list"
printf -- '-f\0markdown\0--max-nodes\0100\0--\0-x.html\0-' > "$out/corpus-fuzz_args/files"
echo "seeds: $(ls "$out"/corpus-fuzz_parse | wc -l) pages, $(ls "$out"/corpus-fuzz_warc | wc -l) WARC inputs, $(ls "$out"/corpus-fuzz_gzip | wc -l) gzip inputs, $(ls "$out"/corpus-fuzz_args | wc -l) command lines"
