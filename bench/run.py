#!/usr/bin/env python3
"""Side-by-side benchmark: lede against peer extractors, same pages, same machine, same run.

    bench/run.py [--sets trafilatura-eval,readability,htmldate] [--runs 3]
                 [--tools lede,trafilatura,...] [--limit N] [--quality-only]
                 [--fresh | --retime-peers] [--out DIR]

Run from anywhere; paths are relative to the project root (the parent of bench/).
Peers come from bench/setup.sh (bench/.venv, bench/node_modules); lede from
./build/lede. Every tool gets the same list file (PATH<TAB>URL, the protocol of
../shared/bench/score.py) and is run ONCE per set as `CMD ... LISTFILE`.

Quality: score.py's own functions (imported as a module) score each tool's
output: snippet precision/recall/F1/accuracy (trafilatura-eval), 4-gram text
P/R/F1, exact title and byline (readability), same-day date (htmldate and the
dated readability pages).

Speed: every command runs under `taskset -c 0` (one pinned core). Per set and
tool: N runs of the full list interleaved with N runs of an EMPTY list (same
adapter: interpreter start-up, imports, warm-up page). Batch time = median(full)
- median(empty); pages/s and MB/s (of HTML) = pages or MB / batch time. The
clock is the CPU time (user+sys) of the process, which on a pinned core is its
wall time minus the time other processes held the core; wall-clock figures are
kept in results.json too.

Cache (bench/cache/, gitignored): peers are deterministic, so each peer's raw
output and timings are kept per (tool, version, adapter source, set, pages,
limit, machine). Later runs re-score the cached output and only run/time lede,
unless --fresh (re-run everything) or --retime-peers (reuse outputs, re-time).
lede is never cached.

Writes DIR/results.md, DIR/results.json, DIR/quality-vs-speed.svg (DIR defaults
to docs/bench for a full run; with --limit or --quality-only nothing is written
unless --out is given). The Markdown table is printed to stdout as well.
"""
import argparse, datetime, hashlib, importlib.util, json, math, os, platform, shutil, gzip
import statistics, subprocess, sys, time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
CACHE = os.path.join(BENCH, "cache")
VENV_PY = os.path.join(BENCH, ".venv", "bin", "python")
LEDE_MIN_RUNS = 5
ALL_SETS = ["trafilatura-eval", "readability", "htmldate"]
ALL_TOOLS = ["lede", "trafilatura", "trafilatura-fast", "resiliparse", "readability-lxml",
             "readability-js", "newspaper4k", "htmldate"]

# What each tool emits: metrics on fields a tool does not produce are shown as n/a.
FIELDS = {
    "lede": {"text", "title", "authors", "date"},
    "trafilatura": {"text", "title", "authors", "date"},
    "trafilatura-fast": {"text", "title", "authors", "date"},
    "resiliparse": {"text", "title"},
    "readability-lxml": {"text", "title"},
    "readability-js": {"text", "title", "authors", "date"},
    "newspaper4k": {"text", "title", "authors", "date"},
    "htmldate": {"date"},
}
METRIC_FIELD = {"snip_precision": "text", "snip_recall": "text", "snip_f1": "text",
                "snip_accuracy": "text", "text_precision": "text", "text_recall": "text",
                "text_f1": "text", "title_exact": "title", "byline_exact": "authors",
                "date_day": "date"}
METRIC_LABEL = {"snip_precision": "snip P", "snip_recall": "snip R", "snip_f1": "snip F1",
                "snip_accuracy": "snip acc", "text_precision": "text P", "text_recall": "text R",
                "text_f1": "text F1", "title_exact": "title", "byline_exact": "byline",
                "date_day": "date"}
DESCRIBE = {
    "lede": "lede, `./build/lede --format jsonl --input-list`",
    "trafilatura": "trafilatura `bare_extraction(with_metadata=True)`, default mode (text + comments, as `extract()` prints)",
    "trafilatura-fast": "trafilatura, `fast=True` (no fallback extractors)",
    "resiliparse": "Resiliparse `extract_plain_text(tree, main_content=True)`, title from the tree",
    "readability-lxml": "readability-lxml `Document.summary()` as text, `short_title()`",
    "readability-js": "Mozilla Readability.js on jsdom, `parse()`: content as text, title, byline, publishedTime",
    "newspaper4k": "newspaper4k `Article.download(input_html).parse()`",
    "htmldate": "htmldate `find_date()` (dates only)",
}


def load_score(path):
    spec = importlib.util.spec_from_file_location("lede_bench_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sha(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()


def file_sha(path):
    with open(path, "rb") as f:
        return sha(f.read())


def machine_id():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{platform.node()} | {model} | {os.cpu_count()} cpus"


def cpu_model():
    return machine_id().split(" | ", 1)[1]


# ---------------------------------------------------------------- tools

def tool_cmd(tool, root):
    if tool == "lede":
        return [os.path.join(root, "build", "lede"), "--format", "jsonl", "--input-list"]
    if tool == "readability-js":
        return ["node", os.path.join(BENCH, "adapters", "readability_js.mjs")]
    return [VENV_PY, os.path.join(BENCH, "adapters", "py_peer.py"), tool]


def tool_source(tool):
    """Adapter source hash: a changed adapter invalidates the tool's cache."""
    if tool == "readability-js":
        return file_sha(os.path.join(BENCH, "adapters", "readability_js.mjs"))
    if tool == "lede":
        return ""
    return file_sha(os.path.join(BENCH, "adapters", "py_peer.py"))


def peer_versions():
    v = {}
    if os.path.exists(VENV_PY):
        code = ("import importlib.metadata as m, json, sys\n"
                "out = {}\n"
                "for p in ['trafilatura', 'resiliparse', 'readability-lxml', 'newspaper4k', 'htmldate', 'lxml']:\n"
                "    try: out[p] = m.version(p)\n"
                "    except Exception: pass\n"
                "out['python'] = sys.version.split()[0]\n"
                "print(json.dumps(out))\n")
        try:
            v.update(json.loads(subprocess.run([VENV_PY, "-c", code], capture_output=True,
                                               text=True, check=True).stdout))
        except (subprocess.CalledProcessError, ValueError):
            pass
    for pkg, key in (("@mozilla/readability", "readability.js"), ("jsdom", "jsdom")):
        try:
            with open(os.path.join(BENCH, "node_modules", pkg, "package.json")) as f:
                v[key] = json.load(f)["version"]
        except (OSError, ValueError, KeyError):
            pass
    try:
        v["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip().lstrip("v")
    except OSError:
        pass
    return v


def lede_version(root):
    exe = os.path.join(root, "build", "lede")
    ver = ""
    try:
        ver = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=10).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        pass
    try:
        with open(os.path.join(root, "build", "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    ver = (ver + " " if ver else "") + line.split("=", 1)[1].strip() + " build"
    except OSError:
        pass
    try:
        rev = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--", "src", "include", "CMakeLists.txt"],
                               capture_output=True, text=True).stdout.strip()
        ver = (ver + " " if ver else "") + f"(git {rev}{', uncommitted changes in src/' if dirty else ''})"
    except OSError:
        pass
    return ver


def version_of(tool, versions, lede_ver):
    return {
        "lede": lede_ver,
        "trafilatura": "trafilatura " + versions.get("trafilatura", "?"),
        "trafilatura-fast": "trafilatura " + versions.get("trafilatura", "?"),
        "resiliparse": "Resiliparse " + versions.get("resiliparse", "?"),
        "readability-lxml": "readability-lxml " + versions.get("readability-lxml", "?"),
        "readability-js": "@mozilla/readability " + versions.get("readability.js", "?")
                          + ", jsdom " + versions.get("jsdom", "?") + ", node " + versions.get("node", "?"),
        "newspaper4k": "newspaper4k " + versions.get("newspaper4k", "?"),
        "htmldate": "htmldate " + versions.get("htmldate", "?"),
    }[tool]


def available(tool, root):
    if tool == "lede":
        exe = os.path.join(root, "build", "lede")
        return os.access(exe, os.X_OK), "build/lede not built (cmake -B build -G Ninja && cmake --build build)"
    if tool == "readability-js":
        ok = shutil.which("node") and os.path.isdir(os.path.join(BENCH, "node_modules", "jsdom"))
        return bool(ok), "bench/node_modules missing (run bench/setup.sh)"
    return os.path.exists(VENV_PY), "bench/.venv missing (run bench/setup.sh)"


# ---------------------------------------------------------------- pages

def prepare_set(score, data_dir, name, limit):
    """Materialise the set's pages once at stable paths (so cached outputs keep
    matching) and write its list file and an empty list file."""
    spec = name if os.path.isdir(name) else os.path.join(data_dir, name)
    sname, setdir, cases = score.load_set(spec)
    cases_sha = file_sha(os.path.join(setdir, "cases.jsonl"))
    if limit:
        cases = cases[:limit]
    pdir = os.path.join(CACHE, "pages", sname)
    stamp = os.path.join(pdir, ".cases.sha")
    have = open(stamp).read().strip() if os.path.exists(stamp) else ""
    if have != cases_sha:
        shutil.rmtree(pdir, ignore_errors=True)
        os.makedirs(pdir)
        _, _, all_cases = score.load_set(spec)
        score.materialise(setdir, all_cases, pdir)
        with open(stamp, "w") as f:
            f.write(cases_sha)
    paths = {c["id"]: os.path.join(pdir, c["id"] + ".html") for c in cases}
    listfile = os.path.join(CACHE, "pages", f"{sname}{'.limit%d' % limit if limit else ''}.list")
    with open(listfile, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(f"{paths[c['id']]}\t{c.get('url') or ''}\n")
    empty = os.path.join(CACHE, "pages", "empty.list")
    open(empty, "w").close()
    mb = sum(os.path.getsize(p) for p in paths.values()) / 1e6
    return dict(name=sname, cases=cases, paths=paths, list=listfile, empty=empty, mb=mb,
                cases_sha=cases_sha)


# ---------------------------------------------------------------- running

def run_once(cmd, listfile, out_path, pin):
    """One run of CMD LISTFILE under `taskset -c CORE` (pin = CORE or None);
    stdout to out_path. Returns (exit code, wall s, cpu s, peak RSS MB, stderr tail)."""
    full = (["taskset", "-c", str(pin)] if pin is not None else []) + cmd + [listfile]
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    err_path = out_path + ".stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    with open(err_path, "rb") as f:
        tail = f.read()[-1500:].decode("utf-8", "replace")
    os.unlink(err_path)
    return p.returncode, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, tail


def measure(tool, cmd, pset, runs, quality_only, pin, workdir, log):
    """Quality output (first full run) and, unless quality_only, timing."""
    out_path = os.path.join(workdir, f"{tool}.{pset['name']}.jsonl")
    fulls, empties, hashes = [], [], []
    n = 1 if quality_only else runs
    for i in range(n):
        if not quality_only:
            rc_e, w_e, c_e, _, tail_e = run_once(cmd, pset["empty"], out_path + ".empty", pin)
            os.unlink(out_path + ".empty")
            empties.append((w_e, c_e))
            if rc_e != 0:
                log(f"  {tool}: empty run exited {rc_e}: {tail_e[-300:]}")
        target = out_path if i == 0 else out_path + ".again"
        rc, w, c, rss, tail = run_once(cmd, pset["list"], target, pin)
        fulls.append((w, c))
        hashes.append(file_sha(target))
        if i == 0:
            first = dict(exit=rc, peak_rss_mb=rss, stderr_tail=tail if rc else "")
        else:
            os.unlink(target)
        log(f"  {tool} {pset['name']} run {i + 1}/{n}: wall {w:.2f}s cpu {c:.2f}s"
            + (f" (empty: wall {empties[-1][0]:.2f}s cpu {empties[-1][1]:.2f}s)" if empties else "")
            + (f" EXIT {rc}" if rc else ""))
    res = dict(first, output=out_path, deterministic=len(set(hashes)) == 1, runs=n)
    if not quality_only:
        res["timing"] = timing_of(fulls, empties, len(pset["cases"]), pset["mb"])
        res["timing"].update(measured_at=now_iso(), machine=machine_id(), pinned_core=pin)
    return res


def timing_of(fulls, empties, pages, mb):
    t = {}
    for k, idx in (("cpu", 1), ("wall", 0)):
        full = statistics.median(x[idx] for x in fulls)
        empty = statistics.median(x[idx] for x in empties)
        batch = max(full - empty, 1e-6)
        t[k] = dict(full_s=[round(x[idx], 4) for x in fulls], empty_s=[round(x[idx], 4) for x in empties],
                    median_full_s=full, median_empty_s=empty, batch_s=batch,
                    pages_per_s=pages / batch, mb_per_s=mb / batch)
    return t


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def cache_key(tool, version, pset, limit):
    ident = json.dumps([tool, version, tool_source(tool), pset["name"], pset["cases_sha"], limit or 0])
    return sha(ident)[:16]


def set_fields(cases):
    """Output fields that the set's gold can judge (score.py's rules)."""
    f = set()
    for c in cases:
        if "with" in c or c.get("text") is not None:
            f.add("text")
        if isinstance(c.get("title"), str) and c["title"]:
            f.add("title")
        if isinstance(c.get("byline"), str) and c["byline"]:
            f.add("authors")
        if isinstance(c.get("date"), str) and c["date"] and "with" not in c:
            f.add("date")
    return f


def score_output(score, pset, out_path):
    with open(out_path, "rb") as f:
        raw = f.read()
    out, bad = score.parse_output(raw, pset["paths"])
    m = score.score(pset["cases"], out)
    errors = sum(1 for r in out.values() if r.get("error"))
    empty_text = sum(1 for r in out.values() if not (r.get("text") or "").strip())
    m.update(pages=len(pset["cases"]), unique_ids=len(pset["paths"]), answered=len(out),
             unparsed_lines=bad, page_errors=errors, empty_text=empty_text)
    return m


# ---------------------------------------------------------------- report

def fmt(v, nd=3):
    return "n/a" if v is None else (f"{v:.{nd}f}" if isinstance(v, float) else str(v))


def fmt_speed(v):
    if v is None:
        return "—"
    return f"{v:,.0f}" if v >= 100 else (f"{v:.1f}" if v >= 10 else f"{v:.2f}")


def fmt_ratio(v):
    if v is None:
        return "—"
    return f"×{v:,.0f}" if v >= 100 else (f"×{v:.1f}" if v >= 10 else f"×{v:.2f}")


def metric_cols(results, sname):
    cols = []
    for r in results.values():
        for k in (r.get("sets", {}).get(sname, {}).get("quality") or {}):
            if k in METRIC_FIELD and k not in cols:
                cols.append(k)
    order = list(METRIC_FIELD)
    return sorted(cols, key=order.index)


def render_md(report):
    L = []
    tools, sets, res = report["tools"], report["sets"], report["results"]
    L.append("# lede vs peer extractors: quality and speed")
    L.append("")
    how = ("quality only, not timed" if report["quality_only"] else
           (f"each command pinned to one core (`taskset -c {report['machine']['core']}` in this run)"
            if report["machine"]["pinned"] else "not pinned to a core")
           + f", median of {report['runs']} runs, {report['lede_runs']} for lede")
    lim = f", first {report['limit']} pages of each set" if report.get("limit") else ""
    L.append(f"Generated {report['date']} by `{report['command']}` on {report['machine']['cpu']} ({how}{lim}).")
    L.append("")
    L.append("Every tool got the same pages through the same list file (`PATH<TAB>URL`), one process per set. "
             "Quality comes from `../shared/bench/score.py`'s own metric functions. Speed is pages (MB of HTML) "
             "per CPU-second of the batch, after subtracting the same adapter's run over an empty list "
             "(interpreter start-up, imports, warm-up). `lede ×` is lede's pages/s divided by the tool's: "
             "above 1 lede is faster. n/a: the tool does not produce that field.")
    L.append("")
    cached = sorted(t for t in tools if any((r.get("speed") or {}).get("cached")
                                            for r in res.get(t, {}).get("sets", {}).values()))
    if cached:
        L.append(f"Peers' outputs and timings come from `bench/cache/` "
                 f"({', '.join(cached)}): measured earlier on this machine, at the times (and on the core) given "
                 f"in the last table; their quality was re-scored in this run. `bench/run.py --fresh` measures "
                 f"every tool in one run.")
        L.append("")
    # one summary table: tool x set -> headline quality, pages/s, lede ratio
    heads = {}
    for s in sets:
        cols = metric_cols(res, s)
        heads[s] = next((c for c in ("snip_f1", "text_f1", "date_day") if c in cols), None)
    L.append("## Summary")
    L.append("")
    hdr = ["tool"]
    for s in sets:
        hdr += [f"{s}: {METRIC_LABEL.get(heads[s], 'quality')}", "pages/s", "lede ×"]
    L.append("| " + " | ".join(hdr) + " |")
    L.append("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|")
    for t in tools:
        row = [t]
        for s in sets:
            r = res.get(t, {}).get("sets", {}).get(s)
            if not r or r.get("skipped"):
                row += ["—", "—", "—"]
                continue
            h = heads[s]
            q = (r.get("quality") or {}).get(h) if h and METRIC_FIELD[h] in FIELDS[t] else None
            sp = r.get("speed") or {}
            row += ["n/a" if q is None else fmt(q), fmt_speed(sp.get("pages_per_s")),
                    "—" if t == "lede" else fmt_ratio(sp.get("lede_ratio"))]
        L.append("| " + " | ".join(row) + " |")
    L.append("")
    for s in sets:
        cols = metric_cols(res, s)
        pages = next((r["sets"][s]["quality"].get("pages") for r in res.values()
                      if s in r.get("sets", {}) and r["sets"][s].get("quality")), "?")
        mb = report["set_mb"].get(s)
        L.append(f"## {s} ({pages} pages, {mb:.1f} MB of HTML)" if mb else f"## {s}")
        L.append("")
        head = ["tool"] + [METRIC_LABEL[c] for c in cols] + ["pages/s", "MB/s", "lede ×", "errors"]
        L.append("| " + " | ".join(head) + " |")
        L.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
        for t in tools:
            r = res.get(t, {}).get("sets", {}).get(s)
            if not r:
                continue
            if r.get("skipped"):
                L.append(f"| {t} | " + " | ".join(["—"] * (len(head) - 2)) + f" | {r['skipped']} |")
                continue
            q = r.get("quality") or {}
            row = [t]
            for c in cols:
                row.append(fmt(q.get(c)) if METRIC_FIELD[c] in FIELDS[t] else "n/a")
            sp = r.get("speed") or {}
            row += [fmt_speed(sp.get("pages_per_s")), fmt_speed(sp.get("mb_per_s")),
                    "—" if t == "lede" else fmt_ratio(sp.get("lede_ratio")),
                    str(q.get("page_errors", 0) + (q.get("unique_ids", 0) - q.get("answered", 0)))]
            L.append("| " + " | ".join(row) + " |")
        L.append("")
    nondet = [f"{t} ({', '.join(s for s, r in res[t]['sets'].items() if r.get('deterministic_across_runs') is False)})"
              for t in tools if any(r.get("deterministic_across_runs") is False for r in res.get(t, {}).get("sets", {}).values())]
    if nondet:
        L.append("Output not byte-identical across the timed runs (quality is scored on the first run): "
                 + "; ".join(nondet) + ".")
        L.append("")
    L.append("## Tools and versions")
    L.append("")
    L.append("| tool | what runs | version | speed measured |")
    L.append("|---|---|---|---|")
    for t in tools:
        tv = res.get(t, {})
        when = sorted({(r.get("speed") or {}).get("measured_at", "")
                       + ("" if (r.get("speed") or {}).get("timing", {}).get("pinned_core") in (None, 0)
                          else f" (core {r['speed']['timing']['pinned_core']})")
                       for r in tv.get("sets", {}).values()} - {""})
        cached = any((r.get("speed") or {}).get("cached") for r in tv.get("sets", {}).values())
        L.append(f"| {t} | {DESCRIBE[t]} | {tv.get('version', '')} | "
                 f"{', '.join(when) or 'not measured'}{' (cached)' if cached else ''} |")
    L.append("")
    L.append("Other versions: " + ", ".join(f"{k} {v}" for k, v in sorted(report["versions"].items())) + ".")
    L.append("")
    L.append("Columns: snip P/R/F1/acc — snippets that must / must not appear in the body (trafilatura-eval); "
             "text P/R/F1 — 4-gram shingles averaged per page; title, byline — exact match after case and space "
             "folding; date — same calendar day; errors — pages whose extraction threw or gave no record "
             "(they count as empty output). Pages/s and MB/s: see `bench/README.md` for how they are timed.")
    L.append("")
    L.append("![snippet F1 on trafilatura-eval against pages/s](quality-vs-speed.svg)")
    L.append("")
    L.append(f"Reproduce: `bench/setup.sh && {report['command']}` from the project root.")
    L.append("")
    return "\n".join(L)


def render_svg(points, title):
    """points: [(label, pages_per_s, f1)]; log x axis. Plain, deterministic SVG."""
    W, H, ml, mr, mt, mb = 720, 440, 70, 30, 40, 55
    pw, ph = W - ml - mr, H - mt - mb
    xs = [p[1] for p in points if p[1] and p[1] > 0]
    if not xs:
        return None
    lo = 10 ** math.floor(math.log10(min(xs)))
    hi = 10 ** math.ceil(math.log10(max(xs)))
    if hi <= lo:
        hi = lo * 10
    ys = [p[2] for p in points]
    ylo = max(0.0, math.floor(min(ys) * 10) / 10 - 0.1)
    yhi = min(1.0, math.ceil(max(ys) * 10) / 10 + 0.05)

    def X(v):
        return ml + pw * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    def Y(v):
        return mt + ph * (1 - (v - ylo) / (yhi - ylo))

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
         f'font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{W / 2:.0f}" y="22" text-anchor="middle" font-size="14" font-weight="bold">{title}</text>']
    d = lo
    while d <= hi * 1.0001:
        x = X(d)
        o.append(f'<line x1="{x:.1f}" y1="{mt}" x2="{x:.1f}" y2="{mt + ph}" stroke="#ddd"/>')
        o.append(f'<text x="{x:.1f}" y="{mt + ph + 16}" text-anchor="middle">{d:g}</text>')
        for k in range(2, 10):
            if d * k < hi:
                xk = X(d * k)
                o.append(f'<line x1="{xk:.1f}" y1="{mt + ph}" x2="{xk:.1f}" y2="{mt + ph + 4}" stroke="#999"/>')
        d *= 10
    steps = int(round((yhi - ylo) / 0.05))
    for i in range(steps + 1):
        v = ylo + i * 0.05
        if v > yhi + 1e-9:
            break
        y = Y(v)
        o.append(f'<line x1="{ml}" y1="{y:.1f}" x2="{ml + pw}" y2="{y:.1f}" stroke="#eee"/>')
        o.append(f'<text x="{ml - 6}" y="{y + 4:.1f}" text-anchor="end">{v:.2f}</text>')
    o.append(f'<rect x="{ml}" y="{mt}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>')
    o.append(f'<text x="{ml + pw / 2:.0f}" y="{H - 14}" text-anchor="middle">pages per second, one core '
             f'(log scale)</text>')
    o.append(f'<text transform="translate(18 {mt + ph / 2:.0f}) rotate(-90)" text-anchor="middle">'
             f'snippet F1, trafilatura-eval</text>')
    placed = [(X(p[1]) - 6, Y(p[2]) - 6, X(p[1]) + 6, Y(p[2]) + 6)  # the dots, then labels as drawn
              for p in points if p[1] and p[1] > 0]
    for label, pps, f1 in sorted(points, key=lambda p: (-(p[2] or 0), p[1] or 0)):
        if not pps or pps <= 0:
            continue
        x, y = X(pps), Y(f1)
        colour = "#c0392b" if label == "lede" else "#2c3e50"
        text = f"{label} ({f1:.3f}, {pps:,.0f}/s)"
        w, h = 6.6 * len(text), 13
        best = None
        for dx, dy, anchor in ((8, -7, "start"), (8, 15, "start"), (-8, -7, "end"), (-8, 15, "end"),
                               (8, -21, "start"), (8, 29, "start"), (-8, -21, "end"), (-8, 29, "end")):
            x0 = x + dx if anchor == "start" else x + dx - w
            box = (x0, y + dy - h + 3, x0 + w, y + dy + 3)
            inside = box[0] >= ml and box[2] <= ml + pw and box[1] >= mt and box[3] <= mt + ph
            clash = any(not (box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3]) for b in placed)
            if inside and not clash:
                best = (dx, dy, anchor, box)
                break
            if best is None and inside:
                best = (dx, dy, anchor, box)
        if best is None:
            best = (8, -7, "start", (x, y, x, y))
        dx, dy, anchor, box = best
        placed.append(box)
        o.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>')
        o.append(f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" fill="{colour}">{text}</text>')
    o.append("</svg>")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(ALL_SETS), help="comma-separated set names or folders")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS), help="comma-separated: " + ",".join(ALL_TOOLS))
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool and set (median; default 3)")
    ap.add_argument("--limit", type=int, help="first N pages of each set (quick tries)")
    ap.add_argument("--quality-only", action="store_true", help="one run per tool, no timing")
    ap.add_argument("--fresh", action="store_true", help="ignore bench/cache: re-run and re-time every peer")
    ap.add_argument("--retime-peers", action="store_true", help="reuse cached peer outputs but re-time peers")
    ap.add_argument("--core", type=int, default=0, help="core to pin every command to (default 0)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin to a core (no taskset)")
    ap.add_argument("--cached-peers-only", action="store_true",
                    help="never run a peer: take peers from bench/cache (as they are), run only lede")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"), help="data sets folder")
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "bench", "score.py"),
                    help="path of score.py")
    ap.add_argument("--out", help="write results.md/.json/.svg here (default docs/bench for full runs)")
    a = ap.parse_args()
    if a.runs < 1:
        ap.error("--runs must be >= 1")
    tools = [t.strip() for t in a.tools.split(",") if t.strip()]
    for t in tools:
        if t not in ALL_TOOLS:
            ap.error(f"unknown tool {t!r}; known: {', '.join(ALL_TOOLS)}")
    sets = [s.strip() for s in a.sets.split(",") if s.strip()]
    pin = a.core if not a.no_pin and shutil.which("taskset") is not None else None
    if not a.no_pin and pin is None:
        print("run.py: taskset not found; timing is not pinned to one core", file=sys.stderr)
    out_dir = a.out or (None if (a.limit or a.quality_only) else os.path.join(ROOT, "docs", "bench"))
    if not os.path.isfile(a.score):
        sys.exit(f"run.py: no score.py at {a.score} (give --score; the data sets are in ../shared beside the checkout)")
    score = load_score(a.score)

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    versions = peer_versions()
    lede_ver = lede_version(ROOT) if "lede" in tools else ""
    machine = machine_id()
    work = os.path.join(CACHE, "work")
    os.makedirs(work, exist_ok=True)
    results = {t: {"version": version_of(t, versions, lede_ver), "sets": {}} for t in tools}
    set_mb = {}
    for s in sets:
        pset = prepare_set(score, a.data, s, a.limit)
        set_mb[pset["name"]] = pset["mb"]
        log(f"== {pset['name']}: {len(pset['cases'])} pages, {pset['mb']:.1f} MB")
        for t in tools:
            ok, why = available(t, ROOT)
            if not ok:
                log(f"  {t}: skipped: {why}")
                results[t]["sets"][pset["name"]] = {"skipped": why.split(" (")[0]}
                continue
            if not FIELDS[t] & set_fields(pset["cases"]):
                log(f"  {t}: skipped: this set has no gold for what it outputs ({', '.join(sorted(FIELDS[t]))})")
                continue
            cmd = tool_cmd(t, ROOT)
            entry = {}
            if t == "lede":
                # lede takes seconds: more runs cost nothing and steady its median
                m = measure(t, cmd, pset, max(a.runs, LEDE_MIN_RUNS), a.quality_only, pin, work, log)
            else:
                key = cache_key(t, results[t]["version"], pset, a.limit)
                cdir = os.path.join(CACHE, "results", t, key)
                meta_path = os.path.join(cdir, "meta.json")
                meta = None
                if not a.fresh and os.path.exists(meta_path):
                    with open(meta_path) as f:
                        meta = json.load(f)
                need_time = not a.quality_only and (
                    meta is None or a.retime_peers or "timing" not in meta
                    or meta["timing"].get("machine") != machine or len(meta["timing"]["cpu"]["full_s"]) < a.runs)
                if a.cached_peers_only and (meta is None or (need_time and "timing" not in meta)):
                    if meta is None:
                        log(f"  {t}: skipped: no cached result (--cached-peers-only)")
                        results[t]["sets"][pset["name"]] = {"skipped": "not run (no cached result)"}
                        continue
                    need_time = False
                if meta is None or (need_time and not a.cached_peers_only):
                    m = measure(t, cmd, pset, a.runs, a.quality_only and meta is None, pin, work, log)
                    os.makedirs(cdir, exist_ok=True)
                    if meta is not None and meta.get("output_sha") and meta["output_sha"] != file_sha(m["output"]):
                        log(f"  {t}: WARNING output differs from the cached run (not deterministic?)")
                    shutil.move(m["output"], os.path.join(cdir, "output.jsonl"))
                    m["output"] = os.path.join(cdir, "output.jsonl")
                    m["output_sha"] = file_sha(m["output"])
                    with open(meta_path, "w") as f:
                        json.dump(m, f, indent=1)
                else:
                    m = meta
                    m["cached"] = True
                    log(f"  {t} {pset['name']}: cached output and timing ({m.get('timing', {}).get('measured_at', 'untimed')})")
            entry["quality"] = score_output(score, pset, m["output"])
            entry["exit"] = m.get("exit")
            entry["deterministic_across_runs"] = m.get("deterministic")
            entry["peak_rss_mb"] = m.get("peak_rss_mb")
            if m.get("exit"):
                entry["stderr_tail"] = m.get("stderr_tail", "")
                log(f"  {t}: exited {m['exit']}: {m.get('stderr_tail', '')[-400:]}")
            if "timing" in m and not a.quality_only:
                tm = m["timing"]
                entry["speed"] = dict(pages_per_s=tm["cpu"]["pages_per_s"], mb_per_s=tm["cpu"]["mb_per_s"],
                                      wall_pages_per_s=tm["wall"]["pages_per_s"],
                                      wall_mb_per_s=tm["wall"]["mb_per_s"],
                                      measured_at=tm.get("measured_at"), cached=bool(m.get("cached")),
                                      timing=tm)
            q = entry["quality"]
            log(f"  {t} {pset['name']}: " + "  ".join(
                f"{k}={v:.3f}" for k, v in q.items() if isinstance(v, float))
                + (f"  pages/s={entry['speed']['pages_per_s']:.1f}" if entry.get("speed") else "")
                + f"  errors={q['page_errors']} answered={q['answered']}/{q['pages']}")
            results[t]["sets"][pset["name"]] = entry
        lede = results.get("lede", {}).get("sets", {}).get(pset["name"], {}).get("speed")
        for t in tools:
            sp = results[t]["sets"].get(pset["name"], {}).get("speed")
            if sp and lede and sp["pages_per_s"]:
                sp["lede_ratio"] = lede["pages_per_s"] / sp["pages_per_s"]
                sp["lede_ratio_wall"] = lede["wall_pages_per_s"] / sp["wall_pages_per_s"]

    cmdline = "bench/run.py" + "".join(f" {x}" for x in sys.argv[1:])
    report = dict(date=now_iso(), command=cmdline, runs=1 if a.quality_only else a.runs,
                  machine=dict(id=machine, cpu=cpu_model(), pinned=pin is not None, core=pin),
                  tools=tools, sets=[os.path.basename(os.path.normpath(s)) for s in sets],
                  versions=versions, set_mb=set_mb, results=results, limit=a.limit,
                  quality_only=a.quality_only, lede_runs=max(a.runs, LEDE_MIN_RUNS))
    md = render_md(report)
    print(md)
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, "results.md"), "w") as f:
            f.write(md)
        with open(os.path.join(out_dir, "results.json"), "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
        pts = []
        for t in tools:
            r = results[t]["sets"].get("trafilatura-eval", {})
            if "text" in FIELDS[t] and r.get("speed") and r.get("quality", {}).get("snip_f1") is not None:
                pts.append((t, r["speed"]["pages_per_s"], r["quality"]["snip_f1"]))
        svg = render_svg(pts, "Quality vs speed: trafilatura-eval") if pts else None
        if svg:
            with open(os.path.join(out_dir, "quality-vs-speed.svg"), "w") as f:
                f.write(svg)
        log(f"wrote {os.path.relpath(out_dir, ROOT)}/results.md, results.json"
            + (", quality-vs-speed.svg" if svg else " (no chart: no timed tool on trafilatura-eval)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
