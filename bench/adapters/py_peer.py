#!/usr/bin/env python3
"""Run one Python peer extractor over a list file, in ONE process.

    py_peer.py TOOL LISTFILE

TOOL is one of: trafilatura, trafilatura-fast, resiliparse, readability-lxml,
newspaper4k, htmldate.  LISTFILE holds `PATH<TAB>URL` lines (the protocol of
shared/bench/score.py).  Prints one JSON object per page on stdout:
{"source", "title", "authors", "date", "text"} (+ "error" when the peer threw).

Robustness: every page is extracted inside try/except and a per-page alarm
(PAGE_TIMEOUT seconds); a page that throws or times out yields a record with
empty fields and an "error" note, never a lost batch.

Start-up: imports and a warm-up extraction of a tiny built-in page happen
before the list is read, so an empty list measures exactly the start-up cost
that bench/run.py subtracts.
"""
import json, os, re, signal, sys

PAGE_TIMEOUT = 60
WARMUP_HTML = (b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Warm up</title>"
               b"<meta name='author' content='A. Writer'>"
               b"<meta property='article:published_time' content='2020-01-02T03:04:05Z'></head>"
               b"<body><article><h1>Warm up</h1>"
               + b"<p>This is a short paragraph of text that is only used to warm up the extractor. "
                 b"It has a few sentences, enough words, and nothing else of note.</p>" * 4
               + b"</article></body></html>")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def decode_html(data):
    """Bytes -> str for peers that only take str (newspaper4k): BOM, then UTF-8,
    then a <meta charset> in the first 4 KiB, then windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")


def http_url(url):
    return url if url and url.startswith(("http://", "https://")) else None


BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
         "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
         "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre",
         "figure", "figcaption", "hr", "address", "details", "summary", "form", "fieldset",
         "center", "body", "html"}


_WS = re.compile(r"\s+")


def lxml_to_text(root):
    """Block-aware text of an lxml element: a newline around each block
    element and <br>, whitespace collapsed per line, blank lines dropped."""
    from lxml import etree
    parts = []
    for ev, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None
        if ev == "start":
            if tag is None:
                continue
            tag = tag.lower()
            if tag in ("script", "style", "noscript", "template"):
                continue
            if tag in BLOCK or tag == "br":
                parts.append("\n")
            if el.text:
                parts.append(_WS.sub(" ", el.text))
        else:
            if tag is not None and tag.lower() in BLOCK:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(_WS.sub(" ", el.tail))
    lines = (" ".join(l.split()) for l in "".join(parts).split("\n"))
    return "\n".join(l for l in lines if l)


def iso_date(d):
    if not d:
        return ""
    if hasattr(d, "isoformat"):
        return d.isoformat()
    return str(d)


# ---------------------------------------------------------------- the peers

def make_trafilatura(fast):
    import trafilatura

    def run(data, url):
        doc = trafilatura.bare_extraction(data, url=http_url(url), with_metadata=True, fast=fast)
        if doc is None:
            return {}
        text = doc.text or ""
        if doc.comments:  # what trafilatura.extract() prints in its default txt output
            text = text + "\n" + doc.comments
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return {"title": doc.title or "", "authors": authors, "date": doc.date or "", "text": text}
    return run


def make_resiliparse():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(data, url):
        tree = HTMLTree.parse(bytes_to_str(data, detect_encoding(data)))
        return {"title": tree.title or "", "text": extract_plain_text(tree, main_content=True)}
    return run


def make_readability_lxml():
    import logging
    logging.getLogger("readability").setLevel(logging.ERROR)
    import lxml.html
    from readability import Document

    def run(data, url):
        doc = Document(data, url=http_url(url))
        summary = doc.summary(html_partial=True)
        text = lxml_to_text(lxml.html.fragment_fromstring(summary, create_parent="div")) if summary else ""
        return {"title": doc.short_title() or "", "text": text}
    return run


def make_newspaper4k():
    import logging
    logging.getLogger("newspaper").setLevel(logging.CRITICAL)
    # tldextract would try to fetch the public suffix list over the network;
    # use the snapshot it ships instead (no network in a benchmark).
    import tldextract
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    import newspaper.urls, newspaper.network
    newspaper.urls.tldextract = type("T", (), {"extract": staticmethod(offline)})
    newspaper.network.tldextract = newspaper.urls.tldextract
    from newspaper import Article

    def run(data, url):
        a = Article(http_url(url) or "http://localhost/article.html", fetch_images=False)
        a.download(input_html=decode_html(data))
        a.parse()
        return {"title": a.title or "", "authors": list(a.authors or []),
                "date": iso_date(a.publish_date), "text": a.text or ""}
    return run


def make_htmldate():
    import logging
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    from htmldate import find_date

    def run(data, url):
        return {"date": find_date(data, url=http_url(url)) or ""}
    return run


TOOLS = {
    "trafilatura": lambda: make_trafilatura(False),
    "trafilatura-fast": lambda: make_trafilatura(True),
    "resiliparse": make_resiliparse,
    "readability-lxml": make_readability_lxml,
    "newspaper4k": make_newspaper4k,
    "htmldate": make_htmldate,
}


class PageTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise PageTimeout(f"page took over {PAGE_TIMEOUT}s")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in TOOLS:
        sys.exit(f"usage: py_peer.py {{{','.join(TOOLS)}}} LISTFILE")
    extract = TOOLS[sys.argv[1]]()
    try:
        extract(WARMUP_HTML, "http://example.com/2020/01/02/warm-up.html")
    except Exception:
        pass
    signal.signal(signal.SIGALRM, _alarm)
    out = sys.stdout
    with open(sys.argv[2], encoding="utf-8") as lf:
        for line in lf:
            line = line.rstrip("\r\n")
            if not line:
                continue
            path, _, url = line.partition("\t")
            rec = {"source": path, "title": "", "authors": [], "date": "", "text": ""}
            try:
                with open(path, "rb") as f:
                    data = f.read()
                signal.alarm(PAGE_TIMEOUT)
                try:
                    got = extract(data, url)
                finally:
                    signal.alarm(0)
                rec.update((k, v) for k, v in got.items() if v is not None)
            except (Exception, RecursionError, PageTimeout) as e:
                rec["error"] = f"{type(e).__name__}: {str(e)[:200]}"
            # ASCII JSON: score.py splits the output with str.splitlines(), which
            # would also break a line at a raw U+2028, U+2029 or U+0085.
            out.write(json.dumps(rec) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
