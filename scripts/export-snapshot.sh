#!/usr/bin/env bash
# Exports one report in every format and with every option fazhi-cli offers (read from its help, so
# from the format table), to compare two builds byte for byte:
#
#   bash scripts/export-snapshot.sh OUTDIR [WORKSPACE REPORT-ID]
#   (build the other version)  bash scripts/export-snapshot.sh OUTDIR2 [WORKSPACE REPORT-ID];  diff -r OUTDIR OUTDIR2
#
# Without a workspace the sample (../shared/samples/taozhuang-2023.txt) is imported into a temporary
# one. The workspace itself is copied first, never written. What depends on the clock or on a fresh
# import is masked: the PDF's CreationDate, XMP dates and /ID, the .docx's created/modified dates and
# report id (the .docx is compared unzipped). QT_HASH_SEED=0 because Qt's font subsetting depends on
# hash order. FAZHI_CLI picks the program (default: build/bin/fazhi-cli).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=${1:?usage: export-snapshot.sh OUTDIR [WORKSPACE REPORT-ID]}
cli=${FAZHI_CLI:-$root/build/bin/fazhi-cli}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_HASH_SEED=0 FAZHI_LANGUAGE=en
rm -rf "$out"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws.fazhi
if [ $# -ge 3 ]; then
  cp "$2" "$ws"
  id=$3
else
  id=$("$cli" --workspace "$ws" import "$root/../shared/samples/taozhuang-2023.txt" 2>/dev/null)
fi

help=$("$cli" help)
formats=$(sed -n 's/.* export ID --format \([^ ]*\) .*/\1/p' <<<"$help" | tr '|' ' ')
options=$(sed -n 's/.* export ID --format [^ ]* --output PATH \(.*\)/\1/p' <<<"$help" | tr -d '[]')
"$cli" help >"$out/help.txt"
for f in $formats; do
  for o in "" $options; do
    name=$f${o:+-${o#--}}
    set +e
    "$cli" --workspace "$ws" export "$id" --format "$f" $o --output "$out/$name.$f" 2>"$tmp/err"
    rc=$?
    set -e
    echo "$name: exit $rc $(head -1 "$tmp/err")" >>"$out/exit-codes.txt"
  done
done

for p in "$out"/*.pdf; do
  [ -e "$p" ] || continue
  sed -i -E 's/CreationDate \(D:[0-9]+Z\)/CreationDate (D:MASKED)/; s/xmp:(Create|Modify|Metadata)Date="[^"]*"/xmp:\1Date="MASKED"/g; s#/ID \[ <[0-9a-f]+> <[0-9a-f]+> \]#/ID [MASKED]#' "$p"
done
for d in "$out"/*.docx; do
  [ -e "$d" ] || continue
  mkdir "$d.unzipped"
  (cd "$d.unzipped" && unzip -q "$d")
  unzip -Z1 "$d" >"$d.entries"
  rm "$d"
  sed -i -E 's#W3CDTF">[^<]*<#W3CDTF">MASKED<#g' "$d.unzipped/docProps/core.xml"
  sed -i -E 's#(name="FazhiReportId"><vt:lpwstr>)[^<]*#\1MASKED#' "$d.unzipped/docProps/custom.xml"
done
echo "$out: $(ls "$out" | wc -l) files"
