#!/usr/bin/env python3
"""library.py: lede as a C library, tested through what a user does.

    tests/library.py BUILD

- exports: `nm -D --defined-only BUILD/liblede.so` lists exactly the
  functions declared LEDE_API in include/*.h (every public header, found by
  globbing), and BUILD/liblede.a defines no global symbol outside lede_*;
- the README's C example (section "The library"), its build-tree commands
  run as written (static and shared), and the program prints the headline;
- `cmake --install` into a temporary prefix: headers, both libraries with
  the SONAME, CLI, man page, lede.pc, CMake package, and no Python file;
  then the README's pkg-config commands (dynamic, static) and its CMake
  project (lede::lede, lede::lede_static), each program run, and the static
  ones checked not to need liblede.so.

Prints "library: N passed, N failed".
"""
import glob
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testlib import Checks  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TITLE = "title: Harbour town votes to restore its tidal mill"
T = Checks("library")
check = T.check


def sh(cmd, cwd, env=None, timeout=600):
    p = subprocess.run(["bash", "-c", "set -eo pipefail\n" + cmd], cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout + p.stderr


def public_api():
    """Names declared LEDE_API in every public header."""
    names = set()
    for h in sorted(glob.glob(os.path.join(REPO, "include", "*.h"))):
        text = re.sub(r"/\*.*?\*/", " ", open(h, encoding="utf-8").read(), flags=re.S)
        text = re.sub(r"(?m)^\s*#.*$", " ", text)  # preprocessor lines (#ifndef LEDE_API...)
        for decl in re.findall(r"\bLEDE_API\b([^;{]*)", text):
            m = re.search(r"\b(\w+)\s*\(", decl)
            if m:
                names.add(m.group(1))
    return names


def defined_globals(nm_args, path):
    out = subprocess.run(["nm", *nm_args, path], capture_output=True, text=True, check=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] not in ("U", "w", "v"):
            syms.add(parts[2])
    return syms


def check_exports(build):
    api = public_api()
    check("public headers declare an API", len(api) >= 20, str(sorted(api)))
    so = os.path.join(build, "liblede.so")
    exported = defined_globals(["-D", "--defined-only"], so)
    check("liblede.so exports exactly the LEDE_API declarations", exported == api,
          f"  not declared: {sorted(exported - api)}\n  not exported: {sorted(api - exported)}")
    a = os.path.join(build, "liblede.a")
    leaked = sorted(s for s in defined_globals(["-g", "--defined-only"], a) if not s.startswith("lede_"))
    check("liblede.a defines no global outside lede_*", not leaked, f"  {leaked[:40]}")
    public = {s for s in defined_globals(["-g", "--defined-only"], a)}
    check("liblede.a defines the whole API", api <= public, f"  missing: {sorted(api - public)}")
    rc, out = sh(f"readelf -d {so}", REPO)
    check("liblede.so has the SONAME liblede.so.0", "[liblede.so.0]" in out, out)


def readme_blocks():
    """The fenced blocks of README's "The library" section, by language."""
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    section = readme[readme.index("\n## The library"):]
    section = section[:section.index("\n## ", 5)]
    blocks = re.findall(r"```(\w+)\n(.*?)```", section, flags=re.S)
    by = {}
    for lang, body in blocks:
        by.setdefault(lang, []).append(body)
    return by


def workdir_with(tmp, build, example):
    """A folder holding example.c, with include/, build/ and examples/ of
    this checkout under the names the README's commands use."""
    os.makedirs(tmp, exist_ok=True)
    with open(os.path.join(tmp, "example.c"), "w", encoding="utf-8") as f:
        f.write(example)
    for name, target in (("include", os.path.join(REPO, "include")), ("build", build),
                         ("examples", os.path.join(REPO, "examples"))):
        if not os.path.exists(os.path.join(tmp, name)):
            os.symlink(target, os.path.join(tmp, name))


def run_commands(label, block, cwd, env):
    """Runs each line of a README block; every ./program must print the title."""
    exports = ""
    for line in [l for l in block.splitlines() if l.strip() and not l.startswith("#")]:
        if line.startswith("export "):
            exports += line + "\n"   # later lines of the block see it, as in a shell
            continue
        rc, out = sh(exports + line, cwd, env)
        ok = rc == 0 and (not line.startswith("./") or TITLE in out)
        check(f"{label}: {line[:90]}", ok, out[-3000:])
        if not ok:
            return False
    return True


def warc_example():
    """The indented C block of README's "Reading WARC files from C"."""
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    section = readme[readme.index("\n### Reading WARC files from C"):]
    section = section[:section.index("\n## ", 5)]
    lines, started = [], False
    for line in section.splitlines():
        if line.startswith("    "):
            lines.append(line[4:])
            started = True
        elif started and line.strip():
            break
        elif started:
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def check_warc_example(build, sh_block, tmp):
    """Compiles the README's WARC example as written (its file name made the
    program's argument), with the README's static link line, and runs it
    over a small WARC: one `lede warc` JSON line per page."""
    body = warc_example()
    check("README: the WARC example opens a file and prints lede warc lines",
          "lede_warc_open(" in body and "lede_warc_page_render_json" in body, body[:400])
    body = re.sub(r'lede_warc_open\("[^"]*"\)', "lede_warc_open(argv[1])", body)
    includes = "".join(l + "\n" for l in body.splitlines() if l.startswith("#include"))
    code = "\n".join("    " + l for l in body.splitlines() if not l.startswith("#include"))
    src = (includes + "#include <stdio.h>\n#include <stdlib.h>\n\nint main(int argc, char **argv)\n{\n"
           "    if (argc < 2)\n        return 2;\n" + code + "\n    return 0;\n}\n")
    work = os.path.join(tmp, "warc")
    workdir_with(work, build, src)
    line = next(l for l in sh_block.splitlines() if "build/liblede.a" in l)
    page = open(os.path.join(REPO, "examples", "article.html"), "rb").read()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    rec = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
           b"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: https://example.com/a\r\n"
           b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
           + http + b"\r\n\r\n")
    with gzip.open(os.path.join(work, "a.warc.gz"), "wb") as f:
        f.write(rec + rec)
    rc, out = sh(line, work)
    check("README WARC example compiles with the README's static link line", rc == 0, out[-3000:])
    if rc == 0:
        rc, out = sh("./example a.warc.gz", work)
        lines = [l for l in out.splitlines() if l.startswith("{")]
        check("README WARC example prints one lede warc line per page",
              rc == 0 and len(lines) == 2 and all('"title":"Harbour town votes to restore its tidal mill"' in l
                                                     and '"warc_target_uri"' in l for l in lines),
              out[-2000:])


def not_linked_to_liblede(label, path):
    rc, out = sh(f"readelf -d {path}", os.path.dirname(path))
    check(f"{label}: {os.path.basename(path)} does not need liblede.so", rc == 0 and "liblede" not in out, out)


def check_install(build, blocks, tmp):
    prefix = os.path.join(tmp, "prefix")
    rc, out = sh(f"cmake --install {build} --prefix {prefix}", REPO)
    check("cmake --install into a temporary prefix", rc == 0, out[-3000:])
    if rc:
        return
    files = [os.path.relpath(os.path.join(d, f), prefix) for d, _, fs in os.walk(prefix) for f in fs]
    headers = sorted(os.path.basename(h) for h in glob.glob(os.path.join(REPO, "include", "*.h")))
    want = ["bin/lede", "lib/liblede.a", "lib/liblede.so", "lib/liblede.so.0", "lib/pkgconfig/lede.pc",
            "lib/cmake/lede/lede-config.cmake", "lib/cmake/lede/lede-config-version.cmake",
            "share/man/man1/lede.1"] + ["include/" + h for h in headers]
    missing = [w for w in want if not os.path.lexists(os.path.join(prefix, w))]
    check("installed: headers, libraries, CLI, man page, lede.pc, CMake package", not missing,
          f"  missing {missing}; installed {sorted(files)}")
    py = [f for f in files if f.endswith((".py", ".pyi", ".so")) and ("python" in f or "/lede/" in f
                                                                       and not f.startswith("lib/cmake"))]
    check("installed: no Python files", not py and not os.path.exists(os.path.join(prefix, "lede")), str(py))

    env = dict(os.environ, PREFIX=prefix)
    work = os.path.join(tmp, "pc")
    workdir_with(work, build, blocks["c"][0])
    if run_commands("pkg-config", blocks["sh"][1], work, env):
        not_linked_to_liblede("pkg-config", os.path.join(work, "example-static"))

    cm = os.path.join(tmp, "cmake")
    workdir_with(cm, build, blocks["c"][0])
    with open(os.path.join(cm, "CMakeLists.txt"), "w", encoding="utf-8") as f:
        f.write(blocks["cmake"][0])
    # Move the installed tree: lede.pc and the CMake package find their prefix themselves.
    moved = os.path.join(tmp, "moved")
    shutil.move(prefix, moved)
    rc, out = sh(f'cmake -B b -DCMAKE_PREFIX_PATH="{moved}" >/dev/null && cmake --build b', cm, env)
    check("CMake: find_package(lede) in a moved prefix, lede::lede and lede::lede_static", rc == 0,
          out[-3000:])
    if rc == 0:
        for prog in ("example", "example-static"):
            rc, out = sh(f"LD_LIBRARY_PATH={moved}/lib ./b/{prog} examples/article.html", cm)
            check(f"CMake: {prog} runs", rc == 0 and TITLE in out, out[-2000:])
        not_linked_to_liblede("CMake", os.path.join(cm, "b", "example-static"))


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    check_exports(build)
    blocks = readme_blocks()
    check("README: one C example, two command blocks, one CMake project",
          len(blocks.get("c", [])) == 1 and len(blocks.get("sh", [])) == 2 and len(blocks.get("cmake", [])) == 1,
          str({k: len(v) for k, v in blocks.items()}))
    with tempfile.TemporaryDirectory(prefix="lede-library-") as tmp:
        work = os.path.join(tmp, "tree")
        workdir_with(work, build, blocks["c"][0])
        if run_commands("build tree", blocks["sh"][0], work, dict(os.environ)):
            not_linked_to_liblede("build tree", os.path.join(work, "example"))
        check_install(build, blocks, tmp)
        check_warc_example(build, blocks["sh"][0], tmp)
    return T.end()


if __name__ == "__main__":
    sys.exit(main())
