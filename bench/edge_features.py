#!/usr/bin/env python3
"""A table of the blocks at the article's edges: what lede keeps that the
labels call furniture (`o`), beside what they call article (`w`).

    bench/edge_features.py [--build build] [--sets 4-14] [--kept] [--summary]
                           [--trafilatura] [--shape between|before]

For every labelled page of tests/bodies/freshN (N in --sets) it runs
build/lede (jsonl), reads the page's visible blocks the way
bench/body_label.py numbers them (with the full element path), and for each
`w` block and each `o` block (--kept: only the `o` blocks lede's text holds)
prints one tab-separated row:

    set id kind kept pos box boxwords boxbytes boxlinkdens heading shared twins
        lines img quote matter sents you text

- pos: where the block sits among the page's long paragraphs (a `<p>` of
  200+ characters with two or more sentences that lede keeps): `before` the
  first, `between`, `after` the last, `none` when the page has none;
- box: the innermost element holding the block that is not an ancestor of
  the long paragraphs' common container and holds no long paragraph (`-`
  when the block sits straight in the paragraphs' container); boxwords are
  its class/id words, boxbytes its text, boxlinkdens its linked share;
- heading: `open` when a heading opens the box, `prev` when the block right
  before is a heading (h1-h6), `-` otherwise;
- shared: 1 when a long paragraph's ancestor is of the box's kind (tag
  and first class); twins: the box's siblings of its kind;
- lines: the blocks of text in the box (elements holding text of their
  own); img, quote, matter: 1 when the box holds a picture, a quote or
  figure (blockquote, figure, figcaption), a list, table or code;
- sents: the block's sentence count; you: second-person address.

--trafilatura tables trafilatura-eval's pages instead: each `with`
snippet is a `w` block, each `without` one an `o` block (the block
holding the snippet's first 40 characters), so a rule's cost in its
article snippets shows beside its gain. --shape between keeps the
blocks in the shape drop_boxes_between_prose takes (docs/body.md, "Boxes
between the prose"; class words and removals, which the C rule reads,
are not modelled); --shape before, the blocks in that shape before the
first long paragraph, where no rule takes them.

--summary prints counts of (kind, kept, pos, boxed, heading) instead.
Standard library only (and ../shared/bench/score.py's text normalisation).
"""
import argparse, html.parser, json, os, re, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, "..", "shared", "bench")))
sys.path.insert(0, HERE)
import score  # noqa: E402
import body_label  # noqa: E402

MARKS = {"img": "img", "picture": "img", "blockquote": "quote", "figure": "quote", "figcaption": "quote",
         "li": "matter", "pre": "matter", "code": "matter", "table": "matter", "dt": "matter"}
HEAD = {"h1", "h2", "h3", "h4", "h5", "h6"}
YOU = re.compile(r"\b(you|your|du|dich|dir|dein\w*|sie|ihnen|ihr\w*|vous|votre|vos|tu|te|toi|ton|ta|tes)\b", re.I)


class Node:
    __slots__ = ("tag", "attrs", "parent", "kids", "text", "link", "idx", "own", "img", "quote", "matter")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, attrs, parent, []
        self.text, self.link, self.idx = 0, 0, 0
        self.own, self.img, self.quote, self.matter = 0, 0, 0, 0


class Tree(body_label.P):
    """body_label's block reader, keeping the element of every block."""

    def __init__(self):
        super().__init__()
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.nodes = []
        self.owners = []

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if s:
            self.out.append((self.path(), s))
            self.owners.append(self.cur)
            self.cur.own = 1
            n, inlink = self.cur, any(t == "a" for t, _ in self.stack)
            while n:
                n.text += len(s)
                if inlink:
                    n.link += len(s)
                n = n.parent
        self.buf = []

    def handle_starttag(self, t, attrs):
        super().handle_starttag(t, attrs)
        if t not in body_label.VOID and t in body_label.BLOCK:
            n = Node(t, dict((k, v or "") for k, v in attrs), self.cur)
            n.idx = len(self.nodes)
            self.nodes.append(n)
            self.cur.kids.append(n)
            self.cur = n
        # pictures, quotes and figures, lists, tables and code mark every
        # block around them
        if t in MARKS and not self.skip:
            n = self.cur
            while n:
                setattr(n, MARKS[t], 1)
                n = n.parent

    def handle_endtag(self, t):
        super().handle_endtag(t)
        if t in body_label.BLOCK:
            n = self.cur
            while n is not self.root and n.tag != t:
                n = n.parent
            if n is not self.root:
                self.cur = n.parent


def read_tree(path):
    p = Tree()
    p.feed(body_label.page_text(path))
    p.flush()
    # body_label.page_blocks drops blocks under 2 characters: same numbering
    keep = [i for i, (_, s) in enumerate(p.out) if len(s) >= 2]
    return [p.out[i][1] for i in keep], [p.owners[i] for i in keep]


def ancestors(n):
    out = []
    while n:
        out.append(n)
        n = n.parent
    return out


def words(n):
    return (" ".join(n.attrs.get("class", "").split()) + " #" + n.attrs.get("id", "")).strip(" #")


def box_lines(n):
    """The blocks of text in n's subtree (n included): elements that hold
    text of their own."""
    out, todo = 0, [n]
    while todo:
        m = todo.pop()
        out += m.own
        todo.extend(m.kids)
    return out


def sentences(s):
    return len(re.findall(r"[.!?…](?:\s|$)", s)) or (1 if s else 0)


def run_lede(build, files):
    with tempfile.NamedTemporaryFile("w", delete=False) as f:
        f.write("\n".join(files) + "\n")
    out = subprocess.run([os.path.join(build, "lede"), "--format", "jsonl", "--input-list", f.name],
                         capture_output=True).stdout.decode("utf-8", "replace")
    os.unlink(f.name)
    res = {}
    for line, path in zip(out.splitlines(), files):
        try:
            res[path] = json.loads(line).get("text") or ""
        except ValueError:
            res[path] = ""
    return res


def snippet_labels(case, blocks):
    """trafilatura-eval's snippets as block labels: `w` for a `with`
    snippet, `o` for a `without` one, each at the first block holding the
    snippet's first 40 characters (a snippet may run over several
    blocks); a snippet found in no block is left out."""
    nb = [score.norm(b) for b in blocks]
    out = []
    for kind, key in (("w", "with"), ("o", "without")):
        for snip in case.get(key) or []:
            head = score.norm(snip)[:40]
            for i, b in enumerate(nb):
                if head and head in b:
                    out.append((kind, str(i)))
                    break
    return out


def page_rows(setname, case, labels, text, path=None):
    path = path or os.path.join(ROOT, "tests/bodies", setname, case["file"])
    blocks, owners = read_tree(path)
    if labels is None:
        labels = snippet_labels(case, blocks)
    ntext = score.norm(text)
    kept = [score.norm(b[:90]) in ntext for b in blocks]
    # long paragraphs lede keeps: the prose the edges are measured against
    longs = [i for i, b in enumerate(blocks)
             if kept[i] and owners[i].tag == "p" and len(b) >= 200 and sentences(b) >= 2]
    if longs:
        anc = [ancestors(owners[i].parent) for i in longs]
        common = set(anc[0])
        for a in anc[1:]:
            common &= set(a)
        cont = max(common, key=lambda n: n.idx if n.tag != "#root" else -1)
        longset = set(owners[i] for i in longs)
        longanc = set()
        for a in anc:
            longanc.update(a)
    rows = []
    for kind, ref in labels:
        bi = int(ref.partition(":")[0])
        if bi >= len(blocks):
            continue
        b, own = blocks[bi], owners[bi]
        is_kept = kept[bi]
        if not longs:
            pos, box = "none", None
        else:
            pos = "before" if bi < longs[0] else "after" if bi > longs[-1] else "between"
            box = None
            n = own
            # climb from the block's element while it holds no long paragraph
            # and is not the container's ancestor
            while n is not None and n is not cont and n not in longanc:
                box = n
                n = n.parent
            if box is own and own.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption") \
                    and box.parent is cont:
                box = None  # a paragraph straight in the container: no box of its own
        shared, twins = 0, 0
        if box is not None:
            sig = (box.tag, (box.attrs.get("class", "").split() or [""])[0])
            for i in longs:
                for n in ancestors(owners[i].parent):
                    if n.tag in ("#root", "html", "body"):
                        break
                    if (n.tag, (n.attrs.get("class", "").split() or [""])[0]) == sig:
                        shared = 1
            if box.parent is not None:
                twins = sum(1 for k in box.parent.kids if k is not box and
                            (k.tag, (k.attrs.get("class", "").split() or [""])[0]) == sig)
        heading = "-"
        if box is not None and box.kids and box.kids[0].tag in HEAD:
            heading = "open"
        elif bi > 0 and owners[bi - 1].tag in HEAD:
            heading = "prev"
        row = dict(set=setname, id=case["id"], kind=kind, kept=int(is_kept), pos=pos,
                   box=(box.tag if box else "-"), boxwords=(words(box) if box else ""),
                   boxbytes=(box.text if box else len(b)),
                   boxlink=(round(box.link / box.text, 2) if box and box.text else 0.0),
                   heading=heading, shared=shared, twins=twins,
                   lines=(box_lines(box) if box else 1), img=(box.img if box else 0),
                   quote=(box.quote if box else 0), matter=(box.matter if box else 0),
                   sents=sentences(b), you=int(bool(YOU.search(b))), text=b[:70])
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--sets", default="4-14")
    ap.add_argument("--kept", action="store_true")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--shape", choices=("between", "before"),
                    help="only the blocks in the shape drop_boxes_between_prose takes (see docs/body.md), "
                    "between the long paragraphs or (as a what-if) before the first")
    ap.add_argument("--trafilatura", action="store_true",
                    help="trafilatura-eval's pages instead: `with` snippets as w, `without` ones as o")
    a = ap.parse_args()
    lo, _, hi = a.sets.partition("-")
    sets = ["fresh%d" % n for n in range(int(lo), int(hi or lo) + 1)]
    allrows = []
    if a.trafilatura:
        sets = []
        d = os.path.join(body_label.DATA, "trafilatura-eval")
        cases = [json.loads(l) for l in open(os.path.join(d, "cases.jsonl"))]
        files = [os.path.join(d, "html", c["id"] + ".html.gz") for c in cases]
        texts = run_lede(a.build, files)
        for c, f in zip(cases, files):
            try:
                allrows += page_rows("trafilatura-eval", c, None, texts[f], f)
            except (OSError, EOFError) as e:
                print(f"{c['id']}: {e}", file=sys.stderr)
    for s in sets:
        d = os.path.join(ROOT, "tests/bodies", s)
        cases = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(d, "cases.jsonl"))}
        files = [os.path.join(d, c["file"]) for c in cases.values()]
        texts = run_lede(a.build, files)
        for line in open(os.path.join(d, "labels.txt"), encoding="utf-8"):
            t = line.split()
            if not t or t[0].startswith("#") or len(t) < 2 or t[1] == "skip" or t[0] not in cases:
                continue
            c = cases[t[0]]
            labels = list(zip(t[1::2], t[2::2]))
            try:
                allrows += page_rows(s, c, labels, texts[os.path.join(d, c["file"])])
            except (OSError, EOFError) as e:
                print(f"{s} {t[0]}: {e}", file=sys.stderr)
    if a.kept:
        allrows = [r for r in allrows if r["kind"] == "w" or r["kept"]]
    if a.shape:
        allrows = [r for r in allrows if r["pos"] == a.shape and r["box"] in ("div", "section") and
                   r["boxbytes"] <= 600 and not r["shared"] and r["twins"] <= 3 and r["lines"] >= 2 and
                   not (r["img"] or r["quote"] or r["matter"])]
    if a.summary:
        cnt = Counter((r["kind"], r["kept"], r["pos"], r["box"] != "-", r["heading"]) for r in allrows)
        for k, v in sorted(cnt.items()):
            print(*k, v, sep="\t")
        return
    for r in allrows:
        print(*r.values(), sep="\t")


if __name__ == "__main__":
    main()
