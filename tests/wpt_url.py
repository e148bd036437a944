#!/usr/bin/env python3
"""wpt_url.py: the web-platform-tests URL parser cases (urltestdata.json)
through lede's WHATWG URL parser (src/core/url.c, via tools/dev/lede_url).

    tests/wpt_url.py BUILD/lede_url [urltestdata.json]

A case passes when lede gives the expected href, or fails where the test
expects failure. Prints the cases that do not pass (with the reason each is
known to fail, where it is in KNOWN below), the pass rate, and ends with
"N passed, N failed"; the run fails when the pass rate is under 99% or a
case outside KNOWN fails (so a regression is caught even above 99%).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "wpt-url", "urltestdata.json")

# Cases lede is known to answer differently, with why (input, base).
KNOWN = {
    ("ftp://%e2%98%83", None): "U+2603 (snowman) is disallowed by IDNA2008, which libidn2 applies after the "
                               "UTS #46 mapping; browsers map it to xn--n3h",
    ("https://%e2%98%83", None): "same: U+2603 is disallowed by IDNA2008 (libidn2)",
}


def main():
    tool = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else DATA
    cases = [c for c in json.load(open(path, encoding="utf-8")) if isinstance(c, dict)]
    feed = bytearray()
    for c in cases:
        i = c["input"].encode("utf-8", "surrogatepass")
        b = None if c.get("base") is None else c["base"].encode("utf-8", "surrogatepass")
        feed += b"%d %d\n" % (len(i), -1 if b is None else len(b)) + i + (b or b"")
    r = subprocess.run([tool], input=bytes(feed), capture_output=True, timeout=60)
    lines = r.stdout.decode("utf-8", "replace").split("\n")
    passed = failed = unexpected = 0
    for k, c in enumerate(cases):
        got = lines[k] if k < len(lines) else "(no answer)"
        want = "failure" if c.get("failure") else "ok " + c["href"]
        if got == want:
            passed += 1
            continue
        failed += 1
        why = KNOWN.get((c["input"], c.get("base")))
        if not why:
            unexpected += 1
        print(f"FAIL input={c['input']!r} base={c.get('base')!r}\n     want {want!r}\n     got  {got!r}"
              + (f"\n     known: {why}" if why else ""))
    total = passed + failed
    rate = 100.0 * passed / total if total else 0.0
    print(f"WPT URL: {passed}/{total} = {rate:.2f}% of urltestdata.json")
    # the result line counts a known failure as neither passed nor failed
    print(f"wpt-url: {passed} passed, {unexpected + (1 if rate < 99.0 else 0)} failed, "
          f"{failed - unexpected} known failures")
    return 0 if rate >= 99.0 and not unexpected else 1


if __name__ == "__main__":
    sys.exit(main())
