#!/usr/bin/env bash
# README command (2): sets up, builds, and runs every test (ctest, tests in parallel).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FAZHI_WERROR=ON bash "$root/scripts/build.sh"
build="${BUILD_DIR:-$root/build}"
# Test-only OFD reader (ofd.js, tests/ofd-reader): ofd_test skips its check without it.
if command -v npm >/dev/null 2>&1; then
  (cd "$root/tests/ofd-reader" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
    || echo "warning: npm ci in tests/ofd-reader failed; ofd_test skips the ofd.js check" >&2
fi
cd "$build"
ctest -j"$(nproc)" --output-on-failure --timeout 600
