#!/usr/bin/env python3
"""stage_profile.py: where lede's instructions go, per page and per stage,
counted by callgrind (valgrind), so the figures are exact and the same on
a busy shared machine as on an idle one.

    bench/stage_profile.py [--lede build/lede] [--set trafilatura-eval]
                           [--pages 100] [--json FILE] [--keep FILE]

Runs `lede --format jsonl --input-list LIST` once under callgrind over the
first --pages pages of a data set under ../shared/data (or a folder of
.html / .html.gz pages), then splits the whole process's instructions by
stage, using the inclusive cost of each stage's entry function (they sit in
separate files, so a release build keeps them as functions):

    encoding        enc_to_utf8: charset detection and decoding to UTF-8
    tokenizer       tok_normalize*, tok_next: input checks and tokens
    tree builder    html_parse* less the tokenizer: the DOM
    metadata        extract_metadata + extract_byline_authors (its own
                    class/id hint scan included)
    classification  classify_element_weight + classify_index_init: the
                    body's class/id keyword scan
    body            extract_noscript + extract_body less classification
    language        extract_language (CLD2)
    quotes          quotes_find: quotations and their speakers
    render          lede_render (the JSON record) + render_text_cached (the
                    body text, rendered once inside lede_extract)
    other           the rest: process start, reading files, writing output

Prints a table of millions of instructions in all, per page, and the share
of the whole. About 10-20 s for 100 pages (callgrind runs ~50x slower than
the program). Needs valgrind (scripts/install-deps.sh installs it)."""
import argparse, gzip, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# stage -> (functions added, functions subtracted); inclusive costs
STAGES = [
    ("encoding", ["enc_to_utf8"], []),
    ("tokenizer", ["tok_normalize", "tok_normalize_valid_utf8", "tok_next"], []),
    ("tree builder", ["html_parse", "html_parse_valid_utf8"],
     ["tok_normalize", "tok_normalize_valid_utf8", "tok_next"]),
    ("metadata", ["extract_metadata", "extract_byline_authors"], []),
    ("classification", ["classify_element_weight", "classify_index_init"], []),
    ("body", ["extract_noscript", "extract_body"], ["classify_element_weight", "classify_index_init"]),
    ("language", ["extract_language"], []),
    ("quotes", ["quotes_find"], []),
    ("render", ["lede_render", "render_text_cached"], []),
]


def pages_of(spec, limit, tmp):
    """The first `limit` pages of a data set (cases.jsonl order) or a folder."""
    d = spec if os.path.isdir(spec) else os.path.join(HERE, "..", "..", "shared", "data", spec)
    cases = os.path.join(d, "cases.jsonl")
    if os.path.isfile(cases):
        with open(cases, encoding="utf-8") as f:
            files = [(json.loads(l)["file"], json.loads(l).get("url") or "") for l in f if l.strip()]
    else:
        files = [(n, "") for n in sorted(os.listdir(d)) if n.endswith((".html", ".html.gz", ".htm"))]
    out = []
    for i, (name, url) in enumerate(files[:limit]):
        src = os.path.join(d, name)
        dst = os.path.join(tmp, f"{i:05d}.html")
        with (gzip.open if src.endswith(".gz") else open)(src, "rb") as a, open(dst, "wb") as b:
            shutil.copyfileobj(a, b)
        out.append((dst, url))
    return out


def inclusive_costs(outfile):
    """function name -> inclusive instructions (the largest entry of a name)."""
    txt = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", outfile],
                         capture_output=True, text=True, check=True).stdout
    costs, total = {}, None
    for line in txt.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
        if not m:
            continue
        n = int(m.group(1).replace(",", ""))
        rest = m.group(2)
        if rest.startswith("PROGRAM TOTALS"):
            total = n
            continue
        fm = re.match(r"[^:\s]*:([A-Za-z_][A-Za-z0-9_]*)(?:\.part\.\d+|\.constprop\.\d+|\.isra\.\d+)*\s", rest + " ")
        if fm:
            costs[fm.group(1)] = max(costs.get(fm.group(1), 0), n)
    return costs, total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "build", "lede"))
    ap.add_argument("--set", default="trafilatura-eval")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--keep", help="keep callgrind's output file here")
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("stage_profile: valgrind not found (scripts/install-deps.sh installs it)")
    lede = os.path.abspath(a.lede)
    with tempfile.TemporaryDirectory(prefix="stage-profile-") as tmp:
        pages = pages_of(a.set, a.pages, tmp)
        if not pages:
            sys.exit(f"stage_profile: no pages in {a.set}")
        lst = os.path.join(tmp, "pages.list")
        with open(lst, "w") as f:
            f.write("".join(f"{p}\t{u}\n" for p, u in pages))
        out = a.keep or os.path.join(tmp, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", lede,
                        "--format", "jsonl", "--input-list", lst],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        costs, total = inclusive_costs(out)
    if not total:
        sys.exit("stage_profile: callgrind gave no totals")
    missing = {"extract_body", "extract_metadata", "lede_render", "enc_to_utf8", "tok_next"} - set(costs)
    if missing:
        sys.exit(f"stage_profile: entry functions not in the profile: {sorted(missing)}")
    rows, acc = [], 0
    for name, plus, minus in STAGES:
        n = sum(costs.get(f, 0) for f in plus) - sum(costs.get(f, 0) for f in minus)
        rows.append((name, n))
        acc += n
    rows.append(("other", total - acc))
    rows.append(("total", total))
    np = len(pages)
    print(f"{os.path.basename(lede)}: {np} pages of {a.set}, callgrind instructions (whole process)")
    print(f"{'stage':<15} {'M instr':>9} {'K per page':>11} {'share':>7}")
    for name, n in rows:
        print(f"{name:<15} {n / 1e6:>9.1f} {n / np / 1e3:>11.0f} {100.0 * n / total:>6.1f}%")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"pages": np, "set": a.set, "stages": dict(rows)}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
