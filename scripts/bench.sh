#!/usr/bin/env bash
# Builds and runs every benchmark program; each prints its own figures. Not part of the test run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
build="${BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for b in "$build"/bin/bench-*; do
  case "$(basename "$b")" in bench-empty-window) continue ;; esac
  echo "== $(basename "$b")"
  "$b"
  echo
done
