#!/usr/bin/env bash
# install-deps.sh: installs what building and testing lede needs on Debian 12
# (bookworm), from Debian's packages only. Idempotent; skips apt when every
# package is already there, so it is cheap on a prepared machine.
#   scripts/install-deps.sh          build + test dependencies
#   scripts/install-deps.sh --dev    also clang and libFuzzer, for the fuzz targets
#   scripts/install-deps.sh --dist   also a headless JDK 17, for the Spark cluster
#                                    tests (tests/distributed/run.sh)
set -euo pipefail

pkgs=(build-essential cmake ninja-build pkg-config python3 python3-dev python3-venv zlib1g-dev libdeflate-dev libzstd-dev libbrotli-dev libuchardet-dev libcld2-dev libidn2-dev valgrind time groff-base zstd)
for flag in "$@"; do
  case $flag in
    --dev) pkgs+=(clang libclang-rt-14-dev llvm) ;;
    --dist) pkgs+=(openjdk-17-jre-headless) ;;
    *) echo "install-deps: unknown flag $flag (--dev, --dist)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all packages present"
fi
