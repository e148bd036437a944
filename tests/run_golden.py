#!/usr/bin/env python3
"""Golden tests for lede: run the CLI over tests/golden/<case>/ and compare.

    tests/run_golden.py [LEDE] [--only SUBSTRING] [--dir DIR] [-v]

--dir runs the case folders under DIR instead of tests/golden (e.g.
tests/probes, the pattern probes that are not part of make test).

LEDE is the binary (default build/lede). Each case folder holds:
    case.html       the page
    url.txt         optional: the page's URL (first line)
    args.txt        optional: options for lede, separated by white space
                    (e.g. "--no-tables --no-links"); cases with the same
                    options share a process
    expected.json   optional: fields to check, any subset of
                    title, authors, date, date_modified, sitename, language,
                    description, image, url, page_type, categories, tags,
                    text_source, paywalled, next_page
                    (authors, categories and tags are lists, compared as
                    lists: same items in the same order), images (the
                    whole list of {src, alt, caption, credit}, exactly),
                    comments (the whole list of {author, date, text}),
                    error (the error code, e.g. "not_html"),
                    "text_has": [snippets that must be in the text],
                    "text_lacks": [snippets that must NOT be in the text],
                    "quotes": [every quote, in order: an object with any
                    subset of text, field, mention, speaker, cue, kind,
                    compared exactly; the spans are checked against the
                    text, or the title where field is "title"],
                    "xfail": "why lede does not pass it yet" (a known failure:
                    reported in full but not counted; XPASS when it passes,
                    then remove the marker)
    expected.txt    optional: the exact `--format text` output
    expected.md     optional: the exact `--format markdown` output
    expected.html   optional: the exact `--format html` output
Snippets match after whitespace normalisation (runs of white space become
one space), as the benchmark scorer does. A date or date_modified given
as YYYY-MM-DD is compared with the first 10 characters of the record's
value; given longer (e.g. 2019-03-15T09:12:00+01:00) it must match whole.

All cases with the same args.txt run in ONE lede process per format (--input-list). The last line
is exactly "golden: N passed, N failed"; the exit status is 1 on any failure.
"""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
FIELDS = ("title", "authors", "date", "date_modified", "sitename", "language", "description",
          "image", "url", "page_type", "categories", "tags", "text_source", "paywalled", "next_page", "images", "comments")


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def load_cases(only):
    cases = []
    for name in sorted(os.listdir(GOLDEN)):
        d = os.path.join(GOLDEN, name)
        page = os.path.join(d, "case.html")
        if not os.path.isfile(page) or (only and only not in name):
            continue
        c = {"name": name, "dir": d, "page": page, "url": "", "args": ()}
        ap = os.path.join(d, "args.txt")
        if os.path.isfile(ap):
            with open(ap, encoding="utf-8") as f:
                c["args"] = tuple(f.read().split())
        up = os.path.join(d, "url.txt")
        if os.path.isfile(up):
            with open(up, encoding="utf-8") as f:
                c["url"] = f.readline().strip()
        ep = os.path.join(d, "expected.json")
        if os.path.isfile(ep):
            with open(ep, encoding="utf-8") as f:
                c["expected"] = json.load(f)
        for ext in ("txt", "md", "html"):
            p = os.path.join(d, "expected." + ext)
            if os.path.isfile(p):
                with open(p, encoding="utf-8") as f:
                    c[ext] = f.read()
        cases.append(c)
    return cases


def run_lede(lede, fmt, cases, work, args=()):
    """Runs lede once over cases with options args; returns (stdout text,
    stderr text, exit code)."""
    listfile = os.path.join(work, fmt + ".list")
    with open(listfile, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(f"{c['page']}\t{c['url']}\n")
    p = subprocess.run([lede, *args, "--format", fmt, "--input-list", listfile], capture_output=True)
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode


def split_sections(out, cases):
    """Splits text/markdown/html output at the "==> PATH <==" headers."""
    parts, cur, buf = {}, None, []
    heads = {f"==> {c['page']} <==": c["page"] for c in cases}
    for line in out.split("\n"):
        if line in heads:
            if cur is not None:
                parts[cur] = buf
            cur, buf = heads[line], []
        elif cur is not None:
            buf.append(line)
    if cur is not None:
        parts[cur] = buf
    # sections are separated by one blank line, and each ends with a newline
    res = {}
    for k, lines in parts.items():
        s = "\n".join(lines)
        if s.endswith("\n\n"):
            s = s[:-1]
        res[k] = s
    return res


def diff(want, got, label):
    return "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        "expected." + label, "got", n=2))


def check_record(c, rec):
    errs = []
    exp = c.get("expected") or {}
    if rec is None:
        return ["no record in the output"]
    want_err = exp.get("error")
    got_err = (rec.get("error") or {}).get("code") if isinstance(rec.get("error"), dict) else None
    if want_err != got_err:
        errs.append(f"error: expected {want_err!r}, got {got_err!r}"
                    + (f" ({rec['error'].get('message')})" if got_err else ""))
    for k in FIELDS:
        if k not in exp:
            continue
        want, got = exp[k], rec.get(k, "(no such key)")
        if k in ("date", "date_modified") and isinstance(want, str) and len(want) == 10 and isinstance(got, str):
            got = got[:10]
        if want != got:
            errs.append(f"{k}: expected {want!r}, got {got!r}")
    text = norm(rec.get("text") or "")
    for s in exp.get("text_has", []):
        if norm(s) not in text:
            errs.append(f"text lacks: {s!r}")
    for s in exp.get("text_lacks", []):
        if norm(s) in text:
            errs.append(f"text has (must not): {s!r}")
    if "quotes" in exp:
        errs += check_quotes(exp["quotes"], rec)
    return errs


def check_quotes(want, rec):
    """Quotes in order, each expected key equal; every span must give the
    quote's piece of the text, or of the title for a headline's quote
    (field "title"; offsets are code points: Python indexing)."""
    errs = []
    got = rec.get("quotes") or []
    for q in got:
        where = rec.get("title") if q.get("field") == "title" else rec.get("text")
        pieces = [(where or "")[s:e] for s, e in q.get("spans", [])]
        if " ".join(pieces) != q.get("text"):
            errs.append(f"quote spans do not give its text: {pieces!r} vs {q.get('text')!r}")
    if len(got) != len(want):
        errs.append(f"quotes: expected {len(want)}, got {len(got)}: "
                    + "; ".join(f"{q.get('mention')!r}: {q.get('text')!r}" for q in got))
    for i, (w, g) in enumerate(zip(want, got)):
        for k, v in w.items():
            if g.get(k) != v:
                errs.append(f"quote {i} {k}: expected {v!r}, got {g.get(k)!r}")
    return errs


def run_group(lede, cases, args, work, failures):
    """Runs the cases that share the options args (JSON, then each format
    some case has an expected output for); adds mismatches to failures."""
    out, err, rc = run_lede(lede, "jsonl", cases, work, args)
    if rc not in (0, 1):
        print(f"golden: lede exited {rc}: {err.strip()[-500:]}", file=sys.stderr)
    recs = {}
    for line in out.splitlines():
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            print(f"golden: invalid JSON line ({e}): {line[:200]}", file=sys.stderr)
            continue
        recs[r.get("source")] = r
    if len(out.splitlines()) != len(cases):
        print(f"golden: {len(cases)} inputs gave {len(out.splitlines())} lines", file=sys.stderr)
    for c in cases:
        failures[c["name"]] += check_record(c, recs.get(c["page"]))
    for fmt, key in (("text", "txt"), ("markdown", "md"), ("html", "html")):
        sub = [c for c in cases if key in c]
        if not sub:
            continue
        out, err, rc = run_lede(lede, fmt, sub, work, args)
        parts = split_sections(out, sub)
        for c in sub:
            got = parts.get(c["page"])
            want = c[key]
            if got is None:
                failures[c["name"]].append(f"--format {fmt}: no output section")
            elif got.rstrip("\n") != want.rstrip("\n"):
                failures[c["name"]].append(f"--format {fmt} differs:\n"
                                           + diff(want.rstrip("\n") + "\n", got.rstrip("\n") + "\n", key))


def main(argv):
    lede, only, verbose = os.path.join("build", "lede"), None, False
    args = iter(argv)
    for a in args:
        if a == "--only":
            only = next(args, None)
        elif a == "--dir":
            global GOLDEN
            GOLDEN = next(args, GOLDEN)
        elif a == "-v":
            verbose = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            lede = a
    cases = load_cases(only)
    if not cases:
        print("golden: no cases found", file=sys.stderr)
        print("golden: 0 passed, 1 failed")
        return 1
    if not os.access(lede, os.X_OK):
        print(f"golden: {lede} is not an executable (build first, or give its path)", file=sys.stderr)
        print(f"golden: 0 passed, {len(cases)} failed")
        return 1
    failures = {c["name"]: [] for c in cases}
    with tempfile.TemporaryDirectory(prefix="golden-") as work:
        for args in sorted({c["args"] for c in cases}):
            run_group(lede, [c for c in cases if c["args"] == args], args, work, failures)
    passed = failed = 0
    xfailed, xpassed = [], []
    for c in cases:
        errs = failures[c["name"]]
        xfail = (c.get("expected") or {}).get("xfail")
        if errs and xfail:
            xfailed.append(c["name"])
            print(f"XFAIL {c['name']} (known: {xfail})")
            for e in errs:
                print("    " + e.replace("\n", "\n    "))
        elif errs:
            failed += 1
            print(f"FAIL {c['name']}")
            for e in errs:
                print("    " + e.replace("\n", "\n    "))
        else:
            passed += 1
            if xfail:
                xpassed.append(c["name"])
                print(f"XPASS {c['name']}: it passes now; remove its \"xfail\" marker")
            elif verbose:
                print(f"ok   {c['name']}")
    if xfailed:
        print(f"golden: {len(xfailed)} known failure(s) not counted: {', '.join(xfailed)}")
    print(f"golden: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
