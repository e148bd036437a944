#!/usr/bin/env python3
"""sanitize_datasets.py: runs a sanitizer build of lede over every page of
the dev sets in ../shared/data (ASan + UBSan: build with `make asan`), or
over the golden cases under valgrind's memcheck, and checks that every page
gives exactly one record and the tool reports nothing.

    tests/sanitize_datasets.py --lede build-asan/lede            # data sets, ASan+UBSan
    tests/sanitize_datasets.py --lede build/lede --valgrind      # golden cases, memcheck

Ends with "sanitize: N passed, N failed" (one check per set or format)."""
import argparse, glob, gzip, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
FINDINGS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "== ERROR SUMMARY: ")


def check(name, cmd, listfile, expect, env=None):
    r = subprocess.run(cmd + [listfile], capture_output=True, env=env)
    err = r.stderr.decode("utf-8", "replace")
    lines = [l for l in r.stdout.decode("utf-8", "replace").split("\n") if l.strip()]
    records = 0
    for l in lines:
        try:
            json.loads(l)
            records += 1
        except ValueError:
            pass
    found = [l for l in err.splitlines() if any(f in l for f in FINDINGS) and "ERROR SUMMARY: 0 errors" not in l]
    ok = records == expect and r.returncode in (0, 1) and not found
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {records}/{expect} records, exit {r.returncode}"
          + (f", findings: {found[:3]}" if found else ""))
    if not ok and not found:
        print(err[-2000:])
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lede", required=True)
    ap.add_argument("--valgrind", action="store_true")
    a = ap.parse_args()
    passed = failed = 0
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:halt_on_error=1",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    with tempfile.TemporaryDirectory(prefix="lede-san-") as work:
        if a.valgrind:
            cases = sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*", "case.html")))
            listfile = os.path.join(work, "golden.list")
            with open(listfile, "w") as f:
                for c in cases:
                    f.write(c + "\n")
            vg = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
                  "--suppressions=" + os.path.join(ROOT, "tests", "valgrind.supp")]
            for fmt in ("jsonl", "text", "markdown", "html"):
                cmd = vg + [a.lede, "--format", fmt, "--input-list"]
                if fmt != "jsonl":
                    # non-JSON formats: count the per-input headers instead of records
                    r = subprocess.run(cmd + [listfile], capture_output=True)
                    heads = r.stdout.decode("utf-8", "replace").count("==> ")
                    ok = r.returncode in (0, 1) and heads == len(cases) and b"== ERROR SUMMARY" not in r.stderr.replace(b"ERROR SUMMARY: 0 errors", b"")
                    print(f"{'ok  ' if ok else 'FAIL'} valgrind {fmt}: {heads}/{len(cases)} outputs, exit {r.returncode}")
                    if not ok:
                        print(r.stderr.decode("utf-8", "replace")[-2000:])
                else:
                    ok = check(f"valgrind {fmt}", cmd, listfile, len(cases))
                passed, failed = passed + ok, failed + (not ok)
        else:
            if not os.path.isdir(DATA):
                print("sanitize: skipped: ../shared/data not found")
                print("sanitize: 0 passed, 0 failed")
                return 0
            for setdir in sorted(glob.glob(os.path.join(DATA, "*", "cases.jsonl"))):
                setdir = os.path.dirname(setdir)
                name = os.path.basename(setdir)
                pages = sorted(glob.glob(os.path.join(setdir, "html", "*.html.gz")))
                listfile = os.path.join(work, name + ".list")
                with open(listfile, "w") as f:
                    for p in pages:
                        dst = os.path.join(work, name + "-" + os.path.basename(p)[:-3])
                        with gzip.open(p, "rb") as g, open(dst, "wb") as h:
                            shutil.copyfileobj(g, h)
                        f.write(dst + "\n")
                ok = check(f"asan+ubsan {name}", [a.lede, "--format", "jsonl", "--input-list"], listfile, len(pages), env)
                passed, failed = passed + ok, failed + (not ok)
    print(f"sanitize: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
