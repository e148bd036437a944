#!/usr/bin/env python3
"""pathological.py: inputs built to break parsers and extractors, run
through the whole CLI (parse + extract + render JSON), each under a time
limit; every one must give exactly one JSON record, within the stated
memory bound (16 MB + 128 x input). Generators that scale
are run at n/4 and n: 4x the input must cost less than 8x the CPU time, so
a quadratic path (16x) fails even on a noisy machine.

    tests/pathological.py [build/lede]

Ends with "pathological: N passed, N failed"."""
import json, os, resource, subprocess, sys, tempfile, time

LIMIT_S = 20.0

def nested_div(n): return "<div>" * n + "text" + "</div>" * n
def unclosed_p(n): return "<p>x" * n
def big_text(n): return "<p>" + ("lorem ipsum dolor " * (n // 18)) + "</p>"
def many_attrs(n): return "<div " + " ".join(f"a{i}=\"v\"" for i in range(n)) + ">x</div>"
def endless_table(n): return "<table>" + "<tr><td>cell</td>" * n
def nested_inline(n): return "<p>" + "<b><i><em><strong><span>" * (n // 5) + "deep" + "</p>"
def nested_table(n): return "<table><tr><td>" * n + "x"
def nul_bytes(n): return "<p>" + "a\0b\0" * (n // 4) + "</p>"
def lone_lt(n): return "<"
def many_entities(n): return "<p>" + "&amp;&notin;&#x1F600;&bogus;" * (n // 20) + "</p>"
def open_comment(n): return "<!--" + "-" * n
def script_escape(n): return "<script><!--<script>" + "x" * n
def formatting_storm(n): return "<p>" + "<a href=x><b><font>" * n + "t" + "</p>" * n
def attr_no_quote_end(n): return "<div class=\"" + "x" * n
def many_headings(n): return "<div>" + "<h2>Comments</h2><p>x</p>" * (n // 20) + "</div>"
def deep_lists(n): return "<ul><li>" * n + "item"
def svg_breakout(n): return "<svg>" + "<p><svg><title>" * (n // 20) + "x"
def many_noscript(n): return ("<noscript>" + "<p>" + "word " * 100 + "</p>" * 3 + "</noscript>") * (n // 600)

SCALING = [nested_div, unclosed_p, big_text, many_attrs, endless_table, nested_inline, nested_table,
           nul_bytes, many_entities, open_comment, script_escape, formatting_storm, attr_no_quote_end,
           many_headings, deep_lists, svg_breakout, many_noscript]
SIZES = {nested_div: 100_000, unclosed_p: 1_000_000, big_text: 10_000_000, many_attrs: 100_000,
         endless_table: 200_000, nested_inline: 500_000, nested_table: 50_000, nul_bytes: 1_000_000,
         many_entities: 1_000_000, open_comment: 5_000_000, script_escape: 5_000_000,
         formatting_storm: 50_000, attr_no_quote_end: 5_000_000, many_headings: 1_000_000,
         deep_lists: 100_000, svg_breakout: 1_000_000, many_noscript: 1_000_000}


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# The stated memory bound (README, docs/decisions.md): peak resident memory
# at most 16 MB + 128 x the input size. Real pages use about 5x; hostile
# markup costs ~190 bytes per DOM node (tree + extractor side tables), and
# the densest markup makes a node every 2 bytes.
MEM_FIXED = 16 << 20
MEM_PER_BYTE = 128


def run(lede, path):
    """Runs lede on path; returns (one good record?, child CPU seconds,
    peak RSS in bytes). CPU time, not wall time: other processes on the
    machine must not make a linear path look quadratic."""
    out = tempfile.TemporaryFile()
    # GNU time reports the child's peak RSS: a child forked from this
    # Python process would inherit its high-water mark.
    memfile = path + ".mem"
    p = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", memfile, lede, "--format", "jsonl", path],
                         stdout=out, stderr=subprocess.DEVNULL)
    t0 = time.monotonic()
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > LIMIT_S:
            p.kill()
            os.wait4(p.pid, 0)
            return None, LIMIT_S, 0
        time.sleep(0.002)
    rc = os.waitstatus_to_exitcode(status)
    out.seek(0)
    lines = [l for l in out.read().split(b"\n") if l.strip()]
    try:
        ok = len(lines) == 1 and isinstance(json.loads(lines[0]), dict) and rc in (0, 1)
    except ValueError:
        ok = False
    try:
        rss = int(open(memfile).read().split()[-1]) * 1024
    except (OSError, ValueError, IndexError):
        rss = 0
    return ok, ru.ru_utime + ru.ru_stime, rss


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="lede-path-") as work:
        cases = [(g, SIZES[g]) for g in SCALING] + [(lone_lt, 1)]
        for gen, n in cases:
            times = []
            ok_all = mem_ok = True
            for size in ([n // 4, n] if gen in SCALING else [n]):
                path = os.path.join(work, gen.__name__ + ".html")
                with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(gen(size))
                ok, dt, rss = run(lede, path)
                times.append(dt)
                ok_all = ok_all and bool(ok)
                mem_ok = mem_ok and rss <= MEM_FIXED + MEM_PER_BYTE * os.path.getsize(path)
            # 4x input, < 8x time (quadratic would be 16x); tiny times are noise
            linear = len(times) < 2 or times[1] < 0.05 or times[1] < 8 * max(times[0], 0.01)
            good = ok_all and linear and mem_ok
            print(f"{'ok  ' if good else 'FAIL'} {gen.__name__:18} n={n:<9} "
                  + " ".join(f"{t:.3f}s" for t in times) + f"  {rss / 1e6:.0f} MB" + ("" if linear else "  (not linear)")
                  + ("" if ok_all else "  (no record / timeout)") + ("" if mem_ok else "  (over the memory bound)"))
            passed, failed = passed + good, failed + (not good)
    print(f"pathological: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
