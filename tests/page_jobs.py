#!/usr/bin/env python3
"""page_jobs.py: `lede -j N` (page mode on N threads) prints exactly what
`lede -j 1` prints: the same bytes on stdout, the same messages on stderr in
the same order, the same exit status, in every output format.

    tests/page_jobs.py [build/lede]

Inputs: every golden case.html, plus inputs that fail (an empty file, a
missing path, a directory, a PDF, a page over --max-bytes), given as FILE
arguments and as an --input-list with URLs; and a list longer than the
writer's window (64 inputs) so the ring of results wraps around.
Ends with "page-jobs: N passed, N failed"."""
import glob, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from testlib import Checks  # noqa: E402

T = Checks("page-jobs", quiet=True)
check = T.check


def run(lede, args):
    p = subprocess.run([lede] + args, capture_output=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def main():
    lede = sys.argv[1] if len(sys.argv) > 1 else "build/lede"
    pages = sorted(glob.glob(os.path.join(HERE, "golden", "*", "case.html")))
    with tempfile.TemporaryDirectory(prefix="page-jobs-") as tmp:
        empty = os.path.join(tmp, "empty.html")
        open(empty, "wb").close()
        pdf = os.path.join(tmp, "doc.html")
        with open(pdf, "wb") as f:
            f.write(b"%PDF-1.7\n" + b"\x00\x01binary" * 100)
        big = os.path.join(tmp, "big.html")
        with open(big, "wb") as f:
            f.write(b"<p>" + b"x" * 5000)
        bad = [empty, os.path.join(tmp, "missing.html"), tmp, pdf, big]
        inputs = pages[:40] + bad + pages[40:]
        listfile = os.path.join(tmp, "pages.list")
        with open(listfile, "w") as f:
            for i, p in enumerate(inputs):
                f.write(f"{p}\thttps://example.com/{i}.html\n" if i % 3 else f"{p}\n")
                if i % 50 == 7:
                    f.write("\n")  # blank lines are skipped alike
        # The window is 64 inputs for up to 8 threads: 3x the pages wraps it.
        longlist = os.path.join(tmp, "long.list")
        with open(longlist, "w") as f:
            for _ in range(3):
                f.write("".join(p + "\n" for p in pages))

        check("-j 2 is accepted", run(lede, ["-j", "2", pages[0]])[0] == 0)
        check("-j bad value is a usage error", run(lede, ["-j", "x", pages[0]])[0] == 2)
        check("--jobs=-1 is a usage error", run(lede, ["--jobs=-1", pages[0]])[0] == 2)
        for fmt in ["jsonl", "text", "markdown", "html"]:
            runs = [(f"{fmt} list", ["--max-bytes", "4000", "--format", fmt, "--input-list", listfile]),
                    (f"{fmt} files", ["--max-bytes", "4000", "--format", fmt] + inputs[:30] + bad)]
            for name, args in runs:
                want = run(lede, ["-j", "1"] + args)
                check(f"{name}: -j 1 gives a record per input", want[0] == 1 and len(want[1]) > 0)
                for jobs in ["2", "3", "0"]:
                    got = run(lede, ["-j", jobs] + args)
                    check(f"{name} -j {jobs}: exit status", got[0] == want[0], f"{got[0]} != {want[0]}")
                    check(f"{name} -j {jobs}: stdout identical", got[1] == want[1])
                    check(f"{name} -j {jobs}: stderr identical", got[2] == want[2])
        want = run(lede, ["--input-list", longlist])
        got = run(lede, ["-j", "4", "--input-list", longlist])
        check("long list: one record per input", want[1].count(b"\n") == 3 * len(pages))
        check("long list -j 4: stdout identical", got[1] == want[1])
        check("long list -j 4: exit status", got[0] == want[0])
    return T.end()


if __name__ == "__main__":
    sys.exit(main())
