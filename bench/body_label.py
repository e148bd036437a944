#!/usr/bin/env python3
"""Print a page's visible text blocks in document order, each with its tag/class
path, to write body snippets by hand without running lede.

    body_label.py FILE.html[.gz] [--min N]   # blocks shorter than N chars folded (default 0)
    body_label.py --draw N --seed S          # draw N htmldate pages not in trafilatura-eval
    body_label.py --show ID [ID...]          # numbered compact blocks of htmldate pages
    body_label.py --emit LABELS OUT.jsonl    # cases from hand-chosen block numbers
    body_label.py --draw N --seed S --exclude CASES.jsonl [--exclude ...]
                                             # skip pages an earlier set already took

`--set NAME` (anywhere on the line) makes --draw/--show/--emit work on
../shared/data/NAME instead of htmldate; there --draw shuffles all of the
set's ids (sorted) with the seed, as no page has to be left out.
`--exclude FILE` (repeatable) drops the ids named in FILE (a cases.jsonl, or
a labels.txt, whose skipped pages count too)
after the shuffle, so the other pages keep the order the seed gives them.

LABELS lines: `ID w N w N w N o N o N` (w = article block, o = visible
non-article block; N is the block number --show printed, N:K takes the text
from character K of that block) or `ID skip REASON`. Each snippet is the
block's text from K, cut at a word boundary after about 90 characters, so it
is an exact substring of the page's visible text.

Standard library only. A block is the text between block-level tag boundaries;
script/style/template/noscript/head content is dropped, whitespace collapsed.
"""
import gzip, html.parser, json, os, random, re, sys

BLOCK = set("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th section article "
            "aside nav header footer main figure figcaption blockquote pre form br hr "
            "address details summary label select option button".split())
SKIP = set("script style template noscript head svg iframe".split())
VOID = set("area base br col embed hr img input link meta source track wbr".split())


class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.buf, self.out, self.skip = [], [], [], 0

    def path(self):
        parts = []
        for t, a in self.stack[-6:]:
            c = (a.get("class") or "").split()
            i = a.get("id")
            parts.append(t + (("#" + i) if i else "") + (("." + ".".join(c[:2])) if c else ""))
        return " > ".join(parts)

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if s:
            self.out.append((self.path(), s))
        self.buf = []

    def handle_starttag(self, t, attrs):
        a = dict((k, v or "") for k, v in attrs)
        if t in SKIP:
            self.skip += 1
        if t in BLOCK:
            self.flush()
        if t not in VOID:
            self.stack.append((t, a))

    def handle_endtag(self, t):
        if t in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == t:
                del self.stack[i:]
                break
        if t in SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def page_text(path):
    """The page's HTML as text: decoded by the charset its first 4,000
    bytes name, else (or when Python does not know it) as UTF-8."""
    raw = (gzip.open if path.endswith(".gz") else open)(path, "rb").read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4000])
    enc = m.group(1).decode() if m else "utf-8"
    try:
        return raw.decode(enc, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def blocks(path):
    p = P()
    p.feed(page_text(path))
    p.flush()
    return p.out


# ../shared/data beside the repository's root
DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data"))
HD = os.path.join(DATA, "htmldate")
SET = "htmldate"  # --set NAME changes both


def use_set(name):
    global HD, SET
    SET, HD = name, os.path.join(DATA, name)


def page_blocks(pid):
    return [b for b in blocks(f"{HD}/html/{pid}.html.gz") if len(b[1]) >= 2]


def cut(s, k=0, n=90):
    s = s[k:]
    if len(s) <= n + 20:
        return s
    j = s.find(" ", n)
    return s[:j] if j > 0 else s


def emit(labels, out):
    urls = {json.loads(l)["id"]: json.loads(l)["url"] for l in open(f"{HD}/cases.jsonl")}
    with open(out, "w", encoding="utf-8") as f:
        for line in open(labels, encoding="utf-8"):
            t = line.split()
            if not t or t[0].startswith("#") or t[1] == "skip":
                continue
            bl = page_blocks(t[0])
            case = {"id": t[0], "url": urls[t[0]], "with": [], "without": [],
                    "file": f"html/{t[0]}.html.gz"}
            # every snippet must occur exactly once in the page's visible text,
            # or it cannot tell the article's copy from a teaser's or a menu's
            text = " ".join(b for _, b in bl)
            for kind, ref in zip(t[1::2], t[2::2]):
                i, _, k = ref.partition(":")
                snip = cut(bl[int(i)][1], int(k or 0))
                if text.count(snip) != 1:
                    print(f"{t[0]} {kind} {ref}: occurs {text.count(snip)} times: {snip[:60]}", file=sys.stderr)
                case["with" if kind == "w" else "without"].append(snip)
            f.write(json.dumps(case, ensure_ascii=False) + "\n")


def main():
    a = sys.argv[1:]
    if "--set" in a:
        i = a.index("--set")
        use_set(a[i + 1])
        del a[i:i + 2]
    exclude = set()
    while "--exclude" in a:
        i = a.index("--exclude")
        for l in open(a[i + 1], encoding="utf-8"):
            # a cases.jsonl line, or a labels.txt line (its skipped pages too)
            if l.startswith("{"):
                exclude.add(json.loads(l)["id"])
            elif l.strip() and not l.startswith("#"):
                exclude.add(l.split()[0])
        del a[i:i + 2]
    if a and a[0] == "--show":
        for pid in a[1:]:
            print("=====", pid)
            short = 0
            for i, (path, s) in enumerate(page_blocks(pid)):
                if len(s) < 30:
                    short += 1
                    continue
                if short:
                    print(f"    ({short} short)")
                    short = 0
                tail = path.split(" > ")[-1]
                print(f"{i:3d} {tail[:34]:34s}|{len(s):5d}| {s[:100]}")
        return
    if a and a[0] == "--emit":
        emit(a[1], a[2])
        return
    if a and a[0] == "--draw":
        n, seed = int(a[1]), int(a[3])
        hd = [json.loads(l) for l in open(os.path.join(HD, "cases.jsonl"))]
        if SET == "htmldate":
            te = set(json.loads(l)["url"] for l in open(os.path.join(DATA, "trafilatura-eval", "cases.jsonl")))
            pool = sorted((c for c in hd if c["url"] not in te), key=lambda c: c["id"])
        else:
            pool = sorted(hd, key=lambda c: c["id"])
        random.Random(seed).shuffle(pool)
        pool = [c for c in pool if c["id"] not in exclude]
        for c in pool[:n]:
            print(c["id"], c["url"])
        return
    mn = int(a[a.index("--min") + 1]) if "--min" in a else 0
    for path, s in blocks(a[0]):
        if len(s) >= mn:
            print(f"[{path}]\n    {s}")


if __name__ == "__main__":
    main()
