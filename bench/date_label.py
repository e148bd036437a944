#!/usr/bin/env python3
"""List the publication-date signals of a page, read from its HTML alone.

    bench/date_label.py SET:ID [SET:ID ...]     # e.g. trafilatura-eval:100noticias.com-millones-4d36ce
    bench/date_label.py --tsv tests/dates/fresh_dates.tsv --set trafilatura-eval [--ids A,B]

A labelling aid for tests/dates (README there): it never runs lede, so a
label written from its output is not steered by lede's own date rules.
Standard library only. For each page it prints, in this order:

  url        the case's URL, the canonical link, og:url, and any date in
             their paths (/2019/03/15/, /20190315, -2019-03-15)
  meta       every <meta> whose name/property/itemprop names a date or time
  jsonld     datePublished / dateCreated / dateModified / uploadDate values
  microdata  non-meta elements with itemprop date*/datetime
  h1         the first headlines
  time       <time> elements: datetime attribute and text
  dateclass  elements whose class or id names a date, time, byline, posted,
             meta, publi (text up to 160 chars)
  near-h1    the first 400 chars of text after the first <h1>
  text-dates date-looking strings anywhere in the visible text, with a
             little context, the first 25 (numeric forms, month names in
             English, German, French, Spanish, Italian, Portuguese, Dutch)
  script     quoted date-like values in scripts after publication-ish keys
  img        dates in the paths of the first 5 <img> src values

The careful reader decides; this only gathers what to look at.
"""
import argparse, gzip, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data"))

DATE_META = re.compile(r"date|time|publi|modif|created|issued|updated", re.I)
DATE_CLASS = re.compile(r"date|time|byline|posted|publi|meta|stamp|dateline", re.I)
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)"
                      r"|/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")
MONTHS = (r"jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|braio)?|f[ée]vr(?:ier)?|mar(?:ch|s|zo|ço)?|"
          r"m[äa]rz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maggio|mei|jun(?:e|i|io|ho)?|juin|giugno|"
          r"jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|ao[uû]t|ago(?:sto)?|sep(?:t|tember|tembre|tiembre)?|"
          r"set(?:embro|tembre)?|o[ck]t(?:ober|obre|ubre|obre)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|"
          r"de[cz](?:ember|embre|iembre|embro)?|dic(?:iembre|embre)?|d[ée]c(?:embre)?|enero|febrero|gennaio|"
          r"janvier|januar|juli|juni|oktober|dezember|maart|augustus")
TEXT_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2})(?!\d)"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?(?:" + MONTHS + r")\.?,?\s+(?:de\s+)?(?:19|20)\d\d\b"
    r"|\b(?:" + MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:" + MONTHS + r")\.?\s+(?:19|20)\d\d\b", re.I)
SCRIPT_KEY = re.compile(r"""["']?(date_?published|publish(?:ed)?_?(?:at|date|time|_on)|pub_?date|publication_?date|"""
                        r"""created_?at|date_?created|firstPublished|datetime|date)["']?\s*[:=]\s*["']([^"']{6,40})["']""", re.I)
SKIP = {"script", "style", "noscript", "template", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


def short(s, n=160):
    s = re.sub(r"\s+", " ", s or "").strip()
    return s if len(s) <= n else s[:n] + "…"


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, attrs dict)
        self.metas, self.links, self.times, self.micro = [], [], [], []
        self.scripts, self.imgs, self.h1 = [], [], []
        self.texts = []          # (text, in_h1, dateclass-ancestor index or None)
        self.cls_open = []       # open date-class elements: [tag, label, [texts], depth]
        self.cls_done = []
        self.time_open = None
        self.h1_open = None
        self.skip = 0
        self.cur_script = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or ""
            if DATE_META.search(key) or key.lower() in ("og:url",):
                self.metas.append((key, a.get("content", "")))
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower():
                self.links.append(a.get("href", ""))
            return
        if tag == "img" or tag == "source":
            if len(self.imgs) < 8:
                for k in ("src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"):
                    if a.get(k) and not a[k].startswith("data:"):
                        self.imgs.append(a[k].split()[0])
                        break
            return
        if tag in VOID:
            return
        if tag in SKIP:
            self.skip += 1
            if tag == "script":
                self.cur_script = []
        self.stack.append(tag)
        ip = a.get("itemprop", "")
        if re.search(r"date|time", ip, re.I):
            self.micro.append((ip, a.get("datetime") or a.get("content") or "", tag))
        if tag == "time":
            self.time_open = [a.get("datetime", ""), []]
        if tag == "h1" and self.h1_open is None:
            self.h1_open = []
        label = (a.get("class", "") + " " + a.get("id", "")).strip()
        if DATE_CLASS.search(label) and tag not in ("html", "body", "main", "article"):
            self.cls_open.append([tag, label, [], len(self.stack)])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in SKIP and self.skip:
            self.skip -= 1
            if tag == "script" and self.cur_script is not None:
                self.scripts.append("".join(self.cur_script))
                self.cur_script = None
        if tag == "time" and self.time_open is not None:
            self.times.append((self.time_open[0], short("".join(self.time_open[1]), 100)))
            self.time_open = None
        if tag == "h1" and self.h1_open is not None:
            self.h1.append(short("".join(self.h1_open), 120))
            self.h1_open = None
            self.texts.append(("\x00H1END", False))
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                while self.cls_open and self.cls_open[-1][3] > len(self.stack):
                    c = self.cls_open.pop()
                    self.cls_done.append((c[0], c[1], short("".join(c[2]))))
                if t == tag:
                    break

    def handle_data(self, data):
        if self.skip:
            if self.cur_script is not None:
                self.cur_script.append(data)
            return
        if self.time_open is not None:
            self.time_open[1].append(data)
        if self.h1_open is not None:
            self.h1_open.append(data)
        for c in self.cls_open:
            if len("".join(c[2])) < 400:
                c[2].append(data + " ")
        if data.strip():
            self.texts.append((data, self.h1_open is not None))


def url_dates(u):
    out = []
    for m in URL_DATE.finditer(u or ""):
        out.append(m.group(0))
    return out


def jsonld_dates(p):
    out = []
    for s in p.scripts:
        if "datePublished" in s or "dateCreated" in s or "uploadDate" in s or "dateModified" in s:
            for m in re.finditer(r'"(datePublished|dateCreated|dateModified|uploadDate)"\s*:\s*("[^"]*"|\d+)', s):
                out.append((m.group(1), m.group(2).strip('"')))
    return out


def script_dates(p):
    out = []
    for s in p.scripts:
        if '"@context"' in s and "schema.org" in s:
            continue
        for m in SCRIPT_KEY.finditer(s):
            if re.search(r"\d{4}|\d{10}", m.group(2)):
                out.append((m.group(1), m.group(2)))
                if len(out) >= 8:
                    return out
    return out


def load_case(spec):
    sname, cid = spec.split(":", 1)
    d = os.path.join(DATA, sname)
    with open(os.path.join(d, "cases.jsonl"), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if c["id"] == cid:
                return c, os.path.join(d, c["file"])
    sys.exit(f"date_label.py: no case {spec}")


def read_html(path):
    raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    for enc in ([m.group(1).decode()] if m else []) + ["utf-8", "windows-1252"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def report(spec, out=sys.stdout):
    case, path = load_case(spec)
    p = Page()
    try:
        p.feed(read_html(path))
        p.close()
    except Exception as e:  # malformed markup: report what was gathered
        print(f"  (parser stopped: {e})", file=out)
    w = lambda *a: print(*a, file=out)
    w(f"=== {spec}")
    urls = [case.get("url", "")] + p.links + [v for k, v in p.metas if k.lower() == "og:url"]
    w("  url       ", " | ".join(dict.fromkeys(u for u in urls if u)), " dates:", url_dates(" ".join(urls)))
    for k, v in p.metas:
        if k.lower() != "og:url":
            w("  meta      ", k, "=", short(v, 80))
    for k, v in jsonld_dates(p):
        w("  jsonld    ", k, "=", v)
    for ip, v, tag in p.micro[:6]:
        w("  microdata ", f"<{tag} itemprop={ip}>", v)
    for h in p.h1[:3]:
        w("  h1        ", h)
    for dt, tx in p.times[:8]:
        w("  time      ", f"datetime={dt!r}", tx)
    seen = set()
    for tag, label, tx in p.cls_done:
        if tx and re.search(r"\d", tx) and (label, tx) not in seen and len(seen) < 10:
            seen.add((label, tx))
            w("  dateclass ", f"<{tag} {short(label, 50)}>", tx)
    texts = [t for t, _ in p.texts]
    if "\x00H1END" in texts:
        after = texts[texts.index("\x00H1END") + 1:]
        w("  near-h1   ", short(" ".join(after), 400))
    full = " ".join(t for t in texts if t != "\x00H1END")
    full = re.sub(r"\s+", " ", full)
    n = 0
    for m in TEXT_DATE.finditer(full):
        w("  text-date ", repr(m.group(0)), "…" + full[max(0, m.start() - 50):m.start()] + "[*]" + full[m.end():m.end() + 30])
        n += 1
        if n >= 25:
            break
    for k, v in script_dates(p):
        w("  script    ", k, "=", v)
    for s in p.imgs[:5]:
        if url_dates(s):
            w("  img       ", short(s, 120), url_dates(s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("specs", nargs="*", help="SET:ID")
    ap.add_argument("--tsv", help="a fresh_dates.tsv: report every id in it")
    ap.add_argument("--set", default="trafilatura-eval")
    ap.add_argument("--ids", help="comma-separated subset of the tsv's ids")
    a = ap.parse_args()
    specs = list(a.specs)
    if a.tsv:
        want = set(a.ids.split(",")) if a.ids else None
        with open(a.tsv, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("id\t") or not line.strip():
                    continue
                cid = line.split("\t")[0]
                if want is None or cid in want:
                    specs.append(f"{a.set}:{cid}")
    for s in specs:
        report(s)


if __name__ == "__main__":
    main()
