#!/usr/bin/env python3
"""quotes_score.py: lede's quotes scored against PolNeAR's attributions.

Each PolNeAR article (plain text) is fed to lede as a minimal HTML page, its
first line (the headline) an <h1> and every other non-empty line a <p>, through the CLI (`lede --quotes --format jsonl --input-list`),
and its `quotes` compared with the gold attributions:

- Quotes: gold = attributions whose content contains a quotation mark
  (" “ ” „ « » 「 」, or a single mark ' ‘ ‚ where it opens a quotation:
  after a space or bracket, before a letter; the New York Times articles
  quote with '' and '); --double-only counts double marks only (and drops
  predicted quotes opened by a single mark); predicted = quotes of kind direct or
  mixed. A predicted quote matches a gold one when the token F1 of their
  texts is >= 0.5 (tokens: \\w+, case-folded), one-to-one (greedy, highest F1
  first, within an article). Precision, recall, F1. The headline's quotes
  (gold: content in the first line; lede: field "title") count like the
  body's.
- Speaker (surface): on matched quotes, the predicted mention matches the gold
  source when one's token set contains the other's and both are non-empty.
- Indirect attributions: gold = content without quotation marks; predicted =
  kind indirect; same matching. Precision and recall (no bar).
- Speaker (resolved), with --resolved FILE: the hand-checked cases of
  tests/quotes/polnear_dev_resolved.tsv (article, gold content offsets, the
  article's fullest name for the speaker, checked by reading the article): the
  predicted quote matched to that gold quote must give that name as speaker
  (case-folded, exact).

Annotations: PolNeAR has several annotators for some articles; the first
.ann file by name is used for each article.

With --categories, the missed gold quotes are counted by the first reason
that applies (headline, found as indirect, boundaries, speaker in another
paragraph, colon cue, noun or idiom cue, speech verb, other cue).

    bench/quotes_score.py --split dev [--lede build/lede] [--dump errors.txt] [--categories]
"""
import argparse
import collections
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
QMARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]')
# A single quotation mark counts where it opens a quotation: at the start or
# after a space or bracket, before a letter or digit ("'It is", "''cares").
# Apostrophes ("don't", "voters' ") never stand there.
SQ_OPEN = re.compile("(?:^|[\\s(\\[\u2014\u2013-])['\u2018\u201a]+\\w")
TOKEN = re.compile(r"\w+")


def tokens(s):
    return [t.casefold() for t in TOKEN.findall(s or "")]


def token_f1(a, b):
    ta, tb = collections.Counter(tokens(a)), collections.Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def surface_match(pred, gold):
    a, b = set(tokens(pred)), set(tokens(gold))
    return bool(a) and bool(b) and (a <= b or b <= a)


def read_ann(path):
    """A brat annotation file: ({text-bound id: [(start, end), ...]},
    [event dicts {role: id}])."""
    spans, events = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0].startswith("T") and len(parts) >= 2:
                _, where = parts[1].split(" ", 1)
                spans[parts[0]] = [tuple(map(int, s.split())) for s in where.split(";")]
            elif parts[0].startswith("E"):
                events.append(dict(x.split(":", 1) for x in parts[1].split()))
    return spans, events


def load_split(data, split, double_only=False):
    """{article: (text, [attribution dicts])}: the first annotator by name."""
    arts = {}
    for path in sorted(glob.glob(os.path.join(data, split, "attributions", "*.ann"))):
        name = os.path.basename(path).rsplit("_", 1)[0]
        if name in arts:
            continue
        with open(os.path.join(data, split, "text", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        spans, events = read_ann(path)
        attrs = []
        for e in events:
            def get(role):
                ranges = spans.get(e.get(role, ""), [])
                return " ".join(text[a:b] for a, b in ranges), ranges
            content, where = get("Content")
            source, src_where = get("Source")
            cue, _ = get("Cue")
            if content:
                attrs.append({"content": content, "source": source, "cue": cue,
                              "start": where[0][0] if where else 0,
                              "src_start": src_where[0][0] if src_where else None,
                              "quote": bool(QMARK.search(content)) or
                                       (not double_only and bool(SQ_OPEN.search(content)))})
        arts[name] = (text, attrs)
    return arts


def page(text):
    """The article as a minimal page: its first line (PolNeAR's headline) in
    <h1>, every other non-empty line a <p>."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    if not paras:
        return "<!DOCTYPE html><html><body></body></html>\n"
    body = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras[1:])
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>\n"
            "<h1>%s</h1>\n%s\n</article></body></html>\n" % (html.escape(paras[0], quote=False), body))


def run_lede(lede, arts):
    with tempfile.TemporaryDirectory() as tmp:
        names = sorted(arts)
        lst = os.path.join(tmp, "pages.list")
        with open(lst, "w") as f:
            for i, name in enumerate(names):
                p = os.path.join(tmp, "%d.html" % i)
                with open(p, "w", encoding="utf-8") as g:
                    g.write(page(arts[name][0]))
                f.write(p + "\n")
        out = subprocess.run([lede, "--quotes", "--format", "jsonl", "--input-list", lst],
                             capture_output=True, text=True)
        recs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(recs) != len(names):
        sys.exit("lede gave %d records for %d pages" % (len(recs), len(names)))
    return ({name: rec.get("quotes") or [] for name, rec in zip(names, recs)},
            {name: rec.get("text") or "" for name, rec in zip(names, recs)},
            {name: rec.get("title") or "" for name, rec in zip(names, recs)})


def match(preds, golds, text_of_pred, text_of_gold):
    """One-to-one greedy matching by token F1 >= 0.5: [(pred i, gold j)]."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            f = token_f1(text_of_pred(p), text_of_gold(g))
            if f >= 0.5:
                pairs.append((f, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for f, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j)
            out.append((i, j))
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speech_verbs():
    """The speech verbs of lede's vocabulary (src/words/quotes.c: speech verbs,
    participles, the verbs that cue quotes only), for --categories."""
    with open(os.path.join(ROOT, "src", "words", "quotes.c"), encoding="utf-8") as f:
        src = f.read()
    body = src.split("speech_verbs[] = {", 1)[1].split("};", 1)[0]
    body += src.split("participles[] = {", 1)[1].split("};", 1)[0]
    body += src.split("quote_only_verbs[] = {", 1)[1].split("};", 1)[0]
    return set(re.findall(r'"([^"]+)"', body))


# Cue words that name a document or a channel rather than an act of speech:
# "in a statement", "according to", "wrote in an email" (for --categories).
NOUN_CUES = {"statement", "statements", "according", "interview", "tweet", "tweeted", "email", "letter",
             "post", "posted", "release", "speech", "remarks", "message", "ad", "op-ed", "video",
             "slogan", "report", "memo", "headline", "transcript", "comments", "comment"}


def miss_category(g, text, pq, gi_pred, verbs):
    """Why a gold quote was missed, first rule that applies (--categories)."""
    para_start = text.rfind("\n", 0, g["start"]) + 1
    if para_start == 0:
        return "in the headline"
    if any(token_f1(q["text"], g["content"]) >= 0.5 for q in gi_pred):
        return "found, but kind indirect"
    if any(token_f1(q["text"], g["content"]) >= 0.3 for q in pq):
        return "found, boundaries differ (token F1 0.3-0.5 with an unmatched quote)"
    para_end = text.find("\n", g["start"])
    para_end = len(text) if para_end < 0 else para_end
    if g["src_start"] is None or not (para_start <= g["src_start"] < para_end):
        return "speaker in another paragraph or none (carry-over)"
    cue = [w.casefold() for w in TOKEN.findall(g["cue"] or "")]
    if (g["cue"] or "").rstrip().endswith(":"):
        return "colon cue"
    if any(w in NOUN_CUES for w in cue):
        return "noun or idiom cue (statement, according to, tweet...)"
    if any(w in verbs for w in cue):
        return "speech verb of the vocabulary"
    return "other cue (verb outside the vocabulary, idiom)"


def load_resolved(path):
    cases = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            art, start, speaker = line.rstrip("\n").split("\t")[:3]
            cases[art].append((int(start), speaker))
    return cases


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "polnear"))
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--dump", help="write misses and false alarms here")
    ap.add_argument("--resolved", help="hand-checked resolved-speaker cases (TSV)")
    ap.add_argument("--double-only", action="store_true", help="gold quotes: double quotation marks only")
    ap.add_argument("--categories", action="store_true", help="count the missed quotes by why they were missed")
    args = ap.parse_args()

    arts = load_split(args.data, args.split, args.double_only)
    pred, texts, titles = run_lede(args.lede, arts)
    resolved = load_resolved(args.resolved) if args.resolved else {}
    n = collections.Counter()
    misses = collections.Counter()
    verbs = speech_verbs() if args.categories else set()
    dump = []
    for name in sorted(arts):
        text, attrs = arts[name]
        gq = [a for a in attrs if a["quote"]]
        gi = [a for a in attrs if not a["quote"]]
        pq = [q for q in pred[name] if q["kind"] != "indirect"]
        if args.double_only:
            def where(q):
                return titles[name] if q.get("field") == "title" else texts[name]
            pq = [q for q in pq if not (q["start"] > 0 and where(q)[q["start"] - 1] in "'\u2018\u201a")]
        pi = [q for q in pred[name] if q["kind"] == "indirect"]
        m = match(pq, gq, lambda q: q["text"], lambda g: g["content"])
        n["q_tp"] += len(m); n["q_pred"] += len(pq); n["q_gold"] += len(gq)
        for i, j in m:
            ok = surface_match(pq[i].get("mention"), gq[j]["source"])
            n["spk_ok"] += ok
            if not ok:
                dump.append("SPEAKER %s\n  gold: %r\n  pred: %r (%s)\n  text: %s" % (
                    name, gq[j]["source"], pq[i].get("mention"), pq[i].get("cue"), gq[j]["content"][:160]))
        mi = match(pi, gi, lambda q: q["text"], lambda g: g["content"])
        n["i_tp"] += len(mi); n["i_pred"] += len(pi); n["i_gold"] += len(gi)
        matched_g = {j for _, j in m}
        matched_p = {i for i, _ in m}
        for j, g in enumerate(gq):
            if j not in matched_g and args.categories:
                misses[miss_category(g, text, [pq[i] for i in range(len(pq)) if i not in matched_p], pi, verbs)] += 1
            if j not in matched_g:
                dump.append("MISS %s\n  src=%r cue=%r\n  %s" % (name, g["source"], g["cue"], g["content"][:240]))
        for i, q in enumerate(pq):
            if i not in matched_p:
                dump.append("FALSE %s\n  mention=%r cue=%r kind=%s\n  %s" % (
                    name, q.get("mention"), q.get("cue"), q["kind"], q["text"][:240]))
        for start, want in resolved.get(name, []):
            n["res_total"] += 1
            j = next((k for k, g in enumerate(gq) if g["start"] == start), None)
            i = next((i for i, jj in m if jj == j), None) if j is not None else None
            got = pq[i].get("speaker") if i is not None else None
            ok = got is not None and got.casefold() == want.casefold()
            n["res_ok"] += ok
            n["res_matched"] += i is not None
            if not ok:
                dump.append("RESOLVED %s @%d\n  want: %r\n  got: %r (mention %r)" % (
                    name, start, want, got, pq[i].get("mention") if i is not None else None))
    qp, qr, qf = prf(n["q_tp"], n["q_pred"], n["q_gold"])
    ip, ir, iff = prf(n["i_tp"], n["i_pred"], n["i_gold"])
    res = {
        "split": args.split, "articles": len(arts),
        "quotes_gold": n["q_gold"], "quotes_pred": n["q_pred"], "quotes_matched": n["q_tp"],
        "quote_precision": round(qp, 4), "quote_recall": round(qr, 4), "quote_f1": round(qf, 4),
        "speaker_surface_accuracy": round(n["spk_ok"] / n["q_tp"], 4) if n["q_tp"] else 0.0,
        "indirect_gold": n["i_gold"], "indirect_pred": n["i_pred"],
        "indirect_precision": round(ip, 4), "indirect_recall": round(ir, 4),
    }
    if resolved:
        res["resolved_cases"] = n["res_total"]
        res["resolved_quote_found"] = n["res_matched"]
        res["resolved_speaker_accuracy"] = round(n["res_ok"] / n["res_total"], 4) if n["res_total"] else 0.0
    if args.categories:
        res["missed_by_category"] = dict(misses.most_common())
    print(json.dumps(res, indent=1))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.write("\n".join(dump) + "\n")


if __name__ == "__main__":
    main()
