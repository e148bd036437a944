#!/usr/bin/env python3
"""include_fence.py: the modules of src/ may include only what lies below
them, so the layering is enforced, not described.

    tests/include_fence.py [SRC_DIR]

Modules are the folders of src/ plus a few files: src/article.{h,c} (the model
handed between stages, module "article") and src/lede.c and src/lede_warc.c
(the facade: the public API, include/lede.h and include/lede_warc.h). Each
`#include "..."` is resolved the way the compiler does (the including file's
folder, then src/, then include/) and must land in the module itself or in
one it is allowed to include. An include that resolves nowhere is a failure
too (a stale path). Prints one line per violation and ends with
"N passed, N failed" (one check per source file).

One more fence, inside the body module: DOM_F_REMOVED is written only by
body_set_removed (src/body/body_int.h), which touches the node so the
measure that reads only stale nodes sees the change. A raw write of the
flag (`flags |= DOM_F_REMOVED`, `&= ~(... DOM_F_REMOVED ...)`, `=`) in any
other place of src/body fails the file.

The order, lowest first (a module may include those listed for it):
    core      nothing: arena, buffer, character classes, quotation marks, UTF-8, URL
    words     nothing: the vocabulary tables and their matcher
    dom       core
    encoding  core
    html      core, dom
    warc      core
    quotes    core, words                     (quotes over the body text)
    article   core, dom, quotes, the public header
    meta      core, dom, html, article, words        (metadata stage)
    body      core, dom, html, article, meta, words  (body stage; it reads meta's
              date and byline recognisers but never writes metadata)
    render    core, dom, article
    facade    everything
"""
import os
import re
import sys

ALLOWED = {
    "core": set(),
    "dom": {"core"},
    "encoding": {"core"},
    "html": {"core", "dom"},
    "warc": {"core"},
    "quotes": {"core", "words"},
    "article": {"core", "dom", "quotes", "api"},
    "words": set(),
    "meta": {"core", "dom", "html", "article", "words", "api"},
    "body": {"core", "dom", "html", "article", "meta", "words", "api"},
    "render": {"core", "dom", "article", "api"},
    "facade": {"core", "dom", "encoding", "html", "article", "meta", "body", "render", "warc", "words", "quotes", "api"},
}
# Known exceptions, each to be removed by the change that fixes it.
EXCEPTIONS = set()
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def module_of(path, src, inc):
    rel = os.path.relpath(path, src)
    if os.path.relpath(path, inc) in ("lede.h", "lede_warc.h"):
        return "api"
    if rel.startswith(".."):
        return None
    parts = rel.split(os.sep)
    if len(parts) == 1:
        if parts[0].startswith("article."):
            return "article"
        if parts[0] in ("lede.c", "lede_warc.c"):  # the public API's implementations
            return "facade"
        return parts[0]
    return parts[0]


def check_table_acyclic():
    """The table itself must be a partial order: no module reachable from itself."""
    def reach(m, seen):
        for d in ALLOWED.get(m, ()):
            if d not in seen:
                seen.add(d)
                reach(d, seen)
        return seen
    return [m for m in ALLOWED if m in reach(m, set())]


# a statement that assigns to a flags field and names DOM_F_REMOVED
RAW_REMOVED = re.compile(r"flags\s*(?:[|&^]?=)(?!=)[^;]*DOM_F_REMOVED")
REMOVED_WRITER = re.compile(r"static inline void body_set_removed\(.*?\n}\n", re.S)


def raw_removed_writes(text):
    """the raw DOM_F_REMOVED writes in a body source file's text, outside
    the one writer and outside comments"""
    text = REMOVED_WRITER.sub("", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    return [f"raw write of DOM_F_REMOVED ({m.group(0)[:60]!r}): use body_set_removed"
            for m in RAW_REMOVED.finditer(text)]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, "src")
    inc = os.path.join(os.path.dirname(src), "include")
    passed = failed = 0
    for m in check_table_acyclic():
        print(f"FENCE table: module {m} can reach itself (an include cycle)")
        failed += 1
    for dirpath, _, files in sorted(os.walk(src)):
        for name in sorted(files):
            if not name.endswith((".c", ".h", ".cc")):
                continue
            path = os.path.join(dirpath, name)
            mod = module_of(path, src, inc)
            allowed = ALLOWED.get(mod)
            bad = []
            if allowed is None:
                bad.append(f"module '{mod}' has no entry in the fence's table")
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if mod == "body":
                bad += raw_removed_writes(text)
            for target in INCLUDE.findall(text):
                hit = next((os.path.normpath(os.path.join(d, target))
                            for d in (dirpath, src, inc)
                            if os.path.isfile(os.path.join(d, target))), None)
                if hit is None:
                    bad.append(f'"{target}" resolves to no file')
                    continue
                tmod = module_of(hit, src, inc)
                if (os.path.relpath(path, src), os.path.relpath(hit, src)) in EXCEPTIONS:
                    continue
                if tmod != mod and allowed is not None and tmod not in allowed:
                    bad.append(f'"{target}" ({tmod}) is outside what {mod} may include')
            rel = os.path.relpath(path, os.path.dirname(src))
            if bad:
                failed += 1
                for b in bad:
                    print(f"FENCE {rel}: {b}")
            else:
                passed += 1
    print(f"include fence: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
