#!/usr/bin/env bash
# README command (2): sets up, builds, and runs every test (ctest, tests in parallel).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FAZHI_WERROR=ON bash "$root/scripts/build.sh"
build="${BUILD_DIR:-$root/build}"
cd "$build"
ctest -j"$(nproc)" --output-on-failure --timeout 600
