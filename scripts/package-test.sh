#!/usr/bin/env bash
# The Debian package end to end, on this machine (root, or through sudo): builds the .deb
# (cpack -G DEB in the build folder), installs it with apt, runs fazhi-cli and the desktop app
# (offscreen) from the installed paths, checks that a .fazhi file is of the package's MIME type and
# opens a review copy through the desktop entry that type names, removes the package and checks that
# none of its files is left. Prints what it ran and the figures; exits 1 on the first failure.
#
#   bash scripts/package-test.sh          (BUILD_DIR=… for another build folder)
#
# Installs what it needs from Debian (scripts/setup-debian.sh, then dpkg-dev, xdg-utils,
# shared-mime-info, desktop-file-utils, libglib2.0-bin). Builds under the lock the project's builds
# share (FAZHI_BUILD_LOCK, /tmp/fazhi-build.lock): do not run it under that lock yourself.
# Refuses to run where fazhi-report is installed already, since the test removes the package at the
# end, unless FAZHI_PACKAGE_TEST_REPLACE=1 (CI: a run stopped half-way may have left it installed).
# A failing run removes the package it installed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
lock="${FAZHI_BUILD_LOCK:-/tmp/fazhi-build.lock}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
started=$SECONDS

step() { printf '\n== %s\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

step "Tools"
bash "$root/scripts/setup-debian.sh"
needed=(dpkg-dev xdg-utils shared-mime-info desktop-file-utils libglib2.0-bin)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
installed() { dpkg-query -W -f='${Status}' fazhi-report 2>/dev/null | grep -q "install ok installed"; }
if installed; then
  if [ "${FAZHI_PACKAGE_TEST_REPLACE:-0}" != 1 ]; then
    fail "fazhi-report is installed on this machine already; remove it first (apt-get remove fazhi-report)"
  fi
  run $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fazhi-report >/dev/null
fi

step "Build the package"
(
  flock 9
  if [ ! -f "$build/CMakeCache.txt" ]; then
    run cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  else
    run cmake "$build" >/dev/null
  fi
  run cmake --build "$build" -j"$(nproc)" --target fazhi-cli fazhi-report fazhi-man
  rm -f "$build"/packages/fazhi-report_*.deb
  cd "$build"
  run cpack -G DEB
) 9>"$lock"
deb="$(ls "$build"/packages/fazhi-report_*.deb)"
version="$(dpkg-deb -f "$deb" Version)"
echo "package:        $deb"
echo "size:           $(stat -c %s "$deb") bytes (installed: $(dpkg-deb -f "$deb" Installed-Size) KiB)"
echo "Depends:        $(dpkg-deb -f "$deb" Depends)"
echo "Recommends:     $(dpkg-deb -f "$deb" Recommends)"
unpacked="$(mktemp -d)"
work="$(mktemp -d)"
cleanup() {
  rm -rf "$unpacked" "$work"
  if [ "${removed:-1}" = 0 ] && installed; then
    echo "Removing the package this failed run installed"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fazhi-report >/dev/null || true
  fi
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$unpacked"
run desktop-file-validate "$unpacked/usr/share/applications/fazhi-report.desktop"

step "Install"
t=$SECONDS
removed=0
run $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
echo "installed in $((SECONDS - t)) s"
installed || fail "fazhi-report is not installed"
mapfile -t owned < <(dpkg -L fazhi-report)
files=0
for f in "${owned[@]}"; do [ -f "$f" ] && files=$((files + 1)); done
echo "files:          $files (dpkg -L fazhi-report)"

# The programs from the installed paths, with their own settings and data folders.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_DATA_DIRS=/usr/local/share:/usr/share
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset FAZHI_WORKSPACE DISPLAY WAYLAND_DISPLAY
export FAZHI_LANGUAGE=en
ws="$work/workspace.fazhi"
copy="$work/示例镇 2024（送审副本）.fazhi"

step "fazhi-cli"
[ "$(command -v fazhi-cli)" = /usr/bin/fazhi-cli ] || fail "fazhi-cli is not /usr/bin/fazhi-cli"
out="$(fazhi-cli --version)"
echo "$ fazhi-cli --version"; echo "$out"
[ "$out" = "fazhi-cli $version" ] || fail "fazhi-cli --version says '$out', the package is $version"
id="$(fazhi-cli --workspace "$ws" new --organization 示例镇人民政府 --year 2024)"
echo "$ fazhi-cli new --organization 示例镇人民政府 --year 2024"; echo "$id"
run fazhi-cli --workspace "$ws" list
run fazhi-cli --workspace "$ws" export "$id" --format pdf --output "$work/report.pdf"
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the exported PDF is not a PDF"
echo "report.pdf:     $(stat -c %s "$work/report.pdf") bytes"
run fazhi-cli --workspace "$ws" review export "$id" --output "$copy"
if command -v man >/dev/null; then
  run man -w fazhi-cli
  run env LANGUAGE=zh_CN LC_ALL=C.UTF-8 man -w -L zh_CN fazhi-cli
fi

step "fazhi-report (offscreen)"
[ "$(command -v fazhi-report)" = /usr/bin/fazhi-report ] || fail "fazhi-report is not /usr/bin/fazhi-report"
out="$(QT_QPA_PLATFORM=offscreen fazhi-report --version)"
echo "$ fazhi-report --version"; echo "$out"
[ "$out" = "FazhiReport $version" ] || fail "fazhi-report --version says '$out', the package is $version"
echo "$ QT_QPA_PLATFORM=offscreen fazhi-report --measure-startup --workspace $ws"
out="$(QT_QPA_PLATFORM=offscreen timeout 120 fazhi-report --measure-startup --workspace "$ws")"
echo "$out"
grep -q '^ready-ms ' <<<"$out" || fail "the desktop app did not show its window"

step "MIME type and desktop entry"
type="$(gio info -a standard::content-type "$copy" | sed -n 's/^ *standard::content-type: //p')"
echo "$ gio info -a standard::content-type <review copy>"; echo "$type"
[ "$type" = application/x-fazhi-workspace ] || fail "the review copy is '$type'"
cp "$copy" "$work/no-suffix"  # by content: SQLite with the app's application_id
type="$(gio info -a standard::content-type "$work/no-suffix" | sed -n 's/^ *standard::content-type: //p')"
echo "without the .fazhi suffix: $type"
[ "$type" = application/x-fazhi-workspace ] || fail "a workspace without its suffix is '$type'"
# xdg-mime asks file(1) outside a known desktop, and file(1) knows no shared-mime-info types: ask it
# as GNOME's and UOS's xdg-mime does, through GIO.
type="$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$copy")"
echo "$ XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype <review copy>"; echo "$type"
[ "$type" = application/x-fazhi-workspace ] || fail "xdg-mime says the review copy is '$type'"
desktop="$(xdg-mime query default application/x-fazhi-workspace)"
echo "$ xdg-mime query default application/x-fazhi-workspace"; echo "$desktop"
[ "$desktop" = fazhi-report.desktop ] || fail "the default application is '$desktop'"
exec_line="$(sed -n 's/^Exec=//p' "/usr/share/applications/$desktop" | head -1)"
echo "Exec=$exec_line"
# What a double click runs: the Exec line with %f the file (one argument), here with
# --measure-startup so the window quits once painted, and FAZHI_WORKSPACE pointing elsewhere to show
# which workspace it opened.
read -r -a command <<<"$exec_line"
argv=()
for word in "${command[@]}"; do
  case "$word" in
    %f|%F|%u|%U) argv+=("$copy") ;;
    %*) ;;
    *) argv+=("$word") ;;
  esac
done
echo "$ QT_QPA_PLATFORM=offscreen ${argv[*]} --measure-startup"
out="$(FAZHI_WORKSPACE="$work/not-this.fazhi" QT_QPA_PLATFORM=offscreen timeout 120 "${argv[@]}" --measure-startup)"
echo "$out"
grep -q '^ready-ms ' <<<"$out" || fail "the desktop entry did not start the app"
[ ! -e "$work/not-this.fazhi" ] || fail "the app opened FAZHI_WORKSPACE, not the review copy"
fazhi-cli --workspace "$copy" list | grep -q "^$id" || fail "the review copy does not hold the report any more"

step "Remove"
t=$SECONDS
run $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fazhi-report >/dev/null
echo "removed in $((SECONDS - t)) s"
removed=1
! installed || fail "still installed"
left=0
for f in "${owned[@]}"; do
  if [ -e "$f" ] && [ ! -d "$f" ]; then
    echo "left behind: $f"; left=$((left + 1))
  elif [ -d "$f" ] && ! dpkg-query -S "$f" >/dev/null 2>&1; then
    # A folder no other package owns goes with the package (shared ones like /usr/share/icons stay).
    echo "left behind: $f/"; left=$((left + 1))
  fi
done
for generated in /usr/share/mime/application/x-fazhi-workspace.xml; do
  if [ -e "$generated" ]; then echo "left behind: $generated (MIME cache)"; left=$((left + 1)); fi
done
type="$(gio info -a standard::content-type "$copy" | sed -n 's/^ *standard::content-type: //p')"
echo "the review copy is now: $type"
[ "$type" != application/x-fazhi-workspace ] || { echo "left behind: the MIME type"; left=$((left + 1)); }
[ -z "$(xdg-mime query default application/x-fazhi-workspace)" ] || { echo "left behind: the default application"; left=$((left + 1)); }
echo "files left:     $left of $files"
[ "$left" -eq 0 ] || fail "the package left files behind"

echo
echo "package-test: OK in $((SECONDS - started)) s ($deb, $version)"
