"""testlib.py: what the check scripts under tests/ share: Checks, a suite's
tally of checks and its closing line "SUITE: N passed, N failed", the line
tests/run_tests.sh reads.

Each script stays runnable on its own from the repository root
(`python3 tests/cli_batch.py build/lede`, as the Makefile and .ci/run call
it): it puts its own folder first on the import path, then imports this.

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from testlib import Checks  # noqa: E402
"""


class Checks:
    """The checks of one suite. check(name, ok, detail) counts one and
    prints "ok   NAME" (not when quiet: a suite of many checks prints its
    failures only) or "FAIL NAME" with the detail (str() of it, its first
    detail_max characters where that is set) after two spaces, or on the
    lines below when it spans several. end() prints the closing line and
    returns the exit status, 1 when a check failed."""

    def __init__(self, suite, quiet=False, detail_max=None):
        self.suite, self.quiet, self.detail_max = suite, quiet, detail_max
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            if not self.quiet:
                print("ok   " + name)
            return True
        self.failed += 1
        d = str(detail)[:self.detail_max]
        print("FAIL " + name + (("\n" if "\n" in d else "  ") + d if d else ""))
        return False

    def end(self):
        print(f"{self.suite}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
