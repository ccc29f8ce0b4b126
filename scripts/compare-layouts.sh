#!/bin/sh
# Our PDF against LibreOffice's rendering of our .docx, page by page (see compare-layouts.py).
# Exit status 77 where LibreOffice, poppler-utils or python3 are missing.
command -v python3 >/dev/null 2>&1 || { echo "skipped: python3 is not installed"; exit 77; }
exec python3 "$(dirname "$0")/compare-layouts.py" "$@"
