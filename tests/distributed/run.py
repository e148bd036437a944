#!/usr/bin/env python3
"""run.py: the distributed suite (Spark standalone cluster + datatrove local
run) against a build folder; prints "distributed: N passed, N failed".

    BUILD/venv-dist/bin/python tests/distributed/run.py BUILD [pytest args...]

Run it through tests/distributed/run.sh, which makes the venv and checks
for Java. Imports lede from BUILD/python. Collection errors, a crash or no
tests at all count as failures.
"""
import os
import sys


def main():
    if len(sys.argv) < 2:
        print("usage: run.py BUILD [pytest args...]", file=sys.stderr)
        return 2
    build = os.path.abspath(sys.argv[1])
    pkg = os.path.join(build, "python")
    here = os.path.dirname(os.path.abspath(__file__))
    os.environ["LEDE_BUILD"] = build
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (os.environ.get("PYTHONPATH"), pkg, here) if p)
    sys.path[:0] = [pkg, here]
    import pytest

    class Count:
        passed = failed = skipped = 0

        def pytest_runtest_logreport(self, report):
            if report.failed:
                self.failed += 1
            elif report.when == "call" and report.passed:
                self.passed += 1
            elif report.skipped:
                self.skipped += 1

        def pytest_collectreport(self, report):
            if report.failed:
                self.failed += 1

    c = Count()
    rc = pytest.main(["-q", "-p", "no:cacheprovider", here, *sys.argv[2:]], plugins=[c])
    if rc != 0 and c.failed == 0:
        print(f"distributed: pytest exit status {rc}")
        c.failed += 1
    if c.skipped:
        print(f"distributed: {c.skipped} skipped")
    print(f"distributed: {c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
