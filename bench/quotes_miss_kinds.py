#!/usr/bin/env python3
"""quotes_miss_kinds.py: PolNeAR's gold quotes that lede misses, by kind.

Runs lede over a split as bench/quotes_score.py does (same pages, same
matching) and puts each missed gold quote under the first kind that
applies, reading where lede's quotes stand in the record's text (not only
their token overlap, as quotes_score.py --categories does):

- in the headline;
- spanning paragraphs (the gold content's spans lie in two paragraphs);
- found as indirect (an indirect quote matches it, or only indirect ones
  overlap it);
- "A," he said. "B." joined or split otherwise than the gold (a direct
  gold quote that a longer or several-piece prediction covers);
- a mixed clause cut elsewhere (some prediction overlaps it);
- odd marks (its paragraph opens with an ASCII " left unclosed);
- speaker in another paragraph, or none;
- a naming verb or a title (called, dubbed, titled, known as);
- no cue word (a colon, a dash);
- speaker only in an earlier sentence of the paragraph;
- a speech verb of lede's vocabulary, in a shape the rules do not take;
- a cue outside the vocabulary (a verb or idiom).

Heuristics of this script, not of lede: use the counts to rank kinds.

    bench/quotes_miss_kinds.py --split train [--lede build/lede] [--show KIND]
"""

import argparse
import collections
import glob
import os
import re

import quotes_score as qs

NAMING = {"called", "call", "calls", "calling", "dubbed", "dubs", "named", "titled", "entitled", "known",
          "labeled", "labelled", "branded", "billed", "nicknamed", "described", "referred", "refers",
          "term", "termed", "slogan"}
OPEN = re.compile(r"^\s*(\"|\u201c|''|'|\u2018|\u00ab)")
CLOSE = re.compile(r"(\"|\u201d|''|'|\u2019|\u00bb)[\s.,;:!?]*$")
# a sentence end: . ! ? (and a closing mark) before a capital, not after a
# title's abbreviation
SENT_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
                      r"[.!?][\"\u201d']*\s+[A-Z\"\u201c]")


def content_spans(data, split, name):
    """{content start: [(start, end), ...]} of the article's first annotation file."""
    path = sorted(glob.glob(os.path.join(data, split, "attributions", name + "_*.ann")))[0]
    spans, events = qs.read_ann(path)
    return {spans[e["Content"]][0][0]: spans[e["Content"]] for e in events if e.get("Content") in spans}


def kind_of(g, text, rtext, preds, pind, verbs, spans):
    c = g["content"]
    ps = text.rfind("\n", 0, g["start"]) + 1
    pe = text.find("\n", g["start"])
    pe = len(text) if pe < 0 else pe
    if ps == 0:
        return "in the headline"
    sp = spans.get(g["start"], [(g["start"], g["start"] + len(c))])
    if any(text.rfind("\n", 0, a) != text.rfind("\n", 0, sp[0][0]) or "\n" in text[a:b] for a, b in sp):
        return "spanning paragraphs"
    pos = rtext.find(c[:30])
    over = []
    if pos >= 0:
        over = [q for q in preds if q.get("field") != "title" and q["start"] < pos + len(c) and q["end"] > pos]
    if any(qs.token_f1(q["text"], c) >= 0.5 for q in pind) or (over and all(q["kind"] == "indirect" for q in over)):
        return "found as indirect"
    direct = OPEN.search(c) and CLOSE.search(c)
    if over and direct and any(len(q["spans"]) > 1 or len(q["text"]) > len(c) + 5
                               for q in over if q["kind"] != "indirect"):
        return "\u201cA,\u201d he said. \u201cB.\u201d joined or split otherwise than the gold"
    if over:
        return "a mixed clause cut elsewhere"
    para = text[ps:pe]
    if para.startswith('"') and para.count('"') % 2 == 1:
        return "odd marks (an unclosed \" opens the paragraph)"
    if g["src_start"] is None or not (ps <= g["src_start"] < pe):
        return "speaker in another paragraph, or none"
    cue = [w.casefold() for w in qs.TOKEN.findall(g["cue"] or "")]
    if any(w in NAMING for w in cue):
        return "a naming verb or a title (called, dubbed, titled, known as)"
    if not cue:
        return "no cue word (a colon, a dash)"
    if g["src_start"] < g["start"] and SENT_END.search(text, g["src_start"], g["start"]):
        return "speaker only in an earlier sentence of the paragraph"
    if any(w in verbs for w in cue):
        return "a speech verb of the vocabulary, in a shape the rules do not take"
    return "a cue outside the vocabulary (a verb or idiom)"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="train")
    ap.add_argument("--data", default=os.path.join(qs.ROOT, "..", "shared", "data", "polnear"))
    ap.add_argument("--lede", default=os.path.join(qs.ROOT, "build", "lede"))
    ap.add_argument("--show", help="print the misses of the kind that starts with this")
    args = ap.parse_args()
    arts = qs.load_split(args.data, args.split)
    pred, texts, _ = qs.run_lede(args.lede, arts)
    verbs = qs.speech_verbs()
    counts = collections.Counter()
    for name in sorted(arts):
        text, attrs = arts[name]
        gq = [a for a in attrs if a["quote"]]
        pq = [q for q in pred[name] if q["kind"] != "indirect"]
        pind = [q for q in pred[name] if q["kind"] == "indirect"]
        matched = {j for _, j in qs.match(pq, gq, lambda q: q["text"], lambda g: g["content"])}
        spans = None
        for j, g in enumerate(gq):
            if j in matched:
                continue
            if spans is None:
                spans = content_spans(args.data, args.split, name)
            k = kind_of(g, text, texts[name], pred[name], pind, verbs, spans)
            counts[k] += 1
            if args.show and k.startswith(args.show):
                print("%s\n  source %r, cue %r\n  %s" % (name, g["source"], g["cue"], g["content"][:200]))
    for k, v in counts.most_common():
        print("%5d  %s" % (v, k))
    print("%5d  all" % sum(counts.values()))


if __name__ == "__main__":
    main()
