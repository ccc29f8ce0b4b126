#!/usr/bin/env bash
# README command (1): sets up, builds, and starts the app on the default workspace.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
build="${BUILD_DIR:-$root/build}"
if [ ! -x "$build/bin/fazhi-report" ]; then
  echo "run.sh: the build did not make $build/bin/fazhi-report; see the build output above." >&2
  exit 1
fi
exec "$build/bin/fazhi-report" "$@"
