#!/usr/bin/env bash
# Durability soak: kills a saving process with SIGKILL at random moments 1,000 times and prints the
# acknowledged edits, the edits found after reopening, the edits lost and the integrity checks; then
# restores a backup (as a new file and in place) and compares. Exit status 0 only when nothing was lost.
#
#   bash scripts/soak.sh [--kills N] [--seed S] [--keep DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  bash "$root/scripts/build.sh"
else
  cmake --build "$build" --target fazhi-soak fazhi-durability-child
fi
exec "$build/bin/fazhi-soak" "$@"
