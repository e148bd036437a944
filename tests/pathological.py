#!/usr/bin/env python3
"""pathological.py: inputs built to break parsers and extractors, run
through the whole CLI (parse + extract + render), each under a CPU-time
limit; every one must give exactly one record, within the stated memory
bound (16 MB + 128 x input; for an AddressSanitizer build twice that plus
32 MB, for its redzones and quarantine).

Linearity: generators that scale are run at n/8 and n; 8x the input must
cost less than 22x the CPU time (start-up subtracted), so a quadratic path
(64x) fails. 22 is the geometric mean of 8 and 64: the bar sits as far
from a linear path as from a quadratic one, and the wide spread keeps a
linear path whose cost bends up where its DOM outgrows the cache (one
case reads 9x for 8x the input) well clear of it. CPU time, never
wall-clock time: other processes on a loaded machine, or a slow sanitizer
build, must not make a linear path look quadratic (ASan slows both sizes
alike). CPU time still grows when another process shares the core's
caches or its hyperthread sibling, and more for the large input than the
small one: so the two sizes are run in turn (both meet the same load), the
least time of each counts, and a verdict of "not linear" is measured
again, up to MEASURES times in all. Load only ever adds CPU time, so the
least of several runs cannot bring a quadratic path's 64x under 22x: it
fails every measure. But load adds more to the big input than to the
small one, run after run: many_headings costs 7.8x the instructions for
8x the input, yet 14x to 31x the CPU time on this project's 2-core
machines at a load average of 8 to 14 (its 48 MB of DOM and side tables
outgrow the caches that other processes share), and the least of 3 x 3
runs cannot remove a bias that every run has. So a case still judged not
linear after MEASURES measures is judged by counted instructions
(perf stat's instructions:u where the CPU exposes its counters, else
valgrind's callgrind): the same two sizes, one run each, the start-up's
count taken off, the same bar. A count does not move with load, and a
quadratic path's count grows 64x: it fails there too. Under callgrind
the big run may use at most BAR x the small run's CPU time (a linear one
used 8x; a quadratic path is stopped there, judged not linear, rather
than run to its end 15x slower). The counter is tried once, before its
first use, on the known programs (see --self-test); one that cannot tell
them apart, or none at all (an ASan build under valgrind), leaves the
CPU-time verdict standing. `--self-test` runs the checker, and the
instruction counter where there is one, on a known linear and a known
quadratic program and fails unless they tell them apart; the normal run
does the first too.

Amplification: inputs whose rendering could be many times their size (a
long <base href> resolved into thousands of links and images, list and
quote prefixes repeated on every line) are rendered in every format, and
the memory bound and the renderers' output budget must hold.

Decompression bombs: a gzip (and, with the zstd command, a zstd) file a
thousand times smaller than the 256 MiB of markup it holds must give one
too_large record that says the decompressed input is over --max-bytes,
with memory bounded by that limit (16 MB + 2 x --max-bytes), not by what
the bomb would expand to.

    tests/pathological.py [build/lede] [--self-test]

Ends with "pathological: N passed, N failed"."""
import json, os, resource, shutil, subprocess, sys, tempfile, time, zlib

# CPU seconds one run may use (RLIMIT_CPU on the child): a hang or a blow-up
# is killed by the kernel however loaded the machine is. The wall-clock
# limit is only a backstop for a child that waits without using CPU.
LIMIT_CPU_S = 20
# A sanitizer build (ASan + UBSan) runs the same work 5-10x slower: its
# limit is this many times the plain one, or a linear case near the plain
# limit's tenth (one_name_many_quotes: 1.9 s plain, 18.7 s under ASan at
# 120 KB) is killed at random by a busy machine's cache misses.
ASAN_CPU_FACTOR = 3
# Runs per size of a scaling case; the least CPU time counts.
RUNS = 3
# Measures of a scaling case before it is judged not linear (see above).
MEASURES = 3
# The small size of a scaling case is n / SPREAD; the big one may cost
# less than BAR times the small one (see above: sqrt(8 * 64) ~ 22).
SPREAD = 8
BAR = 22
# Counted instructions (see above): the big run needs this many to be
# judged at all, and the small one counts as at least this many (the
# start-up taken off), as the CPU-time floors do (about 1e9 instructions
# a second).
INSN_BIG_FLOOR = 5_000_000
INSN_SMALL_FLOOR = 1_000_000
# callgrind runs a program 15-50x slower: the CPU limit of its runs.
VALGRIND_CPU_S = 600
LIMIT_WALL_S = 600.0

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
def pager_links(n):
    """n next-page links (the right URL, the text "2") inside a comment
    section 40 levels deep: each is a candidate for next_page."""
    return ('<link rel="canonical" href="https://e.com/s"><article><p>' + "word " * 200 + "</p>"
            + '<div class="comments">' * 40 + '<a href="/s?page=2">2</a> ' * (n // 26) + "</article>")
def jsonld_body_big(n):
    """An empty DOM body and an articleBody of n bytes of short lines,
    half of them escaped markup: the JSON-LD body fallback parses it all."""
    return ('<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"'
            + "word &lt;b&gt;x&lt;/b&gt; <em>y</em>\\n" * (n // 34) + '"}</script><div id="app"></div>')
def paywall_selectors(n):
    """A declared paywalled part with a selector list of n/10 items and
    n/10 elements that each match one of its classes."""
    sel = ", ".join(f".c{i}" for i in range(n // 10))
    return ('<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false,'
            '"articleBody":"' + "text " * 1000 + '","hasPart":{"isAccessibleForFree":false,"cssSelector":"'
            + sel + '"}}</script>' + "".join(f'<div class="c{i}">x</div>' for i in range(n // 20)))
def many_speakers(n):
    """Quotes with pronoun and surname speakers among thousands of names:
    speaker resolution must stay linear (a bounded window, names indexed)."""
    first = ["Anna", "Mark", "Julia", "Peter", "Maria", "John", "Laura", "David"]
    return "<article>" + "".join(
        f"<p>{first[i % 8]} Name{i % 997} of Town{i} met reporters. \u201cWe will win this,\u201d she said. "
        f"\u201cNo doubt,\u201d Name{(i * 7) % 997} told them.</p>" for i in range(n // 120)) + "</article>"

def one_name_many_quotes(n):
    """Thousands of quotes by one name, each behind a word of no table
    ("Zorvak Anne Baxter said"): every lookup of the name read all its
    runs in the window and counted each of them over all of them again
    (40 s at 150 KB); names_sharing reads a bounded number per lookup."""
    w = lambda i: "Z" + "".join("aeioukrstv"[int(d)] for d in str(i).zfill(6))
    return "<article><p>" + "".join(
        f"\u201cIt works,\u201d {w(i)} Anne Baxter said. " for i in range(n // 40)) + "</p></article>"

def many_cues(n):
    """One sentence: a quote, then n/16 speech cues with their speakers and
    no sentence end: each cue finds its nearest quote by binary search (a
    scan of the whole sentence per cue was quadratic: 16 s at 1.3 MB)."""
    return "<article><p>\u201cWe will win this,\u201d " + "he said Tuesday " * (n // 16) + "and more.</p></article>"

def kicker_sections(n):
    """An og:title, a nav of n/60 links and n/100 h1s, each under an h4
    label that no link reads: every labelled heading asks whether its
    label names a section (label_names_section), and each question read
    and folded every link of the page again; the links' keys are now
    collected once a page."""
    return ('<meta property="og:title" content="Harvest: Rain returns to the valley"><nav>'
            + "".join(f'<a href="/s{i}">Section {i}</a>' for i in range(n // 60)) + "</nav>"
            + "".join(f"<div><h4>Harvest</h4><h1>Rain returns to the valley {i}</h1></div>"
                      for i in range(n // 100)) + "<article><p>" + "word " * 200 + "</p></article>")

# Last rounds' rules that walk lists, links, siblings and headings, each
# driven by thousands of items: headline and tag lists, a table of
# contents, lists nested to the depth cap, the header byline's co-authors.
_NAME = lambda i: "Z" + "".join("aeioukrstv"[int(d)] for d in str(i).zfill(6)).lower()
_STORY = "<p>" + "The council met on Tuesday to talk about the new road and the school. " * 20 + "</p>"
def coauthor_byline(n):
    """JSON-LD naming n/60 authors and a header byline naming them all
    and one more, each name a link (header_byline_adds: every declared
    name is looked for among the byline's). Linked names: plain text
    cost too little per byte for the big run to rise above the floor."""
    names = [f"Anna {_NAME(i).capitalize()}" for i in range(n // 60)]
    ld = ",".join('{"@type":"Person","name":"%s"}' % x for x in names)
    return ('<html><head><title>Road plans</title><script type="application/ld+json">{"@type":"Article",'
            '"headline":"Road plans","author":[' + ld + ']}</script></head><body><article><h1>Road plans</h1>'
            '<div class="entry-meta"><span class="vcard author">By '
            + ", ".join(f'<a class="fn" href="/author/{i}">{x}</a>' for i, x in enumerate(names + ["Mark Extra"]))
            + "</span></div>" + _STORY + "</article></body></html>")
def link_lists(n):
    """n/400 lists of five headline links after a story, half under a
    "Read more:" label: every list is tested as a headline list
    (headline_link_list, labelled_list_items)."""
    out = ["<article><h1>Road plans</h1>", _STORY]
    for j in range(n // 400):
        if j % 2:
            out.append("<p>Read more:</p>")
        out.append("<ul>" + "".join(f'<li><a href="/news/story-{j}-{i}">The council plans a new road to school {j} {i}</a></li>'
                                    for i in range(5)) + "</ul>")
    return "".join(out) + "</article>"
def huge_link_list(n):
    """One labelled list of n/80 headline links inside the story (each
    item's links read by item_links)."""
    return ("<article><h1>Road plans</h1>" + _STORY + "<p>More about:</p><ul>"
            + "".join(f'<li><a href="/news/story-{i}">The council plans a new road {i}</a></li>' for i in range(n // 80))
            + "</ul>" + _STORY + "</article>")
def toc_outline(n):
    """A table of contents of n/120 in-page links over as many sections
    (the TOC label over the outline's in-page links)."""
    k = n // 120
    return ("<article><h1>Road plans</h1><p>Contents</p><ul>"
            + "".join(f'<li><a href="#s{i}">Section {i}</a></li>' for i in range(k)) + "</ul>"
            + "".join(f'<h2 id="s{i}">Section {i}</h2><p>The council met about road {i}.</p>' for i in range(k)) + "</article>")
def nested_link_lists(n):
    """Lists nested as deep as the parser allows, each item a headline link."""
    return ("<article><h1>Road plans</h1>" + _STORY
            + "".join(f'<ul><li><a href="/news/story-{i}">The council plans a new road {i}</a>' for i in range(n // 70)) + "</article>")
def tag_list_first_entry(n):
    """A list whose first entry is a label ("More about:"), then n/40 tags
    (the tag list labelled by its own first entry)."""
    return ("<article><h1>Road plans</h1>" + _STORY + "<ul><li>More about:</li>"
            + "".join(f'<li><a href="/tag/t{i}">Topic {i}</a></li>' for i in range(n // 40)) + "</ul></article>")

# Output amplification. The renderers' budget is 1 MiB + 8 x the input
# (src/render/render_int.h); one node may overshoot it by a few times its
# own text, so the check allows twice that.
def base_links(n):
    """The longest base lede uses (8 KiB) and n short links and images."""
    base = "https://e.com/" + "b" * 8000 + "/"
    return (f'<html><head><base href="{base}"></head><body><article><p>'
            + "".join(f'<a href="x{i}">y</a> <img src="i{i}">' for i in range(n)) + "</p></article></body></html>")
def huge_base_links(n):
    """A 100 KB base (over the URL bound: ignored) and n short links."""
    base = "https://e.com/" + "b" * 100_000 + "/"
    return (f'<html><head><base href="{base}"></head><body><article><p>'
            + "".join(f'<a href="x{i}">y</a> <img src="i{i}">' for i in range(n)) + "</p></article></body></html>")
def nested_list_paras(n):
    """60 nested ordered lists with wide markers, then n paragraphs: every
    Markdown line repeats the whole indentation."""
    return "<article>" + '<ol start="99999999"><li>' * 60 + "<p>a</p>" * n + "</article>"
def nested_quote_pre(n):
    """A <pre> of n lines inside 60 quotes: every line gets "> " x depth."""
    return "<article>" + "<blockquote>" * 60 + "<pre>" + "a\n" * n + "</pre></article>"

AMPLIFY = [(base_links, 20_000), (huge_base_links, 20_000), (nested_list_paras, 200_000),
           (nested_quote_pre, 300_000)]
OUT_FIXED = 2 << 20
OUT_PER_BYTE = 16

SCALING = [nested_div, unclosed_p, big_text, many_attrs, endless_table, nested_inline, nested_table,
           nul_bytes, many_entities, open_comment, script_escape, formatting_storm, attr_no_quote_end,
           many_headings, deep_lists, svg_breakout, many_noscript, pager_links, jsonld_body_big,
           paywall_selectors, many_speakers, many_cues, one_name_many_quotes, kicker_sections,
           coauthor_byline, link_lists, huge_link_list, toc_outline, nested_link_lists, tag_list_first_entry]
SIZES = {nested_div: 100_000, unclosed_p: 1_000_000, big_text: 10_000_000, many_attrs: 100_000,
         endless_table: 200_000, nested_inline: 500_000, nested_table: 50_000, nul_bytes: 1_000_000,
         many_entities: 1_000_000, open_comment: 5_000_000, script_escape: 5_000_000,
         formatting_storm: 50_000, attr_no_quote_end: 5_000_000, many_headings: 1_000_000,
         deep_lists: 100_000, svg_breakout: 1_000_000, many_noscript: 1_000_000, pager_links: 1_000_000,
         jsonld_body_big: 1_600_000, paywall_selectors: 1_000_000,
         many_speakers: 4_000_000, many_cues: 1_000_000,
         one_name_many_quotes: 120_000, kicker_sections: 1_000_000,
         # sized so the big run costs 0.2 s of CPU or more: under the
         # floor linear() passes any ratio (link_lists hid a quadratic
         # walk at 1 MB)
         coauthor_byline: 8_000_000, link_lists: 8_000_000, huge_link_list: 10_000_000, toc_outline: 6_000_000,
         nested_link_lists: 6_000_000, tag_list_first_entry: 6_000_000}


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# The stated memory bound (README, docs/architecture.md): peak resident memory
# at most 16 MB + 128 x the input size. Real pages use about 5x; hostile
# markup costs ~190 bytes per DOM node (tree + extractor side tables), and
# the densest markup makes a node every 2 bytes.
MEM_FIXED = 16 << 20
MEM_PER_BYTE = 128
# Under AddressSanitizer every allocation carries redzones and freed memory
# sits in quarantine, and the runtime itself takes ~17 MB before main():
# there the bound is checked at twice its size plus 32 MB, which still
# catches any blow-up (the unbounded renderers reached 3.9 GB).
ASAN_FACTOR, ASAN_FIXED = 2, 32 << 20


def mem_bound(lede, size):
    bound = MEM_FIXED + MEM_PER_BYTE * size
    return ASAN_FACTOR * bound + ASAN_FIXED if is_asan(lede) else bound


def is_asan(lede, _cache={}):
    if lede not in _cache:
        with open(lede, "rb") as f:
            _cache[lede] = b"__asan_init" in f.read()
    return _cache[lede]


def cpu_limit_s(cmd):
    return LIMIT_CPU_S * (ASAN_CPU_FACTOR if is_asan(cmd[0]) else 1)


def run_cmd(cmd, path):
    """Runs cmd + [path] under the CPU limit; returns (exit code or None when
    killed, child CPU seconds, peak RSS in bytes, stdout bytes)."""
    out = tempfile.TemporaryFile()
    # GNU time reports the child's peak RSS: a child forked from this
    # Python process would inherit its high-water mark.
    memfile = path + ".mem"
    limit = cpu_limit_s(cmd)
    p = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", memfile] + cmd + [path],
                         stdout=out, stderr=subprocess.DEVNULL,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1)))
    t0 = time.monotonic()
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > LIMIT_WALL_S:
            p.kill()
            os.wait4(p.pid, 0)
            return None, limit, 0, b""
        time.sleep(0.002)
    rc = os.waitstatus_to_exitcode(status)
    out.seek(0)
    data = out.read()
    try:
        rss = int(open(memfile).read().split()[-1]) * 1024
    except (OSError, ValueError, IndexError):
        rss = 0
    # /usr/bin/time exits 128+N when its child was killed by signal N (the CPU limit: SIGXCPU)
    return (rc if rc in (0, 1, 2) else None), ru.ru_utime + ru.ru_stime, rss, data


def run(lede, path, fmt="jsonl"):
    """Runs lede on path; returns (one good record?, child CPU seconds,
    peak RSS in bytes, output bytes). Quotes on (they are opt-in): the
    quote finder meets every hostile input too."""
    rc, dt, rss, data = run_cmd([lede, "--quotes", "--format", fmt], path)
    if fmt == "jsonl":
        lines = [l for l in data.split(b"\n") if l.strip()]
        try:
            ok = rc in (0, 1) and len(lines) == 1 and isinstance(json.loads(lines[0]), dict)
        except ValueError:
            ok = False
    else:
        ok = rc in (0, 1)
    return ok, dt, rss, len(data)


def linear(times, startup):
    """SPREAD x the input in under BAR x the CPU time, once the process
    start-up (the same at both sizes) is taken off; a quadratic path costs
    SPREAD^2 x. Below 0.05 s the measure is noise."""
    small, big = (max(t - startup, 0.0) for t in times)
    return big < 0.05 or big < BAR * max(small, 0.01)


def judge(measure, startup, count=None):
    """(linear?, times, measures taken, note): measure() gives the least
    CPU time of each size; a verdict of not linear is measured again, up
    to MEASURES times, and one linear measure passes. Past that, count()
    (when given) judges by counted instructions: it gives (linear?, note),
    or None where no counter can be used."""
    for k in range(1, MEASURES + 1):
        times = measure()
        if linear(times, startup):
            return True, times, k, ""
    verdict = count() if count else None
    if verdict is None:
        return False, times, MEASURES, ""
    return verdict[0], times, MEASURES, verdict[1]


class Counter:
    """Counts the user-space instructions of one run: perf stat's
    instructions:u where the CPU's counters can be read, else valgrind's
    callgrind (not for an AddressSanitizer build: valgrind cannot run
    one), else none. Tried on the known programs before its first use."""

    def __init__(self, work):
        self.work = work
        self.tools = []
        if shutil.which("perf"):
            probe = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "--", "true"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if self._perf_count(probe.stderr):
                self.tools.append("perf")
        if shutil.which("valgrind"):
            self.tools.append("callgrind")
        self.proven = None
        self.startups = {}

    @staticmethod
    def _perf_count(err):
        for line in err.splitlines():
            field = line.split(",")
            if len(field) > 2 and field[2].startswith("instructions") and field[0].isdigit():
                return int(field[0])
        return None

    def tool(self, cmd):
        for t in self.tools:
            if t == "perf" or not is_asan(cmd[0]):
                return t
        return None

    def count(self, cmd, path, limit):
        """(instructions, CPU seconds) of cmd + [path], instructions None
        when the run passed the CPU limit or gave no count."""
        t = self.tool(cmd)
        if t == "perf":
            pre = ["perf", "stat", "-x,", "-e", "instructions:u", "--"]
        else:
            pre = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        before = cpu()
        try:
            p = subprocess.run(pre + cmd + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, errors="replace", timeout=LIMIT_WALL_S,
                               preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1)))
        except subprocess.TimeoutExpired:
            return None, limit
        dt = cpu() - before
        if t == "perf":
            n = self._perf_count(p.stderr) if p.returncode >= 0 and dt < limit else None
        else:
            m = [x for x in p.stderr.splitlines() if "Collected :" in x]
            n = int(m[-1].split(":")[-1]) if m and dt < limit else None
        return n, dt

    def verdict(self, cmd, paths, startup_path):
        """(linear?, note) by counted instructions of the two sizes, or
        None when this command has no counter that told the known
        programs apart."""
        t = self.tool(cmd)
        if t is None:
            return None
        if self.proven is None:
            self.proven = counter_self_test(self)
        if not self.proven:
            return None
        limit = VALGRIND_CPU_S if t == "callgrind" else cpu_limit_s(cmd)
        key = tuple(cmd)
        if key not in self.startups:
            self.startups[key] = self.count(cmd, startup_path, limit)[0]
        startup = self.startups[key]
        small, dt = self.count(cmd, paths[0], limit)
        if startup is None or small is None:
            return None
        if t == "callgrind":
            # a quadratic path stops here: BAR x the small run's time (a
            # linear one used 8x: callgrind's cost per instruction moves
            # little with the input's size or the machine's load)
            limit = min(limit, max(5, int(BAR * dt) + 1))
        big, _ = self.count(cmd, paths[1], limit)
        if big is None:
            return False, f"{t}: the big run passed {limit} s of CPU"
        s, b = max(small - startup, 0), max(big - startup, 0)
        lin = b < INSN_BIG_FLOOR or b < BAR * max(s, INSN_SMALL_FLOOR)
        return lin, f"{t}: {s / 1e6:.0f}M {b / 1e6:.0f}M instructions, {b / max(s, INSN_SMALL_FLOOR):.1f}x"


def least_times(run_one, paths):
    """The least CPU time of RUNS runs of each path, the paths run in
    turn (small, big, small, big, ...) so that both sizes meet the same
    load. run_one(path) gives the CPU seconds of one run."""
    best = [None] * len(paths)
    for _ in range(RUNS):
        for i, path in enumerate(paths):
            t = run_one(path)
            best[i] = t if best[i] is None else min(best[i], t)
    return best


def startup_cpu(cmd, work):
    """CPU time of the command on a one-byte input (least of three)."""
    path = os.path.join(work, "startup.html")
    with open(path, "w") as f:
        f.write("<")
    return min(run_cmd(cmd, path)[1] for _ in range(3))


# A program whose cost is known: it does n (or n x argv[2]) steps, or
# n*n/40 steps, for an input of n bytes. The checker must pass the first
# and fail the second.
FAKE = """import sys
n = len(open(sys.argv[-1], "rb").read())
steps = n * int(sys.argv[2]) if sys.argv[1] == "linear" else n * n // 40
x = 0
for i in range(steps):
    x += i
"""


def self_test(work):
    """Runs the linearity check on FAKE: 1 when it judges the linear
    program linear and the quadratic one not."""
    prog = os.path.join(work, "fake.py")
    with open(prog, "w") as f:
        f.write(FAKE)
    verdicts = {}
    for kind in ("linear", "quadratic"):
        cmd = [sys.executable, prog, kind, "1"]
        startup = startup_cpu(cmd, work)
        # sizes where the quadratic program's own work (0.02 s, then 1.4 s)
        # dwarfs the interpreter's start-up and its noise; judged as the
        # cases are, re-measures included
        paths = []
        for size in (24_000 // SPREAD, 24_000):
            paths.append(os.path.join(work, f"fake{size}.html"))
            with open(paths[-1], "w") as f:
                f.write("x" * size)
        verdicts[kind], times, k, _ = judge(lambda: least_times(lambda p: run_cmd(cmd, p)[1], paths), startup)
        print(f"self-test {kind:9}: " + " ".join(f"{t:.3f}s" for t in times)
              + f" (start-up {startup:.3f}s, {k} measure{'s' if k > 1 else ''})"
              + f" judged {'linear' if verdicts[kind] else 'not linear'}")
    good = verdicts["linear"] and not verdicts["quadratic"]
    print(f"{'ok  ' if good else 'FAIL'} linearity checker tells linear from quadratic")
    return good


def counter_self_test(counter):
    """Runs the instruction count's verdict on FAKE (the interpreter
    without site or environment: under callgrind its start-up alone is
    28M instructions, 2.6 s): true when it judges the linear program
    linear and the quadratic one not. Sizes where the quadratic program
    does 1,562 and 100,000 steps (2M and 118M instructions), the linear
    one 100 steps a byte."""
    prog = os.path.join(counter.work, "fake.py")
    with open(prog, "w") as f:
        f.write(FAKE)
    paths = []
    for size in (2_000 // SPREAD, 2_000):
        paths.append(os.path.join(counter.work, f"count{size}.html"))
        with open(paths[-1], "w") as f:
            f.write("x" * size)
    start = os.path.join(counter.work, "count1.html")
    with open(start, "w") as f:
        f.write("x")
    counter.proven = True  # verdict() below must not call back here
    verdicts = {}
    for kind in ("linear", "quadratic"):
        v = counter.verdict([sys.executable, "-S", "-I", prog, kind, "100"], paths, start)
        verdicts[kind] = v[0] if v else None
        print(f"counter-test {kind:9}: " + (v[1] if v else "no count") + " judged "
              + {True: "linear", False: "not linear", None: "-"}[verdicts[kind]])
    good = verdicts["linear"] is True and verdicts["quadratic"] is False
    counter.proven = good
    print(f"{'ok  ' if good else 'note'} instruction counter "
          + ("tells linear from quadratic" if good else "cannot tell linear from quadratic here: not used"))
    return good


BOMB_BYTES = 256 << 20


def gzip_bomb(path):
    c = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: a gzip member
    with open(path, "wb") as f:
        f.write(c.compress(b"<html><body><p>"))
        block = b" " * (1 << 20)
        for _ in range(BOMB_BYTES >> 20):
            f.write(c.compress(block))
        f.write(c.flush())


def bombs(lede, work):
    """(passed, failed) over the decompression bombs, at the default limit
    and at --max-bytes 1000000."""
    passed = failed = 0
    gz = os.path.join(work, "bomb.html.gz")
    gzip_bomb(gz)
    files = [gz]
    if shutil.which("zstd"):
        zst = os.path.join(work, "bomb.html.zst")
        # zstd reads the gzip bomb's bytes back as plain input and writes a zstd frame
        p = subprocess.run(["sh", "-c", f"gzip -dc '{gz}' | zstd -q -c > '{zst}'"], check=False)
        if p.returncode == 0:
            files.append(zst)
    for path in files:
        for limit in (None, 1_000_000):
            cmd = [lede, "--format", "jsonl"] + ([] if limit is None else ["--max-bytes", str(limit)])
            rc, dt, rss, data = run_cmd(cmd, path)
            max_bytes = limit or 50_000_000
            bound = MEM_FIXED + 2 * max_bytes
            if is_asan(lede):
                bound = ASAN_FACTOR * bound + ASAN_FIXED
            try:
                rec = json.loads(data)
                err = rec.get("error") or {}
            except ValueError:
                err = {}
            good = (rc == 1 and err.get("code") == "too_large"
                    and f"decompressed input larger than --max-bytes {max_bytes}" in err.get("message", "")
                    and rss <= bound)
            print(f"{'ok  ' if good else 'FAIL'} bomb {os.path.basename(path):14} --max-bytes {max_bytes:<9} "
                  f"in={os.path.getsize(path) / 1e3:.0f} kB {rss / 1e6:.0f} MB RSS {dt:.2f}s {err}")
            passed, failed = passed + good, failed + (not good)
    return passed, failed


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lede = args[0] if args else "build/lede"
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="lede-path-") as work:
        good = self_test(work)
        passed, failed = passed + good, failed + (not good)
        counter = Counter(work)
        if "--self-test" in sys.argv:
            if counter.tools:
                good = counter_self_test(counter)
                passed, failed = passed + good, failed + (not good)
            else:
                print("no instruction counter (perf stat instructions:u, valgrind) here")
            print(f"pathological: {passed} passed, {failed} failed")
            return 1 if failed else 0
        cmd = [lede, "--quotes", "--format", "jsonl"]
        startup = startup_cpu(cmd, work)
        cases = [(g, SIZES[g]) for g in SCALING] + [(lone_lt, 1)]
        for gen, n in cases:
            paths = []
            for size in ([n // SPREAD, n] if gen in SCALING else [n]):
                paths.append(os.path.join(work, f"{gen.__name__}-{size}.html"))
                with open(paths[-1], "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(gen(size))
            state = {"ok": True, "mem": True, "rss": 0}

            def run_one(path):
                ok, dt, rss, _ = run(lede, path)
                state["ok"] = state["ok"] and bool(ok)
                state["mem"] = state["mem"] and rss <= mem_bound(lede, os.path.getsize(path))
                state["rss"] = rss
                return dt
            if gen in SCALING:
                # the least CPU time of RUNS runs: a few ms of scheduler
                # noise on the small size must not decide the linearity
                lin, times, k, note = judge(lambda: least_times(run_one, paths), startup,
                                            lambda: counter.verdict(cmd, paths, os.path.join(work, "startup.html")))
            else:
                lin, times, k, note = True, [run_one(paths[0])], 1, ""
            ok_all, mem_ok, rss = state["ok"], state["mem"], state["rss"]
            good = ok_all and lin and mem_ok
            print(f"{'ok  ' if good else 'FAIL'} {gen.__name__:18} n={n:<9} "
                  + " ".join(f"{t:.3f}s" for t in times) + f"  {rss / 1e6:.0f} MB"
                  + (f"  ({k} measures)" if k > 1 else "") + (f"  ({note})" if note else "")
                + ("" if lin else "  (not linear)")
                  + ("" if ok_all else "  (no record / timeout)") + ("" if mem_ok else "  (over the memory bound)"))
            passed, failed = passed + good, failed + (not good)
        for gen, n in AMPLIFY:
            path = os.path.join(work, gen.__name__ + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(gen(n))
            size = os.path.getsize(path)
            for fmt in ("jsonl", "text", "markdown", "html"):
                ok, dt, rss, out_len = run(lede, path, fmt)
                mem_ok = rss <= mem_bound(lede, size)
                out_ok = out_len <= OUT_FIXED + OUT_PER_BYTE * size
                good = bool(ok) and mem_ok and out_ok
                print(f"{'ok  ' if good else 'FAIL'} {gen.__name__:18} {fmt:8} in={size / 1e6:.1f} MB "
                      f"out={out_len / 1e6:.1f} MB {rss / 1e6:.0f} MB RSS {dt:.2f}s"
                      + ("" if ok else "  (no record / killed)") + ("" if mem_ok else "  (over the memory bound)")
                      + ("" if out_ok else "  (over the output budget)"))
                passed, failed = passed + good, failed + (not good)
        p, f = bombs(lede, work)
        passed, failed = passed + p, failed + f
    print(f"pathological: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
