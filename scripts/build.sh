#!/usr/bin/env bash
# Installs what is missing, configures and builds into ./build (override with BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup-debian.sh"
build="${BUILD_DIR:-$root/build}"
# FAZHI_WERROR=ON (scripts/test.sh, so CI) makes every compiler warning an error.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" \
      -DFAZHI_WERROR="${FAZHI_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j"$(nproc)"
