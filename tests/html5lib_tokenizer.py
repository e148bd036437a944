#!/usr/bin/env python3
"""html5lib_tokenizer.py: runs html5lib-tests' tokenizer/*.test against
lede's tokenizer (tools/dev/lede_tokdump), all cases of all files through one
process, and compares token streams (parse-error lists are ignored).

Usage: tests/html5lib_tokenizer.py [--bin PATH] [--data DIR] [-v]
Prints the pass rate per file and in total, every skipped case with its
reason, failures (all with -v, else the first 20), and ends with the line
"html5lib: N passed, N failed". Exit status 1 when a case fails; exits 0
with "skipped: ../shared not found" when the test data is absent.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATES = {
    "Data state": "data",
    "PLAINTEXT state": "plaintext",
    "RCDATA state": "rcdata",
    "RAWTEXT state": "rawtext",
    "Script data state": "script",
    "CDATA section state": "cdata",
}


def unescape(s):
    """doubleEscaped: a second round of \\uHHHH unescaping."""
    return re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), s)


def has_surrogate(s):
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in s)


def norm_tokens(tokens, dbl):
    """Coalesces adjacent Character tokens; applies doubleEscaped unescaping."""
    out = []
    for t in tokens:
        t = list(t)
        if dbl:
            t = [unescape(x) if isinstance(x, str) else
                 ({unescape(k): unescape(v) for k, v in x.items()} if isinstance(x, dict) else x)
                 for x in t]
        if t[0] == "Character" and out and out[-1][0] == "Character":
            out[-1][1] += t[1]
        else:
            out.append(t)
    return out


def find_bin(arg):
    if arg:
        return arg
    for d in ("build-parser", "build"):
        p = os.path.join(ROOT, d, "lede_tokdump")
        if os.path.exists(p):
            return p
    sys.exit("lede_tokdump not found; build it or pass --bin")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "html5lib-tests", "tokenizer"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        print("skipped: ../shared not found (%s)" % a.data)
        return 0
    exe = find_bin(a.bin)

    cases = []   # (file, description, state, last, input, expected)
    skipped = []
    for path in sorted(glob.glob(os.path.join(a.data, "*.test"))):
        fname = os.path.basename(path)
        doc = json.load(open(path, encoding="utf-8"))
        if "tests" not in doc:
            for key, tests in doc.items():
                for t in tests:
                    skipped.append((fname, t["description"], "%s: XML-infoset coercion tests, not tokenizer output" % key))
            continue
        for t in doc["tests"]:
            dbl = t.get("doubleEscaped", False)
            inp = unescape(t["input"]) if dbl else t["input"]
            if has_surrogate(inp):
                skipped.append((fname, t["description"], "input has a lone surrogate, not representable in UTF-8"))
                continue
            exp = norm_tokens(t["output"], dbl)
            for st in t.get("initialStates", ["Data state"]):
                cases.append((fname, t["description"], STATES[st], t.get("lastStartTag") or "-",
                              inp.encode("utf-8"), exp))

    payload = bytearray()
    for c in cases:
        payload += b"%s %s %d\n" % (c[2].encode(), c[3].encode(), len(c[4]))
        payload += c[4]
    res = subprocess.run([exe], input=bytes(payload), stdout=subprocess.PIPE)
    if res.returncode != 0:
        sys.exit("lede_tokdump exited with %d" % res.returncode)
    lines = res.stdout.decode("utf-8", errors="surrogateescape").split("\n")

    per_file = {}
    failures = []
    for i, c in enumerate(cases):
        got = norm_tokens(json.loads(lines[i]), False) if i < len(lines) and lines[i] else None
        ok = got == c[5]
        pf = per_file.setdefault(c[0], [0, 0])
        pf[0 if ok else 1] += 1
        if not ok:
            failures.append((c, got))

    for f, (p, fl) in sorted(per_file.items()):
        print("%-28s %5d/%5d  %6.2f%%" % (f, p, p + fl, 100.0 * p / max(1, p + fl)))
    for f, desc, why in skipped:
        print("SKIP %s: %s -- %s" % (f, desc, why))
    show = failures if a.v else failures[:20]
    for c, got in show:
        print("FAIL %s [%s]: %s\n  input:    %r\n  expected: %s\n  got:      %s" % (
            c[0], c[2], c[1], c[4].decode("utf-8", "replace"), json.dumps(c[5], ensure_ascii=False),
            json.dumps(got, ensure_ascii=False)))
    npass = sum(p for p, _ in per_file.values())
    nfail = sum(fl for _, fl in per_file.values())
    print("total: %d/%d = %.2f%% (%d skipped)" % (npass, npass + nfail, 100.0 * npass / max(1, npass + nfail), len(skipped)))
    print("html5lib: %d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
