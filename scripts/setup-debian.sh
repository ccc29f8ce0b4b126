#!/usr/bin/env bash
# Installs everything the project needs on Debian 12, from Debian's packages only. Idempotent: installs
# only what is missing. Runs as root, or through sudo.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libquazip1-qt6-dev libgtest-dev libgmock-dev
  libfontconfig-dev  # the app reads the font configuration on a worker thread at start-up
  # a workspace on a PostgreSQL server: Qt's driver; the server itself for the tests' own cluster
  libqt6sql6-psql postgresql
  libharfbuzz-dev    # hb-subset: the fonts embedded in OFD files are subsets
  # fonts: stand-ins for 仿宋/黑体/楷体/宋体 and Times New Roman
  fonts-noto-cjk fonts-arphic-ukai fonts-liberation2
  # independent readers used by the tests, and tools to look at the GUI
  poppler-utils libreoffice-writer-nogui pandoc python3-docx
  libxml2-utils  # xmllint validates the XML parts of OFD files
  chromium       # test only: prints the HTML export's print view to PDF (layout_agreement_test skips without)
  xvfb xauth xdotool imagemagick
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Test only: ofd.js in tests/ofd-reader reads OFD files (ofd_test skips without). Debian's nodejs and
# npm only where no npm is installed: a Node.js from elsewhere (NodeSource's bundles npm) conflicts
# with Debian's npm package.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
