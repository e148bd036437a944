#!/usr/bin/env python3
"""words_registry.py: every vocabulary table is in the registry the checks read.

    tests/words_registry.py [SRC_DIR]

The unit test test_words checks each table and map listed in words_all and
words_maps_all (src/words/words.c): sorted, lower-case, no duplicates; and
each map in words_maps_spelled (kept in its spelling, "GmbH"): sorted and
no duplicates, ASCII case folded. A
table defined in src/words but left out of those lists is never checked, so
a typo or an unsorted entry in it fails silently (a binary search misses
it). This reads every definition in src/words/*.c, the direct ones
(`const words_table words_x = ...`, `const words_map words_x = ...`) and
those a file's TABLE(name) macro writes, and checks each is listed.
Prints one line per table left out and ends with "N passed, N failed"
(one check per table or map).
"""
import glob
import os
import re
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    words_dir = os.path.join(src, "words")
    registry = open(os.path.join(words_dir, "words.c"), encoding="utf-8").read()
    listed = set(re.findall(r"&(words_\w+)", registry))
    defined = []
    for path in sorted(glob.glob(os.path.join(words_dir, "*.c"))):
        text = open(path, encoding="utf-8").read()
        for kind, name in re.findall(r"^const (words_table|words_map) (words_\w+)\s*=", text, re.M):
            defined.append((path, kind, name))
        macro = re.search(r"#define TABLE\(name\) const words_table words_(\w*)##name", text)
        if macro:
            for name in re.findall(r"^TABLE\((\w+)\);", text, re.M):
                defined.append((path, "words_table", "words_" + macro.group(1) + name))
    passed = failed = 0
    for path, kind, name in defined:
        if name in listed:
            passed += 1
        else:
            failed += 1
            where = "words_all" if kind == "words_table" else "words_maps_all or words_maps_spelled"
            print(f"{os.path.relpath(path)}: {name} is not in {where} (src/words/words.c): test_words never checks it")
    if not defined:
        failed += 1
        print("words_registry: no table definitions found (has the TABLE macro changed?)")
    print(f"words-registry: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
