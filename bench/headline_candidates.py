#!/usr/bin/env python3
"""List the places a page states its headline, to write a hand-checked entry.

    bench/headline_candidates.py [--data ../shared/data] SET:ID [SET:ID ...]
    bench/headline_candidates.py PAGE.html[.gz] ...

For each page prints, from the HTML alone (lede is not run, so an entry
written from this listing cannot copy lede's answer): `<title>`, og:title,
twitter:title, the JSON-LD `headline`/`name` of article-like objects, every
`<h1>`, the first `<h2>`s, and elements marked `itemprop=headline` or with a
class/id holding "headline" or "title" (entry-title, article-title, ...).
Text is shown as the page prints it: entities decoded, white space folded,
typography kept. Hidden elements are not told apart: the reader of the
listing decides which one is the visible heading, reading the page where
the listing leaves a doubt. Standard library only (html.parser).
"""
import argparse
import gzip
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADLINE_HINT = re.compile(r"headline|(^|[-_ ])(entry|post|article|story|page|news|content)[-_]?title|^title$", re.I)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def decode(raw):
    """The page's bytes as text: the declared charset, else UTF-8, else windows-1252."""
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", raw[:4096])
    for enc in ([m.group(1).decode("ascii", "replace")] if m else []) + ["utf-8"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("windows-1252", "replace")


class Lister(HTMLParser):
    """Collects the text of headline-like elements; nesting tracked by a stack."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # [tag, label or None, text parts]
        self.found = []          # (label, text) in document order
        self.metas = {}
        self.jsonld = []
        self.in_script = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:title", "twitter:title") and key not in self.metas:
                self.metas[key] = fold(a.get("content", ""))
            return
        if tag == "script":
            self.in_script = [a.get("type", "").lower(), []]
            return
        if tag in VOID:
            return
        label = None
        cls = a.get("class", "") + " " + a.get("id", "")
        if tag in ("title", "h1", "h2"):
            label = tag
        elif a.get("itemprop", "").lower() == "headline":
            label = f"{tag}[itemprop=headline]"
        elif tag in ("h3", "h4", "div", "span", "p", "header", "a") and any(HEADLINE_HINT.search(c) for c in cls.split()):
            label = f"{tag}.{fold(cls)[:40]}"
        if tag == "title" and any(s[0] == "svg" for s in self.stack):
            label = None
        self.stack.append([tag, label, []])

    def handle_endtag(self, tag):
        if tag == "script" and self.in_script is not None:
            if "ld+json" in self.in_script[0]:
                self.jsonld.append("".join(self.in_script[1]))
            self.in_script = None
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, label, parts in reversed(self.stack[i:]):
                    text = fold("".join(parts))
                    if label and text:
                        self.found.append((label, text))
                # text of closed children flows up to the parent
                joined = "".join(p for s in self.stack[i:] for p in s[2])
                del self.stack[i:]
                if self.stack:
                    self.stack[-1][2].append(joined)
                return

    def handle_data(self, data):
        if self.in_script is not None:
            self.in_script[1].append(data)
        elif self.stack:
            self.stack[-1][2].append(data)


def jsonld_headlines(blobs):
    out = []

    def walk(o):
        if isinstance(o, dict):
            t = o.get("@type")
            t = " ".join(t) if isinstance(t, list) else str(t or "")
            for k in ("headline", "name"):
                v = o.get(k)
                if isinstance(v, str) and (k == "headline" or re.search(r"Article|Posting|Report", t)):
                    out.append((f"jsonld {t}.{k}", fold(v)))
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    for b in blobs:
        try:
            walk(json.loads(b))
        except ValueError:
            out.append(("jsonld", "(unparsable)"))
    return out


def page_path(data, spec):
    if os.path.exists(spec):
        return spec, ""
    name, cid = spec.split(":", 1)
    with open(os.path.join(data, name, "cases.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if c["id"] == cid:
                return os.path.join(data, name, c["file"]), c.get("url", "")
    sys.exit(f"no page {spec}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "data")))
    ap.add_argument("--h2", type=int, default=3, help="how many h2s to list (default 3)")
    ap.add_argument("--hints", type=int, default=4, help="how many class-named title elements to list (default 4)")
    ap.add_argument("pages", nargs="+")
    a = ap.parse_args()
    for spec in a.pages:
        path, url = page_path(a.data, spec)
        raw = (gzip.open if path.endswith(".gz") else open)(path, "rb").read()
        p = Lister()
        try:
            p.feed(decode(raw))
            p.close()
        except Exception as e:  # html.parser gives up on some broken markup
            print(f"  (parser stopped: {e})")
        print(f"== {spec}  {url}")
        for k, v in p.metas.items():
            print(f"  {k:24} {v}")
        for k, v in jsonld_headlines(p.jsonld):
            print(f"  {k[:24]:24} {v}")
        h2 = hint = 0
        seen = set()
        for label, text in p.found:
            if label == "h2":
                h2 += 1
                if h2 > a.h2:
                    continue
            elif label not in ("title", "h1") and "itemprop" not in label:
                hint += 1
                if hint > a.hints:
                    continue
            if (label, text) in seen or len(text) > 300:
                continue
            seen.add((label, text))
            print(f"  {label[:24]:24} {text}")


if __name__ == "__main__":
    main()
