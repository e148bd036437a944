#!/usr/bin/env python3
"""warc_pipeline.py: the Python pipelines lede warc is compared with, each
doing lede warc's job (read a WARC, keep HTML responses, extract, write one
JSON line per page) in one process, one core:

    warc_pipeline.py fastwarc-resiliparse FILE.warc.gz > out.jsonl
    warc_pipeline.py warcio-trafilatura   FILE.warc.gz > out.jsonl

FastWARC + Resiliparse: ArchiveIterator (response records, HTTP parsed),
bytes_to_str with the detected encoding, extract_plain_text(main_content=True).
warcio + trafilatura: ArchiveIterator, content_stream() (de-chunked and
decompressed), trafilatura.extract with JSON output (its default mode).
Prints to stderr: pages, CPU seconds."""
import json, sys, time


def fastwarc_resiliparse(path, out):
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.extract.html2text import extract_plain_text
    n = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            ctype = (rec.http_headers.get("Content-Type") or "") if rec.http_headers else ""
            if "html" not in ctype.lower():
                continue
            body = rec.reader.read()
            try:
                text = extract_plain_text(bytes_to_str(body, detect_encoding(body)), main_content=True)
            except Exception as e:  # one bad page never loses the batch
                text = ""
            out.write(json.dumps({"url": rec.headers.get("WARC-Target-URI"), "text": text}) + "\n")
            n += 1
    return n


def warcio_trafilatura(path, out):
    from warcio.archiveiterator import ArchiveIterator
    import trafilatura
    n = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response" or not rec.http_headers:
                continue
            if "html" not in (rec.http_headers.get_header("Content-Type") or "").lower():
                continue
            body = rec.content_stream().read()
            try:
                res = trafilatura.extract(body, output_format="json", with_metadata=True,
                                          url=rec.rec_headers.get_header("WARC-Target-URI")) or "{}"
            except Exception:
                res = "{}"
            out.write(res.replace("\n", " ") + "\n")
            n += 1
    return n


def main():
    tool, path = sys.argv[1], sys.argv[2]
    fn = {"fastwarc-resiliparse": fastwarc_resiliparse, "warcio-trafilatura": warcio_trafilatura}[tool]
    t0 = time.process_time()
    n = fn(path, sys.stdout)
    print(f"{tool}: {n} pages, {time.process_time() - t0:.2f} CPU s", file=sys.stderr)


if __name__ == "__main__":
    main()
