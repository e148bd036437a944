#!/usr/bin/env python3
"""thread_races.py: threads that extract at once share nothing that changes
a result, CLD2 (the language) included.

  1. languages on threads: `lede -j 4` over every golden page, three runs,
     gives each page the language `lede -j 1` gives (CLD2 runs on every
     page, on four threads at once here);
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
from warc_cli import http, record  # noqa: E402

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "  " + detail))
    if ok:
        passed += 1
    else:
        failed += 1


def languages(lede, jobs, listfile):
    p = subprocess.run([lede, "-j", str(jobs), "--format", "jsonl", "--input-list", listfile],
                       capture_output=True, timeout=300)
    return [json.loads(line).get("language") for line in p.stdout.splitlines()]


def drd(lede, args, log):
    """Runs lede under DRD; the error count of its summary, or None when
    the summary is missing (the run did not finish)."""
    cmd = ["valgrind", "--tool=drd", "--error-exitcode=0", "--log-file=" + log,
           "--suppressions=" + os.path.join(HERE, "threads.supp"), lede] + args
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    with open(log, errors="replace") as f:
        text = f.read()
    m = re.search(r"ERROR SUMMARY: (\d+) errors", text)
    return (int(m.group(1)) if m else None), text


def first_report(text):
    i = text.find("Conflicting")
    return " | ".join(l.split("== ", 1)[-1] for l in text[i:].splitlines()[:4]) if i >= 0 else ""


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
        for run in range(3):
            many = languages(lede, 4, every)
            diff = [pages[i] for i in range(min(len(one), len(many))) if one[i] != many[i]]
            check(f"-j 4 run {run + 1}: the languages of -j 1", len(many) == len(one) and not diff,
                  f"{len(diff)} differ, first {diff[:1]}")

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
            n, text = drd(lede, ["-j", "4", "--format", "jsonl", "--input-list", sample],
                          os.path.join(tmp, "pages.log"))
            check(f"DRD, lede -j 4 on {len(picked)} pages of {len(seen)} languages: no race", n == 0,
                  f"{n} errors: {first_report(text)}")
            # the same pages as a WARC: gzip members, helper threads at -j 4
            recs = [record("response", f"https://t.example/{i}", http(open(p, "rb").read(), ctype="text/html"), i)
                    for i, p in enumerate(picked)]
            warc = os.path.join(tmp, "pages.warc.gz")
            with open(warc, "wb") as f:
                for r in recs:
                    f.write(gzip.compress(r, mtime=0))
            n, text = drd(lede, ["warc", "--no-progress", "-j", "4", warc], os.path.join(tmp, "warc.log"))
            check(f"DRD, lede warc -j 4 on the same {len(picked)} pages: no race", n == 0,
                  f"{n} errors: {first_report(text)}")
    print(f"thread-races: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
