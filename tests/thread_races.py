#!/usr/bin/env python3
"""thread_races.py: threads that extract at once share nothing that changes
a result, CLD2 (the language) included.

  1. `lede -j 1` gives a language for every golden page (that `-j 4` gives
     every byte of the same output, three times over, is
     tests/page_jobs.py's long-list check, run beside this one);
  2. DRD (valgrind --tool=drd, which models pthread_once, mutexes and
     condition variables) finds no conflicting access beyond the known,
     harmless ones of tests/threads.supp, over `lede -j 4` in page mode on
     a golden page of each language lede reports and over `lede warc -j 4`
     (worker threads and gzip helper threads) on a WARC of the same pages.
     Skipped, with a line saying so, when valgrind is not installed or the
     build is a sanitizer build (ASan does not run under valgrind).

Helgrind is not used: it does not model pthread_once, so it reports every
read of a table lede builds once under it (docs/architecture.md, "Threads").

    tests/thread_races.py [build/lede]

Ends with "thread-races: N passed, N failed"."""
import glob, gzip, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from testlib import Checks  # noqa: E402
from warc_cli import http, record  # noqa: E402

T = Checks("thread-races")
check = T.check
# a DRD run takes seconds; the limit only ends a hung one, and says so
DRD_LIMIT = 600


def languages(lede, jobs, listfile):
    p = subprocess.run([lede, "-j", str(jobs), "--format", "jsonl", "--input-list", listfile],
                       capture_output=True, timeout=300)
    return [json.loads(line).get("language") for line in p.stdout.splitlines()]


def drd(lede, args, log):
    """Runs lede under DRD. Returns (errors, why, text): errors is the count
    of DRD's ERROR SUMMARY, or None when the run did not finish, and then
    why says how it ended (a time limit, or valgrind's exit status and no
    summary in its log), so that a DRD failure never reads as a race."""
    # stacks deep enough to show ld.so's _dl_open under any gconv call
    cmd = ["valgrind", "--tool=drd", "--error-exitcode=0", "--num-callers=40", "--log-file=" + log,
           "--suppressions=" + os.path.join(HERE, "threads.supp"), lede] + args
    why = ""
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=DRD_LIMIT)
        why = f"valgrind exited {p.returncode}"
    except subprocess.TimeoutExpired:
        why = f"killed after {DRD_LIMIT} s"
    text = ""
    if os.path.exists(log):
        with open(log, errors="replace") as f:
            text = f.read()
    m = re.search(r"ERROR SUMMARY: (\d+) errors", text)
    if m:
        return int(m.group(1)), "", text
    tail = " | ".join(l.split("== ", 1)[-1] for l in text.strip().splitlines()[-3:])
    return None, f"DRD did not finish ({why}; no ERROR SUMMARY in its log{': ' + tail if tail else ''})", text


def loader_overread(lines):
    """True when a conflicting access is DRD's stale record of ld.so's own
    reads. ld.so, loading a library (glibc's iconv loads gconv modules on
    the worker threads), reads its short heap strings a word at a time,
    past the string's end into bytes of no block. DRD records those loads;
    a free clears only the block's own bytes, so the bytes past it stay
    "read by that thread" until a block of another thread covers them and
    its first store there is reported, in whatever code it runs (glibc,
    CLD2, lede). Memcheck hides these reads by replacing ld.so's string
    functions; DRD does not. Recognised by: a store (ld.so's stale record
    is a load), into a heap block (an allocation context is given), and
    every other segment it conflicts with starts or ends inside ld.so's
    dlopen (_dl_open). Such a segment can also hold the other thread's own
    work before the dlopen, so the report is still printed, as set aside."""
    if not lines or not lines[0].startswith("Conflicting store"):
        return False
    heap = any(l.startswith("Address ") and "Allocation context" in l for l in lines)
    segs, cur = [], None
    for l in lines:
        if l.startswith("Other segment start"):
            cur = [[], []]
            segs.append(cur)
            side = 0
        elif l.startswith("Other segment end") and cur is not None:
            side = 1
        elif cur is not None and l.startswith(("at ", "by ")):
            cur[side].append(l)
        elif cur is not None and l.startswith(("Address ", "Conflicting ")):
            cur = None
    in_dlopen = lambda st: any(re.search(r": _dl_open \(", f) for f in st)
    return heap and bool(segs) and all(in_dlopen(a) or in_dlopen(b) for a, b in segs)


def reports(text):
    """Every distinct conflicting access DRD reported, as (line, ignored):
    its kind and the first frames of its stack (a CI log shows them all),
    and whether it is an ld.so over-read (loader_overread)."""
    seen, out = set(), []
    for block in re.split(r"^==\d+== (?=Conflicting )", text, flags=re.M)[1:]:
        lines = [re.sub(r"^==\d+==\s*", "", l) for l in block.splitlines()]
        frames = [re.sub(r"^(at|by) 0x[0-9A-Fa-f]+: ", "", l) for l in lines[1:5] if l.startswith(("at ", "by "))]
        line = re.sub(r" by thread \d+ at 0x[0-9a-f]+", "", lines[0]) + ": " + " < ".join(frames)
        ignored = loader_overread(lines)
        if (line, ignored) not in seen:
            seen.add((line, ignored))
            out.append((line, ignored))
    return out


def drd_check(name, lede, args, log):
    n, why, text = drd(lede, args, log)
    if n is None:
        check(name, False, why)
        return
    found = reports(text)
    races = [l for l, ignored in found if not ignored]
    if races:
        # DRD judges by happens-before, so a race in code that every page
        # runs on four threads shows on most runs. A stale record of another
        # thread's dlopen (loader_overread) shows on some 1 run in 8 and
        # not always in a shape the log lets us tell apart, so a report
        # must come back on a second run to fail; one seen once is printed.
        n2, why2, text2 = drd(lede, args, log + ".2")
        if n2 is None:
            check(name, False, "a report on the first run, and on the second " + why2)
            return
        again = {l for l, ignored in reports(text2) if not ignored}
        once = [l for l in races if l not in again]
        if once:
            print(f"     (reported on one run of two, not on the other:\n      " + "\n      ".join(once) + ")")
        races = [l for l in races if l in again]
        if not races:
            print(f"     ({name}: nothing reported twice)")
            return check(name, True)
    # errors with no report parsed are races too: never pass what was not read
    ok = n == 0 or (found and not races)
    if n and ok:
        print(f"     ({n} DRD errors set aside, ld.so reading past its own heap strings while it "
              f"loads a library (loader_overread):\n      " + "\n      ".join(l for l, _ in found) + ")")
    check(name, ok, f"{n} errors, {len(races)} distinct races:\n      " + "\n      ".join(races or [l for l, _ in found]))


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    pages = sorted(glob.glob(os.path.join(HERE, "golden", "*", "case.html")))
    with tempfile.TemporaryDirectory(prefix="thread-races-") as tmp:
        every = os.path.join(tmp, "all.list")
        with open(every, "w") as f:
            f.write("".join(p + "\n" for p in pages))
        one = languages(lede, 1, every)
        check("a language for every golden page on one thread", len(one) == len(pages),
              f"{len(one)} records for {len(pages)} pages")
        # -j 4 against -j 1 over these pages (every byte, language included)
        # is tests/page_jobs.py's long-list check; this run only picks the
        # DRD sample below

        cache = os.path.join(os.path.dirname(os.path.abspath(lede)), "CMakeCache.txt")
        sanitized = os.path.exists(cache) and "LEDE_SANITIZE:BOOL=ON" in open(cache, errors="replace").read()
        if not shutil.which("valgrind"):
            print("thread-races: valgrind not installed; the DRD checks are skipped")
        elif sanitized:
            print("thread-races: a sanitizer build does not run under valgrind; the DRD checks are skipped")
        else:
            # a page of each language (two of each, so that threads run
            # the same language's tables at once), in golden order
            seen, picked = {}, []
            for p, lang in zip(pages, one):
                if lang and seen.get(lang, 0) < 2:
                    seen[lang] = seen.get(lang, 0) + 1
                    picked.append(p)
            sample = os.path.join(tmp, "sample.list")
            with open(sample, "w") as f:
                f.write("".join(p + "\n" for p in picked))
            drd_check(f"DRD, lede -j 4 on {len(picked)} pages of {len(seen)} languages: no race", lede,
                      ["-j", "4", "--format", "jsonl", "--input-list", sample], os.path.join(tmp, "pages.log"))
            # the same pages as a WARC: gzip members, helper threads at -j 4
            recs = [record("response", f"https://t.example/{i}", http(open(p, "rb").read(), ctype="text/html"), i)
                    for i, p in enumerate(picked)]
            warc = os.path.join(tmp, "pages.warc.gz")
            with open(warc, "wb") as f:
                for r in recs:
                    f.write(gzip.compress(r, mtime=0))
            drd_check(f"DRD, lede warc -j 4 on the same {len(picked)} pages: no race", lede,
                      ["warc", "--no-progress", "-j", "4", warc], os.path.join(tmp, "warc.log"))
    return T.end()


if __name__ == "__main__":
    sys.exit(main())
