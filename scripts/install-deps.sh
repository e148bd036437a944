#!/usr/bin/env bash
# install-deps.sh: installs what building and testing lede needs on Debian 12
# (bookworm), from Debian's packages only. Idempotent; skips apt when every
# package is already there, so it is cheap on a prepared machine.
#   scripts/install-deps.sh          build + test dependencies
#   scripts/install-deps.sh --dev    also clang and libFuzzer, for the fuzz targets
set -euo pipefail

pkgs=(build-essential cmake ninja-build pkg-config python3 python3-dev python3-venv zlib1g-dev libzstd-dev libbrotli-dev libuchardet-dev libcld2-dev libidn2-dev valgrind time)
if [[ "${1:-}" == "--dev" ]]; then
  pkgs+=(clang libclang-rt-14-dev llvm)
fi

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
