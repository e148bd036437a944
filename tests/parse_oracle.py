#!/usr/bin/env python3
"""parse_oracle.py: differential check of lede's HTML parser against the
parse oracle (lexbor's body text for the trafilatura-eval pages; see
../shared/data/parse-oracle/README.md).

For every page of ../shared/data/trafilatura-eval/html/*.html.gz that is
valid UTF-8 (the oracle parsed raw bytes as UTF-8, so the others carry
replacement characters and are skipped), runs tools/dev/lede_textdump on
all pages in one process and compares:
  - text: the sequence of body text nodes (primary check);
  - tags: the parent tag of each text node (secondary, case-insensitive).
Prints each mismatching page with its first difference and ends with
"oracle: N matched of M" (text) and the parent-tag count. Exits 0 with
"skipped: ../shared not found" when the data is absent; exits 1 when a
page's text differs.

With --lexbor (needs the selectolax package, i.e. lexbor itself), also
compares the whole element structure of <body> with lexbor's for each page
("structure: N identical of M"). selectolax's lexbor runs with scripting
off, so <noscript> elements are removed from the input on both sides, and
<template> contents (a separate fragment in lexbor) are not compared.

Usage: tests/parse_oracle.py [--bin PATH] [--data DIR] [-v] [--page NAME] [--lexbor]
"""
import argparse
import glob
import gzip
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_oracle(path):
    pages = {}
    cur = None
    with gzip.open(path, "rb") as f:
        for raw in f:
            line = raw.rstrip(b"\n").decode("utf-8", errors="replace")
            if line.startswith("PAGE "):
                cur = pages.setdefault(line[5:], [])
            elif cur is not None:
                tag, _, text = line.partition("\t")
                cur.append((tag.lower(), text))
    return pages


def parse_dump(out):
    pages = {}
    cur = None
    for raw in out.split(b"\n"):
        line = raw.decode("utf-8", errors="replace")
        if line.startswith("PAGE "):
            cur = pages.setdefault(line[5:], [])
        elif cur is not None and line:
            tag, _, text = line.partition("\t")
            cur.append((tag.lower(), text))
    return pages


def first_diff(a, b):
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else None
        y = b[i] if i < len(b) else None
        if x != y:
            return i, x, y
    return None


WS = re.compile(r"[ \t\n\f\r]+")
NOSCRIPT = re.compile(rb"(?is)<noscript[^>]*>.*?</noscript\s*>")


def lexbor_tree(node, out):
    """lexbor's body as lines like lede_textdump --tree: +tag, -, #text."""
    t = node.tag
    if t == "-text":
        txt = WS.sub(" ", node.text_content or "").strip(" ")
        if txt:
            out.append("#" + txt)
        return
    if t is None or t.startswith("_") or t.startswith("!") or t == "-comment":
        return
    out.append("+" + t.lower())
    if t.lower() != "template":
        c = node.child
        while c is not None:
            lexbor_tree(c, out)
            c = c.next
    out.append("-")


def parse_tree_dump(out):
    """lede_textdump --tree --batch output per page, template contents dropped."""
    pages, cur, skip = {}, None, 0
    for raw in out.split(b"\n"):
        line = raw.decode("utf-8", errors="replace")
        if line.startswith("PAGE "):
            cur, skip = pages.setdefault(line[5:], []), 0
        elif cur is not None and line:
            if skip:
                if line.startswith("+"):
                    skip += 1
                elif line == "-":
                    skip -= 1
                    if not skip:
                        cur.append("-")
                continue
            cur.append(line)
            if line == "+template":
                skip = 1
    return pages


def lexbor_compare(exe, names, datas, verbose):
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        print("structure: skipped (selectolax not installed)")
        return
    payload = bytearray()
    cleaned = {}
    for name, data in zip(names, datas):
        d = NOSCRIPT.sub(b"", data)
        cleaned[name] = d
        payload += b"%s %d\n" % (name.encode(), len(d)) + d
    res = subprocess.run([exe, "--tree", "--batch"], input=bytes(payload), stdout=subprocess.PIPE)
    mine = parse_tree_dump(res.stdout)
    same = 0
    for name in names:
        theirs = []
        body = LexborHTMLParser(cleaned[name]).body
        if body is not None:
            lexbor_tree(body, theirs)
        ours = mine.get(name, [])
        if theirs == ours:
            same += 1
            continue
        d = first_diff(theirs, ours)
        i = d[0]
        print("STRUCT %s at event %d:\n  lexbor: %s\n  lede:   %s" % (
            name, i, [x[:60] for x in theirs[max(0, i - 4):i + 4]], [x[:60] for x in ours[max(0, i - 4):i + 4]]))
    print("structure: %d identical of %d" % (same, len(names)))


def find_bin(arg):
    if arg:
        return arg
    for d in ("build-parser", "build"):
        p = os.path.join(ROOT, d, "lede_textdump")
        if os.path.exists(p):
            return p
    sys.exit("lede_textdump not found; build it or pass --bin")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("-v", action="store_true", help="show every differing line of a page")
    ap.add_argument("--page", help="only this page (file name)")
    ap.add_argument("--lexbor", action="store_true", help="also diff the element structure with lexbor (selectolax)")
    a = ap.parse_args()
    oracle_path = os.path.join(a.data, "parse-oracle", "trafilatura-eval.lexbor-text.txt.gz")
    html_dir = os.path.join(a.data, "trafilatura-eval", "html")
    if not os.path.exists(oracle_path) or not os.path.isdir(html_dir):
        print("skipped: ../shared not found (%s)" % a.data)
        return 0
    exe = find_bin(a.bin)
    oracle = load_oracle(oracle_path)

    payload = bytearray()
    names, skipped, datas = [], [], []
    for path in sorted(glob.glob(os.path.join(html_dir, "*.html.gz"))):
        name = os.path.basename(path)
        if a.page and name != a.page:
            continue
        data = gzip.open(path, "rb").read()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            skipped.append(name)
            continue
        names.append(name)
        datas.append(data)
        payload += b"%s %d\n" % (name.encode(), len(data))
        payload += data
    res = subprocess.run([exe, "--batch"], input=bytes(payload), stdout=subprocess.PIPE)
    if res.returncode != 0:
        sys.exit("lede_textdump exited with %d" % res.returncode)
    got = parse_dump(res.stdout)

    text_ok = tag_ok = 0
    bad = []
    for name in names:
        exp = oracle.get(name)
        mine = got.get(name, [])
        if exp is None:
            print("NOORACLE %s" % name)
            continue
        if [t for _, t in exp] == [t for _, t in mine]:
            text_ok += 1
            if exp == mine:
                tag_ok += 1
            else:
                d = first_diff(exp, mine)
                print("TAGS %s: first parent-tag difference at text %d: oracle %r, lede %r" % (name, d[0], d[1], d[2]))
        else:
            bad.append(name)
            et, mt = [t for _, t in exp], [t for _, t in mine]
            d = first_diff(et, mt)
            print("TEXT %s: %d oracle texts, %d lede; first difference at %d:\n  oracle: %r\n  lede:   %r" % (
                name, len(et), len(mt), d[0], d[1], d[2]))
            if a.v:
                import difflib
                for line in difflib.unified_diff(["%s\t%s" % x for x in exp], ["%s\t%s" % x for x in mine],
                                                 "oracle", "lede", n=1, lineterm=""):
                    print("    " + line)
    for name in skipped:
        print("SKIP %s: not valid UTF-8" % name)
    if a.lexbor:
        lexbor_compare(exe, names, datas, a.v)
    print("parent tags: %d of %d pages match exactly" % (tag_ok, len(names)))
    print("oracle: %d matched of %d" % (text_ok, len(names)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
