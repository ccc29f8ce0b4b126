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
  if [ "$(basename "$b")" = bench-gui ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    # Start-up against an empty window means something only with a window system to show it.
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$b" --starts 15
  else
    "$b"
  fi
  echo
done
