#!/usr/bin/env python3
"""run.py: the Python suite for tests/run_tests.sh. Runs pytest on
python/tests against a build folder and prints "python: N passed, N failed".

    BUILD/venv/bin/python python/tests/run.py BUILD [pytest args...]

Imports lede from BUILD/python (the module CMake built with LEDE_PYTHON=ON)
and compares with the CLI BUILD/lede. Collection errors, a crash, or no
tests at all (pytest exit 5) count as failures: the suite cannot pass
without running.
"""
import os
import sys


def main():
    if len(sys.argv) < 2:
        print("usage: run.py BUILD [pytest args...]", file=sys.stderr)
        return 2
    build = os.path.abspath(sys.argv[1])
    pkg = os.path.join(build, "python")
    os.environ["LEDE_BIN"] = os.path.join(build, "lede")
    sys.path.insert(0, pkg)
    os.environ["PYTHONPATH"] = pkg + os.pathsep + os.environ.get("PYTHONPATH", "")
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

    here = os.path.dirname(os.path.abspath(__file__))
    c = Count()
    rc = pytest.main(["-q", "-p", "no:cacheprovider", here, *sys.argv[2:]], plugins=[c])
    import lede
    if not lede.__file__.startswith(pkg + os.sep):
        print(f"python: tested {lede.__file__}, not the build's {pkg}")
        c.failed += 1
    if rc != 0 and c.failed == 0:   # no tests (5), interrupted, internal error
        print(f"python: pytest exit status {rc}")
        c.failed += 1
    if c.skipped:
        print(f"python: {c.skipped} skipped")
    print(f"python: {c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
